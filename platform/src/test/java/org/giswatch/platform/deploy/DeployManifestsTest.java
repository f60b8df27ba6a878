package org.giswatch.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders every overlay of deploy/ and checks it against the Kubernetes API and the project's rules. */
class DeployManifestsTest {

    static final Path ROOT = DeployPolicies.repositoryRoot();
    static final List<String> SERVICES = List.of("catalog-service", "metrics-service", "citation-service");
    static final Map<String, String> NAMESPACES = Map.of("dev", "giswatch-dev", "prod", "giswatch");

    static Stream<String> overlays() {
        return NAMESPACES.keySet().stream().sorted();
    }

    static List<ObjectNode> render(String overlay) {
        return Kustomize.build(ROOT.resolve("deploy/overlays").resolve(overlay));
    }

    @Test
    void everyOverlayDirectoryIsCoveredByTheseTests() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("deploy/overlays"))) {
            assertEquals(overlays().toList(), dirs.map(d -> d.getFileName().toString()).sorted().toList());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayRendersTheThreeApisAndTheirDatabaseIntoItsNamespace(String overlay) {
        List<ObjectNode> objects = render(overlay);
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "Ingress")) {
            assertEquals(SERVICES.stream().sorted().toList(),
                    DeployPolicies.ofKind(objects, kind).stream().map(DeployPolicies::name).sorted().toList(), kind);
        }
        assertEquals(1, DeployPolicies.ofKind(objects, "Cluster").size());
        assertEquals(List.of("citation", "metrics"), DeployPolicies.ofKind(objects, "Database").stream()
                .map(d -> d.path("spec").path("name").asText()).sorted().toList());
        assertTrue(DeployPolicies.ofKind(objects, "NetworkPolicy").size() >= 6);
        assertTrue(DeployPolicies.ofKind(objects, "Secret").isEmpty(), "credentials are never rendered");
        String namespace = NAMESPACES.get(overlay);
        for (ObjectNode o : objects) {
            String expected = o.path("kind").asText().equals("Namespace") ? null : namespace;
            assertEquals(expected, o.path("metadata").path("namespace").textValue(), Kustomize.id(o));
            assertEquals("giswatch", o.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText(),
                    Kustomize.id(o));
            assertEquals(overlay, o.path("metadata").path("labels").path("giswatch.org/environment").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsValidAgainstTheKubernetesApiAndCrdSchemas(String overlay) {
        List<String> problems = new ArrayList<>();
        render(overlay).forEach(o -> problems.addAll(ManifestValidator.validate(o)));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerIsProbedOnItsQuarkusPortBoundedAndNonRoot(String overlay) {
        assertEquals(List.of(), DeployPolicies.containers(render(overlay), ROOT));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageIsTaggedAndNoneIsLatest(String overlay) {
        List<ObjectNode> objects = render(overlay);
        assertEquals(List.of(), DeployPolicies.images(objects));
        for (ObjectNode d : DeployPolicies.ofKind(objects, "Deployment")) {
            String image = d.path("spec").path("template").path("spec").path("containers").path(0).path("image")
                    .asText();
            assertTrue(image.contains("/giswatch/" + DeployPolicies.name(d) + ":")
                    || image.equals("giswatch/" + DeployPolicies.name(d) + ":1.0.0-SNAPSHOT"), image);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesAutoscalersBudgetsIngressesAndMonitorsPointAtObjectsOfTheRender(String overlay) {
        assertEquals(List.of(), DeployPolicies.references(render(overlay)));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceConnectsToItsOwnDatabaseWithItsOwnRoleAndFindsItsPeers(String overlay) {
        List<ObjectNode> objects = render(overlay);
        ObjectNode cluster = DeployPolicies.ofKind(objects, "Cluster").get(0);
        // database → secret of the role that owns it
        Map<String, String> ownerSecret = new HashMap<>();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        ownerSecret.put(initdb.path("database").asText(), initdb.path("secret").path("name").asText());
        for (ObjectNode db : DeployPolicies.ofKind(objects, "Database")) {
            assertEquals(DeployPolicies.name(cluster), db.path("spec").path("cluster").path("name").asText());
            String owner = db.path("spec").path("owner").asText();
            for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
                if (role.path("name").asText().equals(owner)) {
                    ownerSecret.put(db.path("spec").path("name").asText(), role.path("passwordSecret").path("name")
                            .asText());
                }
            }
        }
        for (ObjectNode d : DeployPolicies.ofKind(objects, "Deployment")) {
            String service = DeployPolicies.name(d);
            JsonNode container = d.path("spec").path("template").path("spec").path("containers").path(0);
            String configMap = container.path("envFrom").path(0).path("configMapRef").path("name").asText();
            JsonNode config = DeployPolicies.ofKind(objects, "ConfigMap").stream()
                    .filter(c -> DeployPolicies.name(c).equals(configMap)).findFirst().orElseThrow().path("data");
            URI url = URI.create(config.path("DB_URL").asText().substring("jdbc:".length()));
            assertEquals(DeployPolicies.name(cluster) + "-rw", url.getHost(), service);
            assertEquals(5432, url.getPort());
            String database = url.getPath().substring(1);
            assertEquals(service.replace("-service", ""), database);
            Map<String, JsonNode> env = new HashMap<>();
            container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
            for (String variable : List.of("DB_USERNAME", "DB_PASSWORD")) {
                JsonNode ref = env.get(variable).path("valueFrom").path("secretKeyRef");
                assertEquals(ownerSecret.get(database), ref.path("name").asText(), service + " " + variable);
            }
            // Each service asks the other two (references on write, referrers before a delete).
            for (String peer : List.of("CATALOG_URL", "METRICS_URL", "CITATION_URL")) {
                if (!peer.startsWith(service.replace("-service", "").toUpperCase())) {
                    URI peerUrl = URI.create(config.path(peer).asText());
                    assertTrue(DeployPolicies.ofKind(objects, "Service").stream().anyMatch(s -> DeployPolicies.name(s)
                            .equals(peerUrl.getHost()) && s.path("spec").path("ports").findValues("port").stream()
                                    .anyMatch(p -> p.asInt() == peerUrl.getPort())), peer + " " + peerUrl);
                }
            }
        }
    }

    @Test
    void productionRunsAPrimaryAndTwoReplicasAndDevelopmentOneInstance() {
        assertEquals(3, DeployPolicies.ofKind(render("prod"), "Cluster").get(0).path("spec").path("instances").asInt());
        assertEquals(1, DeployPolicies.ofKind(render("dev"), "Cluster").get(0).path("spec").path("instances").asInt());
        assertEquals(1, DeployPolicies.ofKind(render("prod"), "ServiceMonitor").size());
        assertTrue(DeployPolicies.ofKind(render("dev"), "ServiceMonitor").isEmpty());
    }

    @Test
    void noSecretIsCommittedUnderDeploy() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("deploy"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.matches("(?s).*\\bkind:\\s*Secret\\b.*"), file.toString());
                assertFalse(text.contains("secretGenerator"), file.toString());
            }
        }
    }

    @Test
    void everyServiceHasAPinnedNonRootQuarkusJvmDockerfile() throws IOException {
        for (String service : SERVICES) {
            Path file = ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
            List<String> lines = Files.readAllLines(file);
            String from = lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow();
            Kustomize.ImageRef base = Kustomize.ImageRef.parse(from.substring(5).trim());
            // The Temurin 25 runtime the services and the AOT cache are built for, pinned to one build.
            assertEquals("eclipse-temurin", base.name(), from);
            assertTrue(base.tag() != null && base.tag().matches("25\\.\\d+\\.\\d+_\\d+-jre.*"), "pinned Temurin 25 build: " + from);
            assertTrue(lines.stream().anyMatch(l -> l.contains("-XX:AOTMode=on -XX:AOTCache=app.aot")),
                    "the image build checks its AOT cache: " + service);
            assertTrue(lines.contains("USER 185"), service);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY --chown=185 target/quarkus-app/")), service);
            assertTrue(lines.contains("EXPOSE " + DeployPolicies.httpPort(ROOT, service)), service);
        }
    }
}
