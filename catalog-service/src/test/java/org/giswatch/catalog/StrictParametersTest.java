package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Query parameters as a user sends them: a year, country codes in any form, and names no operation declares. */
@QuarkusTest
class StrictParametersTest {

    static final String ELECTION_2011 = "kz-presidential-2011";
    static final List<String> KAZAKHSTAN_CODES = List.of("kz", "KZ", "Kz", "KAZ", "kaz", "kAz");

    @Test
    void electionsFilterByYearAlsoWhenThePollingDayIsUnknown() {
        given().queryParam("year", 2011).get("/elections").then().statusCode(200)
                .body("items.id", contains(ELECTION_2011));
        // The chapter gives 2005 but no polling day.
        given().queryParam("year", 2005).get("/elections").then().statusCode(200)
                .body("items.id", contains("kz-presidential-2005"));
        given().queryParam("year", 2010).get("/elections").then().statusCode(200).body("items", empty());
        assertProblem(given().queryParam("year", "last").get("/elections").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("year"));
    }

    @Test
    void countryFiltersTakeAlpha2AndAlpha3CodesInAnyCase() {
        for (String code : KAZAKHSTAN_CODES) {
            given().queryParam("country", code).get("/chapters").then().statusCode(200)
                    .body("items.id", contains("giswatch-2011-kazakhstan"));
            given().queryParam("country", code).queryParam("year", 2011).get("/elections").then().statusCode(200)
                    .body("items.id", contains(ELECTION_2011));
            given().queryParam("country", code).queryParam("kind", "party").get("/organisations").then()
                    .statusCode(200).body("items.id", equalTo(idsOf("/organisations?kind=party&country=kz")));
            given().queryParam("country", code).get("/campaigns").then().statusCode(200)
                    .body("items.id", equalTo(idsOf("/campaigns?country=kz")));
        }
        given().queryParam("country", "KAZ").get("/organisations").then().body("items", not(empty()));
        // A real country without records is an empty page, not an error.
        given().queryParam("country", "FRA").get("/elections").then().statusCode(200).body("items", empty());
    }

    @Test
    void anUnknownCountryCodeIsRefusedNamingTheParameter() {
        for (String code : List.of("xx", "XYZ", "k", "kazakhstan", "k1")) {
            assertProblem(given().queryParam("country", code).get("/campaigns").then(), ProblemType.VALIDATION)
                    .body("errors.field", contains("country"))
                    .body("errors[0].message", containsString("ISO 3166-1"));
        }
    }

    @Test
    void parametersAnOperationDoesNotDeclareAreRefusedNamingEachOne() {
        // People and their roles carry no country: the filter is refused rather than ignored.
        assertProblem(given().queryParam("country", "kz").get("/people").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("country"))
                .body("detail", equalTo("Unknown query parameter 'country'; this operation accepts asOf, citation, cursor, "
                        + "footnote, limit, organisation, q"));
        assertProblem(given().queryParam("updatedAfter", "2026-01-01T00:00:00Z").queryParam("contry", "kz")
                .get("/organisations").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("contry", "updatedAfter"));
        assertProblem(given().queryParam("sort", "-year").get("/reports").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("sort"));
        assertProblem(given().queryParam("expand", "candidates").get("/elections/" + ELECTION_2011).then(),
                ProblemType.VALIDATION).body("errors.field", contains("expand"))
                .body("detail", containsString("this operation accepts asOf"));
        // Names are case-sensitive, as in the documents.
        assertProblem(given().queryParam("Country", "kz").get("/elections").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("Country"));
    }

    @Test
    void anUnsupportedSortKeyIsRefusedListingTheSupportedOnes() {
        assertProblem(given().queryParam("sort", "name").get("/elections").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("sort"))
                .body("errors[0].message", equalTo("must be id, year or -year"));
    }

    @Test
    void aWriteWithAnUndeclaredParameterChangesNothing() {
        String path = "/elections/" + ELECTION_2011;
        String etag = etagOf(path);
        assertProblem(admin().header("If-Match", etag).queryParam("cascade", "true").delete(path).then(),
                ProblemType.VALIDATION).body("errors.field", contains("cascade"));
        given().get(path).then().statusCode(200).header("ETag", etag);
    }

    private static List<String> idsOf(String path) {
        List<String> ids = given().get(path).then().statusCode(200).extract().path("items.id");
        return ids;
    }
}
