package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.giswatch.contract.openapi.ProblemResponses;
import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Health, metrics, Swagger UI and the OpenAPI drift check: the same for every service. */
public abstract class PlatformEndpointsContract {

    /** The service's short name, which is also its OpenAPI file name under docs/openapi/. */
    protected abstract String service();

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/nope").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void apiRootNamesTheServiceAndLinksItsDocumentationAndCollections() {
        String etag = given().get("/").then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "public, no-cache")
                .body("service", equalTo(service() + "-service"))
                .body("version", equalTo("1.0.0"))
                .body("links.openapi", equalTo("/q/openapi"))
                .body("links.swaggerUi", equalTo("/q/swagger-ui"))
                .body("links.health", equalTo("/q/health"))
                .body("links.guides", equalTo("/guides"))
                .body("collections", not(empty()))
                .extract().header("ETag");
        String configured = ConfigProvider.getConfig().getValue("giswatch.api.collections", String.class);
        given().get("/").then().body("collections[0]", equalTo(configured.split(",")[0]));
        given().header("If-None-Match", etag).get("/").then().statusCode(304);
    }

    @Test
    void apiRootLinksTheDescriptionOfTheWholeApi() {
        String link = given().get("/").then().statusCode(200).header("Link", containsString("rel=\"service-desc\""))
                .extract().header("Link");
        String target = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        given().get("/" + target).then().statusCode(200)
                .body(containsString("GISWatch open-data API"))
                .body(containsString("/" + service() + "/"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    /** Every guide that Swagger UI's description links to is served, as HTML, resolved as a browser resolves it. */
    @Test
    void swaggerUiDescriptionLinksTheGuidesTheServiceServes() throws Exception {
        String description = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString()).path("info").path("description").asText();
        Matcher links = Pattern.compile("\\]\\((\\.\\./\\.\\./guides[^)]*)\\)").matcher(description);
        URI swaggerUi = URI.create("http://localhost/q/swagger-ui/");
        List<String> guides = new ArrayList<>();
        while (links.find()) {
            guides.add(swaggerUi.resolve(links.group(1)).getPath());
        }
        assertTrue(guides.contains("/guides/records") && guides.contains("/guides"), description);
        for (String guide : guides) {
            given().get(guide).then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", startsWith("default-src 'none'"))
                    .body(containsString("<h1"));
        }
        // Links between guides stay on the served pages; raw HTML in the Markdown is escaped, not passed on.
        given().get("/guides/records").then().statusCode(200).body(containsString("href=\"problems"))
                .body(not(containsString("href=\"problems.md")));
        given().get("/guides").then().statusCode(200).body(containsString("href=\"guides/curation\""));
        ProblemAssertions.assertProblem(given().get("/guides/no-such-guide").then(), ProblemType.NOT_FOUND);
        ProblemAssertions.assertProblem(given().queryParam("lang", "ru").get("/guides/records").then(),
                ProblemType.VALIDATION).body("errors[0].field", equalTo("lang"));
    }

    /**
     * A link checker over the guides: from /guides and /guides/, every link of every served page is followed as a
     * browser resolves it (redirects included); each must answer 200, and each #anchor must name an id of its page.
     */
    @Test
    void everyLinkAndAnchorOfTheGuidesResolves() {
        URI origin = URI.create("http://localhost/");
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        java.util.Deque<String> toRead = new java.util.ArrayDeque<>(List.of("/guides", "/guides/"));
        List<String> broken = new ArrayList<>();
        Pattern href = Pattern.compile("href=\"([^\"]*)\"");
        List<String[]> anchors = new ArrayList<>();
        while (!toRead.isEmpty()) {
            String path = toRead.pop();
            if (pages.containsKey(path)) {
                continue;
            }
            io.restassured.response.Response page = given().redirects().follow(false).get(path);
            String at = path;
            for (int hops = 0; page.statusCode() / 100 == 3 && page.header("Location") != null && hops < 3; hops++) {
                at = origin.resolve(at).resolve(page.header("Location")).getPath();
                page = given().redirects().follow(false).get(at);
            }
            pages.put(path, page.statusCode() == 200 ? page.asString() : null);
            if (page.statusCode() != 200) {
                broken.add(path + " answers " + page.statusCode());
                continue;
            }
            if (!at.startsWith("/guides") || !String.valueOf(page.contentType()).startsWith("text/html")) {
                continue; // Swagger UI, the OpenAPI documents: served, not crawled.
            }
            Matcher links = href.matcher(page.asString());
            while (links.find()) {
                URI target = origin.resolve(at).resolve(links.group(1).replace("&amp;", "&"));
                if (!"localhost".equals(target.getHost())) {
                    continue; // Another site: not ours to check here.
                }
                toRead.add(target.getRawPath());
                if (target.getFragment() != null) {
                    anchors.add(new String[] { at, target.getRawPath(), target.getFragment() });
                }
            }
        }
        for (String[] anchor : anchors) {
            String target = pages.get(anchor[1]);
            if (target != null && !target.contains("id=\"" + anchor[2] + "\"")) {
                broken.add(anchor[0] + " links " + anchor[1] + "#" + anchor[2] + ", which has no such id");
            }
        }
        assertTrue(pages.keySet().containsAll(List.of("/guides/records", "/guides/security", "/openapi/metrics.yaml")),
                pages.keySet().toString());
        assertEquals(List.of(), broken);
    }

    /**
     * What the service's JSON paths answer beyond their documented representations, and parameter values the
     * combination walk needs (see {@link RepresentationCombinations}); none by default.
     */
    protected RepresentationCombinations.Service combinations() {
        return new RepresentationCombinations.Service(java.util.Map.of(), java.util.Map.of(), java.util.Set.of());
    }

    /**
     * Every declared parameter is honoured in every representation an operation offers, or refused with a 400
     * naming it: generated from the served OpenAPI document (docs/api/records.md, "Representations").
     */
    @Test
    void everyParameterIsHonouredInEveryRepresentation() throws Exception {
        RepresentationCombinations.Result result = RepresentationCombinations.check(combinations());
        assertEquals(List.of(), result.failures(), "walked " + result.walked().size() + " combinations");
    }

    /**
     * Swagger UI tries operations out on the first server of the document: it must be the service serving it (it
     * was the production host), resolved against the document's URL as OpenAPI 3 and Swagger UI resolve it.
     */
    @Test
    void swaggerUiDefaultServerIsTheServiceServingIt() throws Exception {
        JsonNode servers = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString()).path("servers");
        URI document = URI.create("http://localhost:" + io.restassured.RestAssured.port + "/q/openapi");
        URI first = document.resolve(servers.path(0).path("url").asText());
        assertEquals(URI.create("http://localhost:" + io.restassured.RestAssured.port + "/"), first);
        given().baseUri(first.toString()).port(first.getPort()).get("/").then().statusCode(200)
                .body("service", equalTo(service() + "-service"));
        // Behind the Ingress the same relative server names the prefix.
        assertEquals(URI.create("https://api.example.org/" + service() + "/"),
                URI.create("https://api.example.org/" + service() + "/q/openapi").resolve(servers.path(0).path("url").asText()));
    }

    /** Behind the Ingress (X-Forwarded-Prefix) the root's links carry the prefix, as the next links do. */
    @Test
    void apiRootLinksHonourTheIngressPrefix() {
        String configured = ConfigProvider.getConfig().getValue("giswatch.api.collections", String.class);
        given().header("X-Forwarded-Prefix", "/" + service()).get("/").then().statusCode(200)
                .body("links.openapi", equalTo("/" + service() + "/q/openapi"))
                .body("links.swaggerUi", equalTo("/" + service() + "/q/swagger-ui"))
                .body("links.health", equalTo("/" + service() + "/q/health"))
                .body("links.guides", equalTo("/" + service() + "/guides"))
                .body("collections[0]", equalTo("/" + service() + configured.split(",")[0]));
    }

    @Test
    void servedOpenApiMatchesTheCommittedDocument() throws Exception {
        OpenApiDrift.assertMatchesCommitted(service());
    }

    /** Issue 13: a client can tell from the document which operations answer 503 + Retry-After when the database is down. */
    @Test
    void everyOperationThatNeedsTheDatabaseDeclares503() throws Exception {
        JsonNode document = OpenApiLint.YAML.readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> wrong = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            boolean declared = op.getValue().path("responses").has("503");
            boolean needsDatabase = !ProblemResponses.WITHOUT_DATABASE.contains(op.getValue().path("operationId").asText());
            if (op.getValue().has("responses") && declared != needsDatabase) {
                wrong.add(op.getKey() + " " + path.getKey() + (declared ? " declares" : " does not declare") + " 503");
            }
        }));
        assertEquals(List.of(), wrong);
        assertEquals("#/components/headers/Retry-After",
                document.at("/components/responses/ServiceUnavailable/headers/Retry-After/$ref").asText());
    }

    @Test
    void servedOpenApiIsFitForConsumersTools() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiLint.check(OpenApiLint.YAML.readTree(served)),
                "The OpenAPI document has defects that Spectral, Redocly or a typed client would reject");
    }
}
