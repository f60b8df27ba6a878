package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.metrics.Chapter.decimal;
import static org.giswatch.metrics.Chapter.exact;
import static org.hamcrest.Matchers.contains;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservationQueryTest {

    static final String CSV_HEADER = "id,indicator,subjectType,subject,country,period,periodStart,periodEnd,value,"
            + "unit,valueText,qualifiers,rank,citationId,footnote,passage,note,updatedAt";

    @Test
    void filtersByIndicatorInSeriesOrder() {
        exact().queryParam("indicator", "internet-subscribers").get("/observations").then().statusCode(200)
                .body("items.id", equalTo(List.of(Chapter.SUBSCRIBERS_2004, Chapter.SUBSCRIBERS_2009)))
                .body("items.value", contains(decimal("203000"), decimal("756500")));
    }

    @Test
    void filtersBySubjectAndSubjectType() {
        given().queryParam("subjectType", "campaign-asset").queryParam("subject", "shrek-referendum-video")
                .get("/observations").then().statusCode(200)
                .body("items.indicator", equalTo(List.of("video-comments", "video-views")))
                .body("items.value", equalTo(List.of(3, 1847)));
        given().queryParam("subjectType", "election").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.VOTE_SHARE_2005, Chapter.VOTE_SHARE_2011,
                        Chapter.TURNOUT_2011)));
        given().queryParam("country", "kz").queryParam("indicator", "signatures").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.ELBASY_SIGNATURES, Chapter.PETITION_SIGNATURES)));
    }

    @Test
    void yearRangeMatchesFiguresWhosePeriodOverlapsIt() {
        given().queryParam("subject", "kz").queryParam("from", "2009").queryParam("to", "2009")
                .get("/observations").then().statusCode(200)
                .body("items.id", equalTo(List.of(Chapter.SUBSCRIBERS_2009, Chapter.USERS_2009)));
        given().queryParam("indicator", "internet-users").queryParam("from", "2010").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.USERS_2011)));
        given().queryParam("indicator", "internet-subscribers").queryParam("to", "2008").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.SUBSCRIBERS_2004)));
    }

    @Test
    void dateRangeMatchesDatesAndOverlappingRanges() {
        given().queryParam("from", "2011-04-03").queryParam("to", "2011-04-03").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.ELBASY_SIGNATURES, Chapter.VOTE_SHARE_2011,
                        Chapter.TURNOUT_2011)));
        // May 2011 overlaps the elbasy.net drive (3 March – 12 May) only.
        given().queryParam("from", "2011-05").queryParam("to", "2011-05").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.ELBASY_SIGNATURES)));
    }

    @Test
    void mostRecentValueIsTakenPerSeries() {
        exact().queryParam("indicator", "internet-users").queryParam("mrv", 1).get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.USERS_2011)))
                .body("items[0].value", decimal("4300000"));
        given().queryParam("subject", "kz").queryParam("mrv", 1).queryParam("indicator", "internet-subscribers")
                .get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.SUBSCRIBERS_2009)));
        given().queryParam("subjectType", "election").queryParam("indicator", "vote-share").queryParam("mrv", 1)
                .get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.VOTE_SHARE_2005, Chapter.VOTE_SHARE_2011)));
    }

    @Test
    void filtersByQualifierAndRank() {
        given().queryParam("qualifier", "approximate").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.BOYCOTT_GROUP_MEMBERS, Chapter.PETITION_SIGNATURES)));
        given().queryParam("qualifier", "lower-bound").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.SIGNATURE_TARGET)));
        given().queryParam("qualifier", "disputed").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.USERS_2009, Chapter.TURNOUT_2011)));
        given().queryParam("rank", "preferred").get("/observations").then().body("items", empty());
        given().queryParam("rank", "normal").queryParam("indicator", "population").get("/observations").then()
                .body("items.id", equalTo(List.of(Chapter.POPULATION)));
    }

    @Test
    void seriesGivesOneIndicatorForOneSubjectInTimeOrder() {
        exact().get("/series/internet-users/country/kz").then().statusCode(200)
                .body("items.period", equalTo(List.of("2009", "2011-01-10")))
                .body("items.value", contains(decimal("4700000"), decimal("4300000")));
        given().queryParam("mrv", 1).get("/series/internet-subscribers/country/kz").then()
                .body("items.value", equalTo(List.of(756500)));
        // A known subject without figures of the indicator is an empty series; an unknown subject is a 404, like
        // an unknown indicator (catalog-service is asked about a subject no figure here names).
        given().get("/series/internet-users/campaign/elbasy-net-signature-drive").then().statusCode(200)
                .body("items", empty());
        given().get("/series/internet-users/campaign/shrek-referendum-clip").then().statusCode(200)
                .body("items", empty());
        assertProblem(given().get("/series/signatures/campaign/nope").then(), ProblemType.NOT_FOUND)
                .body("detail", containsString("nope"));
        assertProblem(given().get("/series/internet-users/country/no-such-country").then(), ProblemType.NOT_FOUND);
        assertProblem(given().accept("text/csv").get("/series/signatures/campaign/nope").then(), ProblemType.NOT_FOUND);
        assertProblem(given().get("/series/no-such-indicator/country/kz").then(), ProblemType.NOT_FOUND);
        assertProblem(given().get("/series/internet-users/planet/kz").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("subjectType"));
    }

    @Test
    void pagesFollowTheNextLinkAcrossSeries() {
        var first = given().queryParam("subject", "kz").queryParam("limit", 3).get("/observations").then()
                .statusCode(200).header("Link", endsWith("rel=\"next\"")).extract();
        List<String> ids = new java.util.ArrayList<>(first.path("items.id"));
        String next = first.path("next");
        while (next != null) {
            var page = given().get(next).then().statusCode(200).extract();
            ids.addAll(page.path("items.id"));
            next = page.path("next");
        }
        List<String> all = given().queryParam("subject", "kz").queryParam("limit", 500).get("/observations").then()
                .extract().path("items.id");
        assertEquals(all, ids);
        assertEquals(8, ids.size());
    }

    @Test
    void etagsAnswer304WhenNothingChanged() {
        String page = given().queryParam("indicator", "signatures").get("/observations").then().extract().header("ETag");
        given().header("If-None-Match", page).queryParam("indicator", "signatures").get("/observations").then()
                .statusCode(304);
        String item = given().get("/observations/" + Chapter.ELBASY_SIGNATURES).then().extract().header("ETag");
        given().header("If-None-Match", item).get("/observations/" + Chapter.ELBASY_SIGNATURES).then().statusCode(304);
        String csv = given().accept("text/csv").queryParam("indicator", "signatures").get("/observations").then()
                .statusCode(200).extract().header("ETag");
        given().accept("text/csv").header("If-None-Match", csv).queryParam("indicator", "signatures")
                .get("/observations").then().statusCode(304);
    }

    @Test
    void csvHasAHeaderRowAndTheFiguresAsPrinted() {
        String csv = given().accept("text/csv").queryParam("indicator", "internet-subscribers").get("/observations")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("observations.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(CSV_HEADER, lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("kz-internet-subscribers-2004,internet-subscribers,country,kz,kz,2004,"
                + "2004-01-01,2004-12-31,203000,count,\"203,000\",official,normal,giswatch-2011-kazakhstan-fn1,1,"
                + "\"According to official statistics, the number of subscribers rose from 203,000 in 2004 to 756,500 in 2009\",,"),
                lines[1]);
        assertTrue(lines[2].contains(",756500,count,\"756,500\","), lines[2]);
    }

    @Test
    void formatCsvParameterAndSeriesCsvWork() {
        String csv = given().queryParam("format", "csv").queryParam("qualifier", "reported").get("/observations")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(3, csv.split("\r\n").length);
        assertTrue(csv.contains(",95.55,percent,95.55%,reported,normal,giswatch-2011-kazakhstan-fn11,11,"), csv);
        String series = given().accept("text/csv").get("/series/vote-share/election/kz-presidential-2005").then()
                .statusCode(200).extract().asString();
        assertTrue(series.startsWith(CSV_HEADER + "\r\nkz-presidential-2005-vote-share,vote-share,election,"), series);
    }

    /** "What cites this?": the figures whose source is a citation, or a footnote, in JSON and CSV alike. */
    @Test
    void filtersByTheCitationAndFootnoteTheFiguresCite() {
        given().queryParam("citation", "giswatch-2011-kazakhstan-fn11").get("/observations").then().statusCode(200)
                .body("items.id", equalTo(List.of(Chapter.VOTE_SHARE_2011)));
        given().queryParam("footnote", 11).get("/observations").then().statusCode(200)
                .body("items.id", equalTo(List.of(Chapter.VOTE_SHARE_2011)));
        given().queryParam("citation", "giswatch-2011-kazakhstan-fn1").queryParam("footnote", 11).get("/observations")
                .then().statusCode(200).body("items", empty());
        String csv = given().accept("text/csv").queryParam("citation", "giswatch-2011-kazakhstan-fn11")
                .get("/observations").then().statusCode(200).extract().asString();
        assertEquals(2, csv.split("\r\n").length, csv);
        assertProblem(given().queryParam("footnote", "eleven").get("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("footnote"));
        assertProblem(given().queryParam("citation", "giswatch-2011-kazakhstan-fn11")
                .queryParam("asOf", "2030-01-01T00:00:00Z").get("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("asOf"));
    }

    /** asOf in CSV is the same past list as in JSON (it was a Java object dump), by Accept and by format=csv. */
    @Test
    void asOfInCsvListsTheSameObservationsAsInJson() throws Exception {
        String at = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
        var json = given().queryParam("asOf", at).queryParam("limit", 500).get("/observations").then().statusCode(200)
                .extract();
        List<String> ids = json.path("items.id");
        assertTrue(ids.size() > 5, ids.toString());
        for (var request : List.of(given().accept("text/csv"), given().queryParam("format", "csv"))) {
            String csv = request.queryParam("asOf", at).get("/observations").then().statusCode(200)
                    .contentType(startsWith("text/csv")).extract().asString();
            try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(new java.io.StringReader(csv))) {
                List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
                assertEquals(ids, rows.stream().map(r -> r.get("id")).toList());
                assertEquals(json.path("items.find { it.id == '" + Chapter.ELBASY_SIGNATURES + "' }.source.passage"),
                        rows.stream().filter(r -> r.get("id").equals(Chapter.ELBASY_SIGNATURES)).findFirst()
                                .orElseThrow().get("passage"));
            }
        }
        // What CSV cannot honour is refused, naming the parameter, rather than ignored.
        assertProblem(given().accept("text/csv").queryParam("asOf", at).queryParam("limit", 5).get("/observations")
                .then(), ProblemType.VALIDATION).body("errors.field", hasItem("limit"));
        assertProblem(given().queryParam("format", "csv").queryParam("limit", 5).get("/observations").then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("limit"));
        assertProblem(given().accept("text/csv").queryParam("expand", "citation").get("/observations").then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("expand"));
    }

    /** A wrong value in a body names its field and the values accepted (it was field 'body', "the resource's shape"). */
    @Test
    void bodyErrorsNameTheFieldAndTheValuesAccepted() {
        String item = "/observations/" + Chapter.VOTE_SHARE_2011;
        String etag = given().get(item).then().statusCode(200).extract().header("ETag");
        assertProblem(org.giswatch.platform.testing.TestRequests.editor().contentType("application/merge-patch+json")
                .header("If-Match", etag).body("{\"rank\":\"best\"}").patch(item).then(), ProblemType.VALIDATION)
                .body("errors[0].field", equalTo("rank"))
                .body("errors[0].message", equalTo("must be one of preferred, normal, deprecated"))
                .body("detail", containsString("rank")).body("instance", equalTo(item));
        assertProblem(org.giswatch.platform.testing.TestRequests.editor().contentType("application/merge-patch+json")
                .header("If-Match", etag).body("{\"qualifiers\":[\"roughly\"]}").patch(item).then(),
                ProblemType.VALIDATION)
                .body("errors[0].field", equalTo("qualifiers[0]"))
                .body("errors[0].message", containsString("approximate"));
        assertProblem(org.giswatch.platform.testing.TestRequests.editor().contentType("application/json")
                .body("{\"rank\":\"best\"}").post("/observations").then(), ProblemType.VALIDATION)
                .body("errors[0].field", equalTo("rank"))
                .body("errors[0].message", containsString("preferred, normal, deprecated"));
        given().get(item).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void invalidFiltersAre400NamingTheParameter() {
        assertProblem(given().queryParam("from", "2011-13").get("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("from"));
        assertProblem(given().queryParam("from", "20xx").get("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("from"));
        assertProblem(given().queryParam("from", "2011").queryParam("to", "2009").get("/observations").then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("to"));
        assertProblem(given().queryParam("qualifier", "maybe").get("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("qualifier"));
        assertProblem(given().queryParam("mrv", 0).get("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("mrv"));
        assertProblem(given().queryParam("format", "xml").get("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("format"));
    }

    @Test
    void undatedFiguresNeverMatchADateRange() {
        given().queryParam("indicator", "population").queryParam("from", "1900").get("/observations").then()
                .body("items", empty());
        given().get("/observations/" + Chapter.POPULATION).then().body("periodStart", nullValue());
    }
}
