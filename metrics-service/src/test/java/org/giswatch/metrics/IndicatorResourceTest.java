package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class IndicatorResourceTest {

    static final String TEST_INDICATOR = """
            {"id":"mobile-subscribers","name":"Mobile subscribers","unit":"count","category":"internet-access",
             "higherIsBetter":true}""";

    @Test
    void chapterIndicatorsAreLoadedWithUnitsAndCategories() {
        given().get("/indicators/internet-subscribers").then().statusCode(200)
                .body("name", equalTo("Internet subscribers"))
                .body("unit", equalTo("count"))
                .body("category", equalTo("internet-access"))
                .body("higherIsBetter", equalTo(true));
        given().get("/indicators/voter-turnout").then().body("unit", equalTo("percent"))
                .body("higherIsBetter", nullValue());
        given().queryParam("category", "elections").get("/indicators").then()
                .body("items.id", equalTo(List.of("vote-share", "voter-turnout")));
        given().queryParam("limit", 500).get("/indicators").then().body("items.size()", equalTo(14));
    }

    @Test
    void createReplacePatchAndDeleteRoundTrip() {
        editor().contentType(ContentType.JSON).body(TEST_INDICATOR).post("/indicators").then().statusCode(201)
                .header("Location", endsWith("/indicators/mobile-subscribers"));
        assertProblem(editor().contentType(ContentType.JSON).body(TEST_INDICATOR).post("/indicators").then(),
                ProblemType.CONFLICT);
        assertProblem(editor().contentType(ContentType.JSON).body(TEST_INDICATOR.replace("Mobile", "Cell"))
                .put("/indicators/mobile-subscribers").then(), ProblemType.PRECONDITION_REQUIRED);
        String v1 = etagOf("/indicators/mobile-subscribers");
        editor().contentType(ContentType.JSON).header("If-Match", v1).body(TEST_INDICATOR.replace("Mobile", "Cell"))
                .put("/indicators/mobile-subscribers").then().statusCode(200).body("name", equalTo("Cell subscribers"));
        assertProblem(editor().contentType(ContentType.JSON).header("If-Match", v1).body(TEST_INDICATOR)
                .put("/indicators/mobile-subscribers").then(), ProblemType.PRECONDITION_FAILED);
        editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/indicators/mobile-subscribers"))
                .body("{\"higherIsBetter\":null}").patch("/indicators/mobile-subscribers").then().statusCode(200)
                .body("higherIsBetter", nullValue()).body("unit", equalTo("count"));
        admin().header("If-Match", etagOf("/indicators/mobile-subscribers")).delete("/indicators/mobile-subscribers")
                .then().statusCode(204);
        given().get("/indicators/mobile-subscribers").then().statusCode(410);
    }

    @Test
    void anIndicatorInUseCannotBeDeleted() {
        assertProblem(admin().header("If-Match", etagOf("/indicators/signatures")).delete("/indicators/signatures")
                .then(), ProblemType.CONFLICT);
        given().get("/indicators/signatures").then().statusCode(200);
    }

    @Test
    void invalidUnitIsRejected() {
        assertProblem(editor().contentType(ContentType.JSON).body(TEST_INDICATOR.replace("\"count\"", "\"Per Cent\""))
                .post("/indicators").then(), ProblemType.VALIDATION).body("errors.field", hasItem("unit"));
    }
}
