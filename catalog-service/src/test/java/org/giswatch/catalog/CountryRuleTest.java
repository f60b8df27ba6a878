package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The one country rule (contract CountryCodes): ISO 3166-1 alpha-2/alpha-3 plus Kosovo's user-assigned XK/XKX, in
 * any case, for a country's codes and every country filter. Issue 26: XK was accepted on create and refused by
 * every filter.
 */
@QuarkusTest
class CountryRuleTest {

    static final List<String> KOSOVO_CODES = List.of("xk", "XK", "Xk", "xkx", "XKX");
    static final List<String> FILTERED = List.of("/chapters", "/elections", "/organisations", "/campaigns");

    @Test
    void kosovoCreatedWithItsUserAssignedCodeIsFoundByEveryCountryFilter() {
        // Codes are accepted in any case and stored in upper case.
        editor().contentType(ContentType.JSON).body(CountryResourceTest.country("xk", "xk", "xkx", "Kosovo"))
                .post("/countries").then().statusCode(201).body("alpha2", equalTo("XK")).body("alpha3", equalTo("XKX"));
        String organisation = CatalogWritesTest.NEW_RECORDS.get("/organisations")
                .replace("test-organisation", "kosovo-test-party").replace("\"countryId\":\"kz\"", "\"countryId\":\"xk\"");
        editor().contentType(ContentType.JSON).body(organisation).post("/organisations").then().statusCode(201);
        try {
            for (String code : KOSOVO_CODES) {
                given().queryParam("country", code).get("/organisations").then().statusCode(200)
                        .body("items.id", contains("kosovo-test-party"));
                // A valid code without data is an empty page, not an error.
                for (String path : List.of("/chapters", "/elections", "/campaigns")) {
                    given().queryParam("country", code).get(path).then().statusCode(200).body("items", empty());
                }
            }
        } finally {
            admin().header("If-Match", etagOf("/organisations/kosovo-test-party")).delete("/organisations/kosovo-test-party")
                    .then().statusCode(204);
            admin().header("If-Match", etagOf("/countries/xk")).delete("/countries/xk").then().statusCode(204);
        }
    }

    @Test
    void aCodeOutsideTheRuleIsA400NamingItInEveryFilterAndOnCreate() {
        for (String path : FILTERED) {
            assertProblem(given().queryParam("country", "QQ").get(path).then(), ProblemType.VALIDATION)
                    .body("errors.field", contains("country"))
                    .body("errors[0].message", containsString("XK/XKX"));
        }
        // Issue 26: any two letters were a country on create.
        assertProblem(editor().contentType(ContentType.JSON).body(CountryResourceTest.country("qq", "QQ", "QQQ", "Nowhere"))
                .post("/countries").then(), ProblemType.VALIDATION)
                .body("errors.field", containsInAnyOrder("alpha2", "alpha3"))
                .body("errors[0].message", containsString("'QQ'"));
        // The two codes name one country.
        assertProblem(editor().contentType(ContentType.JSON).body(CountryResourceTest.country("de", "de", "FRA", "Germany"))
                .post("/countries").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("alpha3"))
                .body("errors[0].message", equalTo("must be DEU, the alpha-3 code of DE"));
        given().get("/countries/qq").then().statusCode(404);
        given().get("/countries/de").then().statusCode(404);
    }
}
