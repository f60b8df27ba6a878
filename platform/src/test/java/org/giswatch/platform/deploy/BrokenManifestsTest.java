package org.giswatch.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The checks catch what they claim to catch: each fixture under src/test/resources/deploy is broken on purpose. */
class BrokenManifestsTest {

    static final Path FIXTURES = DeployManifestsTest.ROOT.resolve("platform/src/test/resources/deploy");

    static List<String> problems(String fixture) {
        List<String> problems = new ArrayList<>();
        Kustomize.readDocuments(FIXTURES.resolve("broken").resolve(fixture))
                .forEach(o -> problems.addAll(ManifestValidator.validate(o)));
        return problems;
    }

    static void assertMentions(List<String> problems, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), fragment + " not in " + problems);
        }
    }

    @Test
    void replicasGivenAsTextIsRejected() {
        List<String> problems = problems("replicas-two.yaml");
        assertEquals(1, problems.size(), problems.toString());
        assertMentions(problems, "\"two\"", "replicas");
    }

    @Test
    void aMisspelledFieldIsRejected() {
        List<String> problems = problems("misspelled-field.yaml");
        assertEquals(1, problems.size(), problems.toString());
        assertMentions(problems, "imagePulPolicy");
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        assertEquals(List.of("autoscaling/v2 HorizontalPodAutoscaler catalog-service: missing required field "
                + ".spec.maxReplicas"), problems("missing-required.yaml"));
    }

    @Test
    void scalarsOfTheWrongTypeAndMalformedQuantitiesAreRejected() {
        List<String> problems = problems("wrong-scalar-types.yaml");
        assertEquals(3, problems.size(), problems.toString());
        assertMentions(problems, "Service catalog-service", "ConfigMap catalog-service-config", "'512 MB'");
    }

    @Test
    void cloudNativePgObjectsAreCheckedAgainstTheirCrdSchemas() {
        List<String> problems = problems("cluster.yaml");
        assertMentions(problems, "Cluster giswatch-db: $.spec.instances: string found, integer expected",
                "Cluster giswatch-db: $.spec.storage: property 'sise' is not defined",
                "Database giswatch-db-metrics: $.spec: required property 'owner' not found");
    }

    @Test
    void anUnknownKindIsRejected() {
        ObjectNode unknown = Kustomize.YAML.createObjectNode();
        unknown.put("apiVersion", "example.org/v1").put("kind", "Widget").putObject("metadata").put("name", "w");
        assertEquals(List.of("example.org/v1 Widget w: unknown kind (no API model or CRD schema for example.org/v1/Widget)"),
                ManifestValidator.validate(unknown));
    }

    @Test
    void anOverlayThatBreaksTheBaseFailsValidation() {
        List<String> problems = new ArrayList<>();
        Kustomize.build(FIXTURES.resolve("broken-overlay")).forEach(o -> problems.addAll(ManifestValidator.validate(o)));
        // One problem per object: reading stops at the first error, here the misspelled field.
        assertEquals(List.of("apps/v1 Deployment catalog-service: unknown field \"imagePulPolicy\" at "
                + ".spec.template.spec.containers[0].imagePulPolicy"), problems);
        List<String> afterFix = new ArrayList<>();
        for (ObjectNode o : Kustomize.build(FIXTURES.resolve("broken-overlay"))) {
            o.findParents("imagePulPolicy").forEach(c -> ((ObjectNode) c).remove("imagePulPolicy"));
            afterFix.addAll(ManifestValidator.validate(o));
        }
        assertEquals(1, afterFix.size(), afterFix.toString());
        assertMentions(afterFix, "Deployment catalog-service", "\"two\"", "at .spec.replicas");
    }

    @Test
    void insecureOrUnprobedContainersBreakThePolicies() {
        List<ObjectNode> objects = Kustomize.readDocuments(FIXTURES.resolve("broken/insecure-deployment.yaml"));
        List<String> violations = DeployPolicies.containers(objects, DeployManifestsTest.ROOT);
        assertMentions(violations, "no container port 8081", "no startupProbe", "no livenessProbe",
                "readinessProbe path \"/health\" is not /q/health/ready", "no resources.limits.memory",
                "must run as non-root", "root filesystem must be read-only", "capabilities must drop ALL",
                "/tmp must be an emptyDir");
        assertEquals(List.of("image giswatch/catalog-service:latest uses the latest tag"),
                DeployPolicies.images(objects));
        assertEquals(List.of("Service citation-service selects 0 Deployments, not one"),
                DeployPolicies.references(objects));
    }

    @Test
    void theRendererRefusesKustomizeFeaturesItDoesNotImplement() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Kustomize.build(FIXTURES.resolve("unsupported-kustomization")));
        assertTrue(e.getMessage().contains("commonLabels"), e.getMessage());
    }
}
