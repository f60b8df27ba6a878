package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Filters, sorting, cursor paging and conditional GETs on the chapter's data. */
@QuarkusTest
class CatalogQueriesTest {

    static final String ELECTION_2011 = "kz-presidential-2011";

    /** "What cites this?": the records whose sources, at any depth, name a citation or a footnote. */
    @Test
    void listsFilterByTheCitationAndFootnoteTheirSourcesName() {
        given().queryParam("citation", "giswatch-2011-kazakhstan-fn5").get("/campaigns").then().statusCode(200)
                .body("items.id", contains("elbasy-net-signature-drive"));
        given().queryParam("citation", "giswatch-2011-kazakhstan-fn5").get("/campaign-assets").then().statusCode(200)
                .body("items.id", contains("elbasy-net-website"));
        given().queryParam("footnote", 5).get("/campaigns").then().statusCode(200)
                .body("items.id", hasItem("elbasy-net-signature-drive"));
        given().queryParam("citation", "giswatch-2011-kazakhstan-fn5").queryParam("footnote", 5).get("/campaigns")
                .then().statusCode(200).body("items.id", contains("elbasy-net-signature-drive"));
        given().queryParam("citation", "giswatch-2011-kazakhstan-fn5").queryParam("footnote", 6).get("/campaigns")
                .then().statusCode(200).body("items", empty());
        given().queryParam("citation", "giswatch-2011-kazakhstan-fn5").get("/people").then().statusCode(200)
                .body("items", empty());
        assertProblem(given().queryParam("footnote", "five").get("/campaigns").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("footnote"));
        assertProblem(given().queryParam("citation", "giswatch-2011-kazakhstan-fn5")
                .queryParam("asOf", "2030-01-01T00:00:00Z").get("/campaigns").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void electionsFilterByTypeCandidateAndDateRange() {
        given().queryParam("type", "parliamentary").get("/elections").then().statusCode(200)
                .body("items.id", contains("kz-parliamentary-2007"));
        given().queryParam("candidate", "mels-yeleussizov").get("/elections").then()
                .body("items.id", contains("kz-presidential-2005", ELECTION_2011));
        // 2005 has no polling day in the chapter: its year decides.
        given().queryParam("from", "2005-01-01").queryParam("to", "2010-12-31").get("/elections").then()
                .body("items.id", contains("kz-parliamentary-2007", "kz-presidential-2005"));
        given().queryParam("from", "2011-04-03").get("/elections").then().body("items.id", contains(ELECTION_2011));
        given().queryParam("to", "2011-04-02").queryParam("from", "2011-01-01").get("/elections").then()
                .body("items", empty());
    }

    @Test
    void electionsSortByYearEitherWayAndPageWithTheSameOrder() {
        given().queryParam("sort", "-year").get("/elections").then().statusCode(200)
                .body("items.id", contains(ELECTION_2011, "kz-parliamentary-2007", "kz-presidential-2005",
                        "kz-presidential-1999"));
        assertEquals(List.of("kz-presidential-1999", "kz-presidential-2005", "kz-parliamentary-2007", ELECTION_2011),
                allPages("/elections?sort=year&limit=1"));
        assertProblem(given().queryParam("sort", "name").get("/elections").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void campaignsFilterByPlatformOrganiserElectionModeAndDates() {
        given().queryParam("platform", "facebook").get("/campaigns").then().statusCode(200)
                .body("items.id", contains("alga-boycott-2011", "candidates-facebook-pages-2011"));
        given().queryParam("organiser", "alga").get("/campaigns").then().body("items.id", contains("alga-boycott-2011"));
        given().queryParam("organiser", "zhambyl-akhmetbekov").get("/campaigns").then()
                .body("items.id", contains("knpk-new-media-2011"));
        given().queryParam("mode", "offline").get("/campaigns").then()
                .body("items.id", contains("kz-referendum-initiative-2010"));
        given().queryParam("election", ELECTION_2011).queryParam("platform", "youtube").get("/campaigns").then()
                .body("items.id", contains("alga-boycott-2011"));
        given().queryParam("from", "2011-05-01").queryParam("to", "2011-06-30").get("/campaigns").then()
                .body("items.id", contains("elbasy-net-signature-drive"));
        assertProblem(given().queryParam("from", "2011-02-30").get("/campaigns").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("from"));
        assertProblem(given().queryParam("from", "May 2011").get("/campaigns").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void otherCollectionsFilterByTheirFields() {
        given().queryParam("organisation", "alga").get("/people").then().body("items.id", contains("vladimir-kozlov"));
        given().queryParam("q", "BLOGGERS").get("/people").then().body("items.id", contains("alisher-yelikbayev"));
        given().queryParam("kind", "court").get("/organisations").then()
                .body("items.id", contains("kz-constitutional-council"));
        given().queryParam("platform", "youtube").queryParam("type", "video").get("/campaign-assets").then()
                .body("items.id", contains("shrek-referendum-video"));
        given().queryParam("year", 2011).get("/reports").then().body("items.id", contains("giswatch-2011"));
        given().queryParam("year", 2010).get("/reports").then().body("items", empty());
        given().queryParam("country", "kz").get("/chapters").then().body("items.id", contains("giswatch-2011-kazakhstan"));
        assertProblem(given().queryParam("kind", "club").get("/organisations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void organisationsPageWithLinkHeadersUntilTheEnd() {
        List<String> all = allPages("/organisations?limit=5");
        assertEquals(13, all.size());
        assertEquals(all.stream().sorted().toList(), all);
        ExtractableResponse<Response> first = given().queryParam("limit", 5).get("/organisations").then()
                .header("Link", endsWith("rel=\"next\"")).extract();
        assertEquals("<" + first.path("next") + ">; rel=\"next\"", first.header("Link"));
    }

    @Test
    void cursorOfAnotherOrderIsRejected() {
        String next = given().queryParam("limit", 1).get("/elections").then().extract().path("next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        assertProblem(given().queryParam("sort", "year").queryParam("cursor", cursor).get("/elections").then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("cursor"));
    }

    @Test
    void everyItemAndCollectionAnswers304ToItsETag() {
        for (String path : List.of("/people/vladimir-kozlov", "/organisations/alga", "/elections/" + ELECTION_2011,
                "/campaigns/alga-boycott-2011", "/campaign-assets/alga-youtube-channel", "/reports/giswatch-2011",
                "/chapters/giswatch-2011-kazakhstan", "/subjects/person/vladimir-kozlov", "/elections?sort=-year",
                "/campaigns?platform=facebook")) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
        }
    }

    private static List<String> allPages(String first) {
        List<String> ids = new ArrayList<>();
        String next = first;
        while (next != null) {
            ExtractableResponse<Response> page = given().get(next).then().statusCode(200).extract();
            ids.addAll(page.path("items.id"));
            next = page.path("next");
        }
        return ids;
    }
}
