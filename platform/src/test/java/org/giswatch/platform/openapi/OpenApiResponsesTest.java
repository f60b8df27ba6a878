package org.giswatch.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.giswatch.platform.testing.OpenApiLint;
import org.giswatch.platform.testing.OpenApiResponseFilter;
import org.giswatch.platform.testing.OpenApiResponses;
import org.giswatch.platform.testing.OpenApiResponses.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/** The response check itself: a conforming response passes, and each way of differing from the document is named. */
class OpenApiResponsesTest {

    private static final String THING = "{\"id\":\"kz\",\"kind\":\"report\"}";
    private static final String PROBLEM = "{\"instance\":\"/things/nothing\"}";

    @Test
    void aConformingResponsePasses() throws IOException {
        assertEquals(List.of(), responses().check(get("/things/kz", 200, "application/json", THING)));
        assertEquals(List.of(), responses().check(get("/things/nothing", 404, "application/problem+json", PROBLEM)));
    }

    @Test
    void aPathOfNoOperationIsNotChecked() throws IOException {
        assertEquals(List.of(), responses().check(get("/q/health", 418, "text/plain", "teapot")));
        assertEquals(List.of(), responses().check(new Exchange("DELETE", "/things/kz", 405, headers("text/plain"), "")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an undeclared status        | 409 | application/json         | {\"id\":\"kz\"}              | status not declared",
            "an undeclared field         | 200 | application/json         | {\"id\":\"kz\",\"extra\":1}  | extra",
            "a field of the wrong type   | 200 | application/json         | {\"id\":5}                   | integer found, string expected",
            "a value outside the enum    | 200 | application/json         | {\"id\":\"kz\",\"kind\":\"x\"} | enum",
            "a missing required field    | 200 | application/json         | {\"kind\":\"report\"}        | required property 'id'",
            "an undeclared media type    | 200 | text/csv                 | id\\nkz                      | media type text/csv not declared",
            "a body that is not JSON     | 200 | application/json         | <html>                       | is not JSON",
            "a format the schema refuses | 404 | application/problem+json | {\"instance\":\"a b\"}       | uri-reference" })
    void eachDifferenceIsNamed(String difference, int status, String mediaType, String body, String expected)
            throws IOException {
        List<String> problems = responses().check(get("/things/kz", status, mediaType, body));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> expected + " not in " + problems);
    }

    /** 414 and 431 come before any operation is chosen; they must still be the one Problem shape. */
    @Test
    void answersBeforeRoutingAreCheckedAgainstTheProblemSchema() throws IOException {
        assertEquals(List.of(), responses().check(get("/things/kz", 414, "application/problem+json", PROBLEM)));
        assertEquals(List.of("GET /things/kz answered 431 before routing: Content-Type text/plain, not "
                + "application/problem+json"), responses().check(get("/things/kz", 431, "text/plain", "too large")));
        List<String> problems = responses().check(get("/nowhere", 414, "application/problem+json",
                "{\"instance\":\"/x\",\"trace\":\"at Foo\"}"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("trace")), problems::toString);
    }

    @Test
    void anUndeclaredHeaderIsNamed() throws IOException {
        Map<String, List<String>> headers = headers("application/json");
        headers.put("X-Debug", List.of("on"));
        List<String> problems = responses().check(new Exchange("GET", "/things/kz", 200, headers, THING));
        assertEquals(List.of("GET /things/{id} answered 200: header X-Debug not declared"), problems);
    }

    @Test
    void aDeclaredHeaderMissingFromTheResponseIsNotRequired() throws IOException {
        Map<String, List<String>> headers = headers("application/json");
        headers.remove("RateLimit-Reset");
        assertEquals(List.of(), responses().check(new Exchange("GET", "/things/kz", 200, headers, THING)));
    }

    /** The filter as the suites use it: a service whose answer has a field its document lacks fails the request. */
    @Test
    void theFilterFailsARequestWhoseResponseTheServedDocumentDoesNotDeclare() throws IOException {
        String document = OpenApiLint.YAML.readTree(fixture()).toString();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/openapi", exchange -> answer(exchange, 200, "application/json", document));
        server.createContext("/things/kz", exchange -> answer(exchange, 200, "application/json", THING));
        server.createContext("/things/broken", exchange -> answer(exchange, 200, "application/json",
                "{\"id\":\"kz\",\"internalState\":\"leaked\"}"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            given().filter(OpenApiResponseFilter.INSTANCE).get(base + "/things/kz").then().statusCode(200);
            AssertionError error = assertThrows(AssertionError.class,
                    () -> given().filter(OpenApiResponseFilter.INSTANCE).get(base + "/things/broken"));
            assertTrue(error.getMessage().contains("internalState"), error.getMessage());
        } finally {
            server.stop(0);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("RateLimit-Limit", "100");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Exchange get(String path, int status, String mediaType, String body) {
        return new Exchange("GET", path, status, headers(mediaType), body.replace("\\n", "\n"));
    }

    private static Map<String, List<String>> headers(String mediaType) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(mediaType));
        headers.put("RateLimit-Limit", List.of("100"));
        headers.put("RateLimit-Remaining", List.of("99"));
        headers.put("RateLimit-Reset", List.of("1"));
        return headers;
    }

    private static OpenApiResponses responses() throws IOException {
        JsonNode document = OpenApiLint.YAML.readTree(fixture());
        return new OpenApiResponses(document);
    }

    private static String fixture() throws IOException {
        try (InputStream in = OpenApiResponsesTest.class.getResourceAsStream("/openapi/valid.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
