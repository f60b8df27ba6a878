package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Limits and browser-facing behaviour every service shares: body size, bad tokens, CORS, security headers and
 * injection strings in every filter and id. Each service extends this once, naming a collection and its filters.
 */
public abstract class HttpHardeningContract {

    /** Injection strings, each aimed at a different layer (SQL, JPQL, JSON, path, header). */
    public static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "1; DROP TABLE country; --", "kz' --", "%' OR 1=1 --", "\") or true --",
            "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd", "<script>alert(1)</script>", "\u0000", "kz%00");

    protected abstract String collection();

    /** The query parameters the collection filters on, each with a legitimate value. */
    protected abstract Map<String, String> filters();

    /** Every other collection of the service with its filters, so injection is tried against all of them. */
    protected Map<String, Map<String, String>> otherCollections() {
        return Map.of();
    }

    private Map<String, Map<String, String>> allCollections() {
        Map<String, Map<String, String>> all = new TreeMap<>(otherCollections());
        all.put(collection(), filters());
        return all;
    }

    /** What every listing looks like now, to prove an attack changed nothing. */
    protected String snapshot() {
        StringBuilder state = new StringBuilder();
        for (String path : allCollections().keySet()) {
            state.append(given().queryParam("limit", 500).get(path).then().statusCode(200).extract().asString());
        }
        return state.toString();
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
        String huge = "{\"name\":\"" + "x".repeat((int) limit + 1024) + "\"}";
        String before = snapshot();
        assertProblem(TestRequests.editor().contentType(ContentType.JSON).body(huge).post(collection()).then(),
                ProblemType.PAYLOAD_TOO_LARGE);
        assertEquals(before, snapshot());
    }

    @Test
    void invalidTokenIs401EvenOnReads() {
        assertProblem(given().auth().oauth2("not.a.jwt").get(collection()).then(), ProblemType.UNAUTHORIZED)
                .header("WWW-Authenticate", containsString("invalid_token"));
        String foreign = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.";
        assertProblem(given().auth().oauth2(foreign).contentType(ContentType.JSON).body("{}").post(collection()).then(),
                ProblemType.UNAUTHORIZED);
    }

    @Test
    void corsPreflightAllowsConfiguredOriginsAndExposesHeaders() {
        given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options(collection()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Vary", containsString("Origin"));
        // The answer depends on the Origin it echoes: a shared cache must not give it to another origin.
        given().header("Origin", "https://partner.example").get(collection()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void requestLineFailuresAreProblems() throws Exception {
        assertProblem(given().get(collection() + "?limit=1&cursor=" + "a".repeat(9000)).then(), ProblemType.URI_TOO_LONG)
                .body("detail", containsString("8192"));
        assertProblem(given().header("X-Padding", "a".repeat(20_000)).get(collection()).then(), ProblemType.HEADERS_TOO_LARGE);
    }

    @Test
    void malformedUrisAreProblemsThatSayHowToEncode() throws Exception {
        String before = snapshot();
        // What curl sends for '?q=Назарбаев' without --data-urlencode: raw UTF-8 bytes in the request line.
        JsonNode raw = rawProblem(collection() + "?q=Назарбаев");
        assertTrue(raw.path("detail").asText().contains(collection() + "?q=%D0%9D%D0%B0%D0%B7%D0%B0%D1%80%D0%B1%D0%B0"),
                raw.toString());
        assertTrue(raw.path("detail").asText().contains("--data-urlencode"), raw.toString());
        assertTrue(rawProblem(collection() + "?q=%ZZ").path("detail").asText().contains("malformed escape '%ZZ'"));
        assertTrue(rawProblem(collection() + "/%ZZ").path("detail").asText().contains("malformed escape '%ZZ'"));
        assertTrue(rawProblem(collection() + "?q=a|b").path("detail").asText().contains("'|'"));
        assertEquals(before, snapshot());
    }

    /**
     * Sends the request line byte for byte (RestAssured would encode it first) and checks that the answer is a
     * {@code malformed-uri} problem without Java internals.
     */
    private static JsonNode rawProblem(String target) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split).toLowerCase(Locale.ROOT);
            String body = response.substring(split + 4);
            assertTrue(head.startsWith("http/1.1 400"), target + " -> " + head);
            assertTrue(head.contains("content-type: application/problem+json"), head);
            assertTrue(!body.contains("java.") && !body.contains("Exception"), body);
            JsonNode problem = new ObjectMapper().readTree(body);
            assertEquals(ProblemType.MALFORMED_URI.uri().toString(), problem.path("type").asText(), body);
            assertEquals(400, problem.path("status").asInt(), body);
            // instance everywhere: the path as it should have been sent, a valid URI reference.
            String instance = problem.path("instance").asText();
            assertTrue(instance.startsWith("/") && java.net.URI.create(instance).getRawPath().equals(instance), body);
            return problem;
        }
    }

    @Test
    void responsesCarrySecurityAndRateLimitHeaders() {
        given().get(collection()).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("RateLimit-Limit", notNullValue())
                .header("RateLimit-Remaining", notNullValue());
        given().get(collection() + "/no-such-id-anywhere").then().statusCode(404)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void injectionStringsInFiltersAndIdsChangeAndLeakNothing() {
        String before = snapshot();
        allCollections().forEach((collection, filters) -> attack(collection, filters.keySet()));
        assertEquals(before, snapshot());
    }

    private void attack(String collection, Set<String> filters) {
        for (String hostile : HOSTILE) {
            for (String filter : filters) {
                Response response = given().queryParam(filter, hostile).get(collection);
                assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
                        filter + "=" + hostile + " answered " + response.statusCode());
                if (response.statusCode() == 200) {
                    response.then().body("items.size()", equalTo(0));
                } else {
                    assertProblem(response.then(), ProblemType.VALIDATION).body("errors.field", hasItem(filter));
                }
                response.then().body(not(containsString("SQL"))).body(not(containsString("syntax")));
            }
            Response byId = given().get(collection + "/" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
            assertTrue(byId.statusCode() == 400 || byId.statusCode() == 404, hostile + " as id: " + byId.statusCode());
            byId.then().contentType(containsString("problem+json")).body(not(containsString("SQL")));
        }
    }

    @Test
    void legitimateFiltersStillWork() {
        allCollections().forEach((collection, filters) -> filters.forEach((name, value) ->
                given().queryParam(name, value).get(collection).then().statusCode(200)));
    }
}
