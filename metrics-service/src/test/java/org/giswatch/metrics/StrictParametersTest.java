package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The observation country filter reads codes as users write them; parameters nobody declares are refused. */
@QuarkusTest
class StrictParametersTest {

    static final String KAZAKHSTAN_SIGNATURES = "/observations?indicator=signatures&limit=500&country=";
    static final String KAZAKHSTAN_SIGNATURES_CSV = "/observations?indicator=signatures&country=";

    @Test
    void theCountryFilterTakesAlpha2AndAlpha3CodesInAnyCase() {
        List<String> byId = given().get(KAZAKHSTAN_SIGNATURES + "kz").then().statusCode(200).extract()
                .path("items.id");
        assertFalse(byId.isEmpty());
        for (String code : List.of("KZ", "KAZ", "kaz", "Kz")) {
            given().get(KAZAKHSTAN_SIGNATURES + code).then().statusCode(200).body("items.id", equalTo(byId));
        }
        // CSV streams every row (limit is JSON's page size, refused there).
        String csv = given().accept("text/csv").get(KAZAKHSTAN_SIGNATURES_CSV + "kz").then().statusCode(200).extract()
                .asString();
        assertEquals(csv, given().accept("text/csv").get(KAZAKHSTAN_SIGNATURES_CSV + "KAZ").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void anUnknownCountryCodeIsRefusedNamingTheParameter() {
        for (String code : List.of("XX", "xyz", "kazakhstan")) {
            assertProblem(given().queryParam("country", code).get("/observations").then(), ProblemType.VALIDATION)
                    .body("errors.field", contains("country"))
                    .body("errors[0].message", containsString("alpha-3"));
        }
    }

    @Test
    void operationsWithoutACountryFilterRefuseOne() {
        assertProblem(given().queryParam("country", "kz").get("/observations/changes").then(),
                ProblemType.VALIDATION).body("errors.field", contains("country"));
        assertProblem(given().queryParam("country", "kz").get("/series/internet-users/country/kz").then(),
                ProblemType.VALIDATION).body("errors.field", contains("country"));
        assertProblem(given().queryParam("country", "kz").get("/indicators").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("country"));
    }

    @Test
    void theSharedFilterParametersAreDeclaredForTheListAndTheSeries() {
        given().queryParam("from", "2009").queryParam("mrv", 1).queryParam("format", "json")
                .get("/series/internet-users/country/kz").then().statusCode(200);
        given().queryParam("qualifier", "approximate").queryParam("rank", "preferred")
                .get("/observations").then().statusCode(200);
    }
}
