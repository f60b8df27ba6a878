package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One vocabulary of units (docs/api/metrics.md#units). Issue 26: 250 on a percent indicator and −5 signatures were
 * 201, observations carried no unit, and Indicator.unit refused upper-case currency codes.
 */
@QuarkusTest
class UnitsTest {

    static final String PERCENT = "units-test-share";
    static final String BUDGET = "units-test-budget";

    static String observation(String id, String indicator, String value, String unit) {
        return """
                {"id":"%s","indicator":"%s","subjectType":"organisation","subject":"tabigat","value":%s,%s\
                "qualifiers":["estimate"],"source":{"citationId":"giswatch-2011-kazakhstan","passage":"units test"}}"""
                .formatted(id, indicator, value, unit == null ? "" : "\"unit\":\"" + unit + "\",");
    }

    static void createIndicator(String id, String unit, String bounds) {
        if (given().get("/indicators/" + id).statusCode() != 200) {
            editor().contentType(ContentType.JSON).body("""
                    {"id":"%s","name":"Units test","unit":"%s","category":"test"%s}""".formatted(id, unit, bounds))
                    .post("/indicators").then().statusCode(201);
        }
    }

    static void delete(String path) {
        if (given().get(path).statusCode() == 200) {
            admin().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        }
    }

    @Test
    void currenciesAreIso4217InUpperCaseAndOtherUnitsAreRefused() {
        // Lower case is accepted on input and normalised.
        editor().contentType(ContentType.JSON).body("""
                {"id":"units-test-eur","name":"Budget","unit":"eur","category":"test"}""").post("/indicators").then()
                .statusCode(201).body("unit", equalTo("EUR"));
        given().get("/indicators/units-test-eur").then().body("unit", equalTo("EUR"));
        editor().contentType(ContentType.JSON).body("""
                {"id":"units-test-kzt","name":"Budget","unit":"KZT","category":"test","minValue":0}""")
                .post("/indicators").then().statusCode(201).body("unit", equalTo("KZT")).body("minValue", equalTo(0));
        for (String unit : List.of("kg", "XYZ", "usd-millions", "persent")) {
            assertProblem(editor().contentType(ContentType.JSON).body("""
                    {"id":"units-test-bad","name":"Bad","unit":"%s","category":"test"}""".formatted(unit))
                    .post("/indicators").then(), ProblemType.VALIDATION)
                    .body("errors.field", contains("unit")).body("errors[0].message", containsString("ISO 4217"));
        }
        // Bounds must leave room for a value: percent's default maximum is 100.
        assertProblem(editor().contentType(ContentType.JSON).body("""
                {"id":"units-test-bad","name":"Bad","unit":"percent","category":"test","minValue":150}""")
                .post("/indicators").then(), ProblemType.VALIDATION).body("errors.field", contains("minValue"));
        delete("/indicators/units-test-eur");
        delete("/indicators/units-test-kzt");
    }

    @Test
    void aValueOutsideItsUnitIsA422NamingTheField() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        createIndicator(PERCENT, "percent", "");
        try {
            // Issue 26: 250 on a percent indicator, −5 signatures and half a signature were stored.
            for (String value : List.of("250", "-0.5")) {
                assertProblem(editor().contentType(ContentType.JSON).body(observation("units-test-bad", PERCENT, value, null))
                        .post("/observations").then(), ProblemType.UNPROCESSABLE)
                        .body("errors.field", contains("value"))
                        .body("errors[0].message", containsString("between 0 and 100"));
            }
            for (String value : List.of("-5", "2.5")) {
                assertProblem(editor().contentType(ContentType.JSON)
                        .body(observation("units-test-bad", "signatures", value, null)).post("/observations").then(),
                        ProblemType.UNPROCESSABLE).body("errors.field", contains("value"));
            }
            // A unit other than the indicator's names the field and says which is right.
            assertProblem(editor().contentType(ContentType.JSON).body(observation("units-test-bad", PERCENT, "37", "EUR"))
                    .post("/observations").then(), ProblemType.UNPROCESSABLE)
                    .body("errors.field", contains("unit")).body("detail", containsString("must be percent"));
            given().get("/observations/units-test-bad").then().statusCode(404);

            // The unit comes from the indicator and is stated in JSON and CSV; sent in any case, it is stored so.
            editor().contentType(ContentType.JSON).body(observation("units-test-share-2011", PERCENT, "37.5", null))
                    .post("/observations").then().statusCode(201).body("unit", equalTo("percent"));
            editor().contentType(ContentType.JSON).body(observation("units-test-share-2012", PERCENT, "100", "Percent"))
                    .post("/observations").then().statusCode(201).body("unit", equalTo("percent"));
            String csv = given().accept("text/csv").queryParam("indicator", PERCENT).get("/observations").then()
                    .statusCode(200).extract().asString();
            List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
            int unit = header.indexOf("unit");
            assertTrue(unit > 0, header.toString());
            csv.lines().skip(1).forEach(line -> assertEquals("percent", line.split(",")[unit], line));

            // The import states and checks units too: each bad row named.
            String rows = observation("units-test-share-2013", PERCENT, "101", null) + "\n"
                    + observation("units-test-share-2014", PERCENT, "12", "count") + "\n"
                    + observation("units-test-share-2015", PERCENT, "12", null);
            assertProblem(admin().contentType("application/jsonl").body(Chapter.jsonl(rows)).post("/observations/import").then(),
                    ProblemType.UNPROCESSABLE).body("errors.field", contains("rows[1].value", "rows[2].unit"));
            given().get("/observations/units-test-share-2015").then().statusCode(404);
        } finally {
            for (String id : List.of("units-test-share-2011", "units-test-share-2012")) {
                delete("/observations/" + id);
            }
            delete("/indicators/" + PERCENT);
        }
    }

    @Test
    void declaredBoundsHoldAndStoredFiguresThatBreakANewRuleAreReportedNotRewritten() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        createIndicator(BUDGET, "KZT", ",\"minValue\":1000,\"maxValue\":5000000");
        try {
            assertProblem(editor().contentType(ContentType.JSON).body(observation("units-test-budget-bad", BUDGET, "999.5", null))
                    .post("/observations").then(), ProblemType.UNPROCESSABLE)
                    .body("errors.field", contains("value")).body("errors[0].message", containsString("between 1000 and 5000000"));
            editor().contentType(ContentType.JSON).body(observation("units-test-budget-2011", BUDGET, "1200000.50", null))
                    .post("/observations").then().statusCode(201).body("unit", equalTo("KZT"));

            // The indicator's rule changes: the stored figure is listed by the integrity report, and kept as it is.
            String patch = "{\"maxValue\":1000000,\"unit\":\"EUR\"}";
            editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/indicators/" + BUDGET))
                    .body(patch).patch("/indicators/" + BUDGET).then().statusCode(200).body("unit", equalTo("EUR"));
            List<Map<String, Object>> dangling = admin().get("/integrity").then().statusCode(200).extract().jsonPath()
                    .getList("dangling.findAll { it.id == 'units-test-budget-2011' }");
            assertEquals(1, dangling.size(), dangling.toString());
            assertEquals("unit", dangling.get(0).get("field"));
            assertEquals("indicator:" + BUDGET, dangling.get(0).get("target"));
            given().get("/observations/units-test-budget-2011").then().statusCode(200).body("unit", equalTo("KZT"));
            editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/indicators/" + BUDGET))
                    .body("{\"unit\":\"KZT\"}").patch("/indicators/" + BUDGET).then().statusCode(200);
            admin().get("/integrity").then().statusCode(200)
                    .body("dangling.findAll { it.id == 'units-test-budget-2011' }.field", contains("value"))
                    .body("dangling.findAll { it.id == 'units-test-budget-2011' }.problem",
                            hasItem(allOf(containsString("between 1000 and 1000000"), containsString(BUDGET))));
            // The reviewed figures keep to the rule.
            admin().get("/integrity").then().body("dangling.collection", not(hasItem("indicators")))
                    .body("dangling.findAll { !it.id.startsWith('units-test') }.target",
                            not(hasItem(containsString("indicator:"))));
        } finally {
            delete("/observations/units-test-budget-2011");
            delete("/indicators/" + BUDGET);
        }
    }
}
