package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.giswatch.contract.openapi.ProblemResponses;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

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
