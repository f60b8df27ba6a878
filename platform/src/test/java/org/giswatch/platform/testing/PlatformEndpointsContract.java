package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

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
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void servedOpenApiMatchesTheCommittedDocument() throws Exception {
        OpenApiDrift.assertMatchesCommitted(service());
    }
}
