package org.giswatch.platform.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The project's rules for rendered manifests, on top of API validity. Each check returns its violations (empty when
 * the rule holds) so that tests can show both a clean overlay and a broken fixture.
 */
final class DeployPolicies {

    static final Map<String, String> PROBES = Map.of("startupProbe", "/q/health/started", "livenessProbe",
            "/q/health/live", "readinessProbe", "/q/health/ready");

    private DeployPolicies() {
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/overlays"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no deploy/overlays above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    /** quarkus.http.port of a service module, read from its application.properties. */
    static int httpPort(Path root, String service) {
        Path file = root.resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port").trim());
    }

    /** Probes, resources, non-root, hardening and the ports of the service's own configuration. */
    static List<String> containers(List<ObjectNode> objects, Path root) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode deployment : ofKind(objects, "Deployment")) {
            String where = "Deployment " + name(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            int port = httpPort(root, name(deployment));
            for (JsonNode c : pod.path("containers")) {
                String at = where + " container " + c.path("name").asText();
                Map<String, Integer> ports = new HashMap<>();
                c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
                if (!ports.containsValue(port)) {
                    violations.add(at + ": no container port " + port + " (quarkus.http.port)");
                }
                PROBES.forEach((probe, path) -> {
                    JsonNode get = c.path(probe).path("httpGet");
                    if (get.isMissingNode()) {
                        violations.add(at + ": no " + probe + " (httpGet)");
                        return;
                    }
                    if (!path.equals(get.path("path").asText())) {
                        violations.add(at + ": " + probe + " path " + get.path("path") + " is not " + path);
                    }
                    JsonNode p = get.path("port");
                    int resolved = p.isInt() ? p.asInt() : ports.getOrDefault(p.asText(), -1);
                    if (resolved != port) {
                        violations.add(at + ": " + probe + " port " + p + " is not quarkus.http.port " + port);
                    }
                });
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (c.path("resources").path(bound).path(resource).isMissingNode()) {
                            violations.add(at + ": no resources." + bound + "." + resource);
                        }
                    }
                }
                JsonNode security = c.path("securityContext");
                JsonNode podSecurity = pod.path("securityContext");
                boolean nonRoot = security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean());
                int user = security.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(0));
                if (!nonRoot || user == 0) {
                    violations.add(at + ": must run as non-root (runAsNonRoot true, runAsUser not 0)");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean()) {
                    violations.add(at + ": root filesystem must be read-only");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    violations.add(at + ": allowPrivilegeEscalation must be false");
                }
                if (!security.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                    violations.add(at + ": capabilities must drop ALL");
                }
                String seccomp = security.path("seccompProfile").path("type")
                        .asText(podSecurity.path("seccompProfile").path("type").asText());
                if (!"RuntimeDefault".equals(seccomp)) {
                    violations.add(at + ": seccompProfile must be RuntimeDefault");
                }
                boolean tmp = false;
                for (JsonNode mount : c.path("volumeMounts")) {
                    for (JsonNode volume : pod.path("volumes")) {
                        tmp |= "/tmp".equals(mount.path("mountPath").asText())
                                && volume.path("name").equals(mount.path("name")) && volume.has("emptyDir");
                    }
                }
                if (!tmp) {
                    violations.add(at + ": /tmp must be an emptyDir (read-only root filesystem)");
                }
            }
        }
        return violations;
    }

    /** Every image (containers, the PostgreSQL image) names a tag or digest, and never latest. */
    static List<String> images(List<ObjectNode> objects) {
        List<String> violations = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (ObjectNode o : objects) {
            o.findParents("containers").forEach(parent -> parent.path("containers")
                    .forEach(c -> images.add(c.path("image").asText())));
            o.findValues("imageName").forEach(v -> images.add(v.asText()));
        }
        for (String image : images) {
            Kustomize.ImageRef ref = Kustomize.ImageRef.parse(image);
            if (ref.digest() == null && (ref.tag() == null || ref.tag().isBlank())) {
                violations.add("image " + image + " has no tag");
            } else if ("latest".equals(ref.tag())) {
                violations.add("image " + image + " uses the latest tag");
            }
        }
        return violations;
    }

    /** Services, HPAs, PDBs, Ingresses and ServiceMonitors point at things that exist in the same render. */
    static List<String> references(List<ObjectNode> objects) {
        List<String> violations = new ArrayList<>();
        List<ObjectNode> deployments = ofKind(objects, "Deployment");
        for (ObjectNode service : ofKind(objects, "Service")) {
            JsonNode selector = service.path("spec").path("selector");
            List<ObjectNode> selected = deployments.stream()
                    .filter(d -> selects(selector, d.path("spec").path("template").path("metadata").path("labels")))
                    .toList();
            if (selector.isEmpty() || selected.size() != 1) {
                violations.add("Service " + name(service) + " selects " + selected.size() + " Deployments, not one");
                continue;
            }
            JsonNode container = selected.get(0).path("spec").path("template").path("spec").path("containers").path(0);
            for (JsonNode port : service.path("spec").path("ports")) {
                JsonNode target = port.path("targetPort");
                boolean found = false;
                for (JsonNode p : container.path("ports")) {
                    found |= target.isInt() ? p.path("containerPort").equals(target) : p.path("name").equals(target);
                }
                if (!found) {
                    violations.add("Service " + name(service) + " targetPort " + target + " is no container port");
                }
            }
        }
        for (ObjectNode hpa : ofKind(objects, "HorizontalPodAutoscaler")) {
            JsonNode ref = hpa.path("spec").path("scaleTargetRef");
            if (!"Deployment".equals(ref.path("kind").asText())
                    || deployments.stream().noneMatch(d -> name(d).equals(ref.path("name").asText()))) {
                violations.add("HorizontalPodAutoscaler " + name(hpa) + " scales no Deployment of this render");
            }
        }
        for (ObjectNode pdb : ofKind(objects, "PodDisruptionBudget")) {
            JsonNode selector = pdb.path("spec").path("selector").path("matchLabels");
            if (deployments.stream().filter(d -> selects(selector,
                    d.path("spec").path("template").path("metadata").path("labels"))).count() != 1) {
                violations.add("PodDisruptionBudget " + name(pdb) + " does not cover exactly one Deployment");
            }
        }
        for (ObjectNode ingress : ofKind(objects, "Ingress")) {
            for (JsonNode backend : ingress.findValues("service")) {
                String target = backend.path("name").asText();
                String port = backend.path("port").path("name").asText();
                boolean found = ofKind(objects, "Service").stream().anyMatch(s -> name(s).equals(target)
                        && s.path("spec").path("ports").findValuesAsText("name").contains(port));
                if (!found) {
                    violations.add("Ingress " + name(ingress) + " routes to missing Service port " + target + ":" + port);
                }
            }
        }
        for (ObjectNode monitor : ofKind(objects, "ServiceMonitor")) {
            JsonNode selector = monitor.path("spec").path("selector").path("matchLabels");
            List<ObjectNode> services = ofKind(objects, "Service").stream()
                    .filter(s -> selects(selector, s.path("metadata").path("labels"))).toList();
            if (services.isEmpty()) {
                violations.add("ServiceMonitor " + name(monitor) + " selects no Service");
            }
            for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                if (!"/q/metrics".equals(endpoint.path("path").asText())) {
                    violations.add("ServiceMonitor " + name(monitor) + " does not scrape /q/metrics");
                }
                for (ObjectNode s : services) {
                    if (!s.path("spec").path("ports").findValuesAsText("name").contains(endpoint.path("port").asText())) {
                        violations.add("ServiceMonitor port " + endpoint.path("port") + " not on Service " + name(s));
                    }
                }
            }
        }
        return violations;
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        var fields = selector.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().equals(labels.path(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
