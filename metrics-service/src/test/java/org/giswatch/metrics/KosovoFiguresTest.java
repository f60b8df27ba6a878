package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.metrics.CurationWalkthroughTest.retryingUnavailable;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The one country rule in metrics-service's country filters: Kosovo, created in catalog-service as XK, is found by
 * xk, XK and XKX in the list and its CSV export. Issue 26: observations?country=xk was a 400.
 */
@QuarkusTest
class KosovoFiguresTest {

    static final String FIGURE = "xk-internet-users-test";

    @Test
    void kosovosFiguresAreFoundByEveryFormOfItsCode() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        String catalog = ConfigProvider.getConfig().getValue("quarkus.rest-client.catalog.url", String.class);
        editor().baseUri(catalog).contentType(ContentType.JSON).body("""
                {"id":"xk","alpha2":"XK","alpha3":"XKX","name":"Kosovo",
                 "sources":[{"citationId":"giswatch-2011","passage":"test"}]}""").post("/countries").then().statusCode(201);
        try {
            retryingUnavailable(() -> editor().contentType(ContentType.JSON).body("""
                    {"id":"%s","indicator":"internet-users","subjectType":"country","subject":"xk","value":1000000,
                     "qualifiers":["estimate"],"source":{"citationId":"giswatch-2011-kazakhstan","passage":"test"}}"""
                    .formatted(FIGURE)).post("/observations")).statusCode(201);
            for (String code : List.of("xk", "XK", "Xk", "xkx", "XKX")) {
                given().queryParam("country", code).get("/observations").then().statusCode(200)
                        .body("items.id", contains(FIGURE));
                given().queryParam("country", code).get("/observations/export/csv").then().statusCode(200)
                        .body(containsString(FIGURE));
            }
            // A valid code without figures is an empty page; a code outside the rule is a 400 naming the parameter.
            given().queryParam("country", "FRA").get("/observations").then().statusCode(200).body("items", empty());
            for (String path : List.of("/observations", "/observations/export/csv")) {
                assertProblem(given().queryParam("country", "QQ").get(path).then(), ProblemType.VALIDATION)
                        .body("errors.field", contains("country"));
            }
        } finally {
            if (given().get("/observations/" + FIGURE).statusCode() == 200) {
                admin().header("If-Match", etagOf("/observations/" + FIGURE)).delete("/observations/" + FIGURE).then()
                        .statusCode(204);
            }
            String country = catalog + "/countries/xk";
            retryingUnavailable(() -> admin().header("If-Match", etagOf(country)).delete(country)).statusCode(204);
        }
    }
}
