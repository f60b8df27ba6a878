package org.giswatch.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.giswatch.platform.testing.OpenApiLint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI check itself: it accepts a sound document and names each defect consumers' tools reject. */
class OpenApiLintTest {

    @Test
    void aSoundDocumentPasses() throws IOException {
        assertEquals(List.of(), OpenApiLint.check(fixture()));
    }

    @Test
    void theCommittedDocumentsPass() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "docs", "openapi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                assertEquals(List.of(), OpenApiLint.check(file), file.toString());
            }
        }
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                defect("a header parameter without schema", "PUT /things/{id} parameter If-Match: neither schema nor content",
                        d -> param(d, "put", 1).remove("schema")),
                defect("a string example of an integer parameter", "GET /things/{id} parameter year example",
                        d -> param(d, "get", 1).put("example", "2011")),
                defect("a read without security", "GET /things/{id}: no security",
                        d -> op(d, "get").remove("security")),
                defect("no servers", "servers: none declared", d -> d.remove("servers")),
                defect("a URI reference in a format: uri field", "response NotFound application/problem+json example",
                        d -> ((ObjectNode) d.at("/components/schemas/Problem/properties/instance")).put("format", "uri")),
                defect("a vocabulary as a pattern", "schema Thing.kind: pattern ^(report|chapter)$ lists values",
                        d -> {
                            ObjectNode kind = (ObjectNode) d.at("/components/schemas/Thing/properties/kind");
                            kind.remove("enum");
                            kind.put("pattern", "^(report|chapter)$");
                        }),
                defect("another service's schema", "schema Country: not used",
                        d -> ((ObjectNode) d.at("/components/schemas")).putObject("Country").put("type", "object")),
                defect("an error response without RateLimit headers", "response NotFound: does not declare the RateLimit-Reset header",
                        d -> ((ObjectNode) d.at("/components/responses/NotFound/headers")).remove("RateLimit-Reset")),
                defect("a request body without example", "PUT /things/{id} request body application/json: no example",
                        d -> ((ObjectNode) d.at("/paths/~1things~1{id}/put/requestBody/content/application~1json")).remove("example")),
                defect("JSON sharing a 200 with text formats", "GET /things/{id} 200: application/json shares the response",
                        d -> ((ObjectNode) d.at("/paths/~1things~1{id}/get/responses/200/content")).putObject("text/csv")
                                .putObject("schema").put("type", "string")),
                defect("an integer path parameter", "GET /things/{id} parameter id: a path parameter is text",
                        d -> ((ObjectNode) param(d, "get", 0).path("schema")).put("type", "integer")),
                defect("a 503 without Retry-After", "GET /things/{id} 503: does not declare the Retry-After header",
                        d -> ((ObjectNode) d.at("/components/responses/ServiceUnavailable/headers")).remove("Retry-After")),
                defect("a dangling reference", "$ref #/components/schemas/Nothing does not resolve",
                        d -> ((ObjectNode) d.at("/components/schemas/Thing/properties")).putObject("other")
                                .put("$ref", "#/components/schemas/Nothing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void eachDefectIsNamed(String defect, String expected, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode document = fixture();
        breakIt.accept(document);
        List<String> problems = OpenApiLint.check(document);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> expected + " not in " + problems);
    }

    private static Arguments defect(String name, String expected, Consumer<ObjectNode> breakIt) {
        return Arguments.of(name, expected, breakIt);
    }

    private static ObjectNode op(ObjectNode document, String method) {
        return (ObjectNode) document.at("/paths/~1things~1{id}/" + method);
    }

    private static ObjectNode param(ObjectNode document, String method, int index) {
        return (ObjectNode) ((ArrayNode) op(document, method).path("parameters")).get(index);
    }

    private static ObjectNode fixture() throws IOException {
        try (InputStream in = OpenApiLintTest.class.getResourceAsStream("/openapi/valid.yaml")) {
            return (ObjectNode) OpenApiLint.YAML.readTree(in);
        }
    }
}
