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
                    .body(containsString("<h1>"));
        }
        // Links between guides stay on the served pages; raw HTML in the Markdown is escaped, not passed on.
        given().get("/guides/records").then().statusCode(200).body(containsString("href=\"problems"))
                .body(not(containsString("href=\"problems.md")));
        given().get("/guides").then().statusCode(200).body(containsString("href=\"guides/curation\""));
        ProblemAssertions.assertProblem(given().get("/guides/no-such-guide").then(), ProblemType.NOT_FOUND);
        ProblemAssertions.assertProblem(given().queryParam("lang", "ru").get("/guides/records").then(),
                ProblemType.VALIDATION).body("errors[0].field", equalTo("lang"));
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
