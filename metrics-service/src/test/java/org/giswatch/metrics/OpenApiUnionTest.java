package org.giswatch.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.giswatch.platform.testing.OpenApiLint;
import org.giswatch.platform.testing.OpenApiUnion;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * docs/openapi/giswatch.yaml, the whole API on the Ingress' one host, is exactly the union of the three services'
 * committed documents: every operation of each under its prefix, the same after resolving references, and nothing else.
 * Here because metrics-service is the reactor's last module: with -Dopenapi.update=true every service has rewritten its
 * document before the union is written.
 */
class OpenApiUnionTest {

    static final Path DOCS = Path.of("..", "docs", "openapi");
    static final Path MERGED = DOCS.resolve("giswatch.yaml");

    @Test
    void theMergedDocumentIsCommitted() throws IOException {
        String generated = OpenApiLint.YAML.writeValueAsString(OpenApiUnion.merge(OpenApiUnion.committed(DOCS)));
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(MERGED, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(MERGED) ? Files.readString(MERGED, StandardCharsets.UTF_8) : "", generated,
                MERGED + " is not the union of the committed service documents; run ./mvnw verify -Dopenapi.update=true");
    }

    @Test
    void itIsExactlyTheUnionOfTheServicesPaths() throws IOException {
        Map<String, JsonNode> services = OpenApiUnion.committed(DOCS);
        JsonNode merged = OpenApiLint.YAML.readTree(MERGED.toFile());
        TreeSet<String> expected = new TreeSet<>();
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            String prefix = OpenApiUnion.PREFIXES.get(service.getKey());
            Iterator<Map.Entry<String, JsonNode>> paths = service.getValue().path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                String served = OpenApiUnion.path(prefix, path.getKey());
                expected.add(served);
                JsonNode mine = resolved(service.getValue(), path.getValue(), 0);
                JsonNode theirs = withoutOperationIds(resolved(merged, merged.path("paths").path(served), 0));
                assertEquals(withoutOperationIds(mine), theirs, served + " differs from " + service.getKey() + ".yaml");
            }
        }
        TreeSet<String> actual = new TreeSet<>();
        merged.path("paths").fieldNames().forEachRemaining(actual::add);
        assertEquals(expected, actual);
    }

    @Test
    void theMergedDocumentIsFitForConsumersTools() throws IOException {
        assertEquals(List.of(), OpenApiLint.check(MERGED));
    }

    /** The node with every $ref replaced by what it points to. */
    private static JsonNode resolved(JsonNode document, JsonNode node, int depth) {
        if (depth > 30) {
            return node;
        }
        if (node.isObject() && node.path("$ref").isTextual()) {
            return resolved(document, document.at(node.path("$ref").asText().substring(1)), depth + 1);
        }
        if (node.isObject()) {
            ObjectNode copy = OpenApiLint.YAML.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), resolved(document, e.getValue(), depth + 1)));
            return copy;
        }
        if (node.isArray()) {
            var copy = OpenApiLint.YAML.createArrayNode();
            node.forEach(e -> copy.add(resolved(document, e, depth + 1)));
            return copy;
        }
        return node;
    }

    /** Operation ids may be prefixed in the union (every service has a getApiRoot). */
    private static JsonNode withoutOperationIds(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.elements().forEachRemaining(op -> {
            if (op.isObject()) {
                ((ObjectNode) op).remove("operationId");
            }
        });
        return copy;
    }
}
