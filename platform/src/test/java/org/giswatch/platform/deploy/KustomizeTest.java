package org.giswatch.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The renderer's kustomize semantics, on a small tree written by the test. */
class KustomizeTest {

    @TempDir
    Path dir;

    void write(String file, String yaml) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, yaml);
    }

    @Test
    void resourcesComponentsNamespaceLabelsImagesAndPatchesComposeAsInKustomize() throws IOException {
        write("base/kustomization.yaml", "resources: [app.yaml]\n");
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: example/app
                          env: [{name: A, value: "1"}, {name: B, value: "2"}]
                        - name: sidecar
                          image: example/sidecar:1.0
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: app}
                spec: {ports: [{port: 80}]}
                """);
        write("component/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                resources: [extra.yaml]
                """);
        write("component/extra.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\ndata: {K: v}\n");
        write("overlay/kustomization.yaml", """
                namespace: ns
                labels: [{pairs: {team: geo}}]
                resources: [../base]
                components: [../component]
                images: [{name: example/app, newName: registry.example/app, newTag: "2.0"}]
                patches:
                  - path: env.yaml
                  - path: port.yaml
                    target: {kind: Service}
                """);
        write("overlay/env.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env: [{name: B, value: "3"}, {name: C, value: "4"}]
                """);
        write("overlay/port.yaml", "- {op: replace, path: /spec/ports/0/port, value: 8080}\n");

        List<ObjectNode> objects = Kustomize.build(dir.resolve("overlay"));

        assertEquals(List.of("apps/Deployment/ns/app", "/Service/ns/app", "/ConfigMap/ns/extra"),
                objects.stream().map(Kustomize::id).toList());
        objects.forEach(o -> assertEquals("geo", o.path("metadata").path("labels").path("team").asText()));
        JsonNode containers = objects.get(0).path("spec").path("template").path("spec").path("containers");
        assertEquals("registry.example/app:2.0", containers.path(0).path("image").asText());
        assertEquals("example/sidecar:1.0", containers.path(1).path("image").asText());
        assertEquals("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"3\"},{\"name\":\"C\",\"value\":\"4\"}]",
                containers.path(0).path("env").toString());
        assertEquals(8080, objects.get(1).path("spec").path("ports").path(0).path("port").asInt());
    }

    @Test
    void aPatchThatMatchesNothingOrADuplicateResourceIsAnError() throws IOException {
        write("a/kustomization.yaml", "resources: [cm.yaml]\npatches: [{path: p.yaml}]\n");
        write("a/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one}\n");
        write("a/p.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: two}\ndata: {K: v}\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir.resolve("a")));

        write("b/kustomization.yaml", "resources: [cm.yaml, again.yaml]\n");
        write("b/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one}\n");
        write("b/again.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one}\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir.resolve("b")));
    }
}
