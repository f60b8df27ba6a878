package org.giswatch.citation;

import static io.restassured.RestAssured.given;
import static org.giswatch.citation.KazakhstanChapter.CHAPTER;
import static org.giswatch.citation.KazakhstanChapter.FN10;
import static org.giswatch.citation.KazakhstanChapter.FN10_TITLE;
import static org.giswatch.citation.KazakhstanChapter.FN11;
import static org.giswatch.citation.KazakhstanChapter.FN11_TITLE;
import static org.giswatch.citation.KazakhstanChapter.FN11_TRANSLATION;
import static org.giswatch.citation.KazakhstanChapter.FN4;
import static org.giswatch.citation.KazakhstanChapter.FN8;
import static org.giswatch.citation.KazakhstanChapter.REPORT;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.giswatch.platform.record.UpsertOutcome;
import org.giswatch.citation.service.CitationService;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.data.ReferenceDataFiles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CitationResourceTest {

    @Inject
    CitationService service;

    @Inject
    ReferenceDataFiles files;

    static String citation(String id, String title, String extra) {
        return """
                {"id":"%s","kind":"website","title":"%s","language":"en","year":2011%s,
                 "citedIn":[{"chapterId":"giswatch-2011-kazakhstan","passage":"test passage"}]}""".formatted(id, title, extra);
    }

    @Test
    void footnoteElevenIsServedExactlyAsPrinted() {
        given().get("/citations/" + FN11).then().statusCode(200)
                .header("ETag", equalTo("\"v0\""))
                .body("kind", equalTo("news-article"))
                .body("author", equalTo("Tengri News"))
                .body("year", equalTo(2011))
                .body("date", equalTo("2011-04-05"))
                .body("datePrinted", equalTo("5 April"))
                .body("title", equalTo(FN11_TITLE))
                .body("language", equalTo("ru"))
                .body("translatedTitle", equalTo(FN11_TRANSLATION))
                .body("translatedTitleLanguage", equalTo("en"))
                .body("url", equalTo("http://tengrinews.kz/vibori/183437"))
                .body("archivedUrl", nullValue())
                .body("citedIn[0].chapterId", equalTo(CHAPTER))
                .body("citedIn[0].footnote", equalTo(11))
                .body("citedIn[0].passage", equalTo("The incumbent president reportedly received 95.55% of the votes."))
                .body("audit.createdBy", equalTo("reference-data"));
    }

    @Test
    void sourceOdditiesAreKeptVerbatim() {
        given().get("/citations/" + FN10).then().statusCode(200).body("title", equalTo(FN10_TITLE));
        given().get("/citations/" + FN4).then().statusCode(200)
                .body("url", equalTo("http://kzcontent.kz/rus/kaznet_3/12"))
                .body("urlText", equalTo("kzcontent.kz/rus/kaznet\\_3/12"));
        given().get("/citations/" + FN8).then().statusCode(200)
                .body("kind", equalTo("interview"))
                .body("interviewee", equalTo("Alisher Yelikbayev"))
                .body("place", equalTo("Almaty"))
                .body("date", equalTo("2011-05-10"))
                .body("author", nullValue());
    }

    @Test
    void reportKeepsBothDisagreeingLicenceStatements() {
        given().get("/citations/" + REPORT).then().statusCode(200)
                .body("kind", equalTo("report"))
                .body("publisher", equalTo("APC and Hivos"))
                .body("editor", equalTo("Alan Finlay"))
                .body("isbn", equalTo("978-92-95096-14-1"))
                .body("issn", equalTo("2225-4625"))
                .body("licence", equalTo("Creative Commons Attribution 3.0 Licence"))
                .body("licenceUrl", equalTo("creativecommons.org/licenses/by-nc-nd/3.0/"));
        given().get("/citations/" + CHAPTER).then().statusCode(200)
                .body("kind", equalTo("chapter"))
                .body("author", equalTo("Adil Nurmakov"))
                .body("containerId", equalTo(REPORT))
                .body("pages", nullValue());
    }

    @Test
    void loadingTheReferenceDataAgainChangesNothing() {
        List<Citation> records = files.read("citations.json", Citation.class);
        assertEquals(13, records.size());
        for (Citation record : records) {
            assertEquals(UpsertOutcome.UNCHANGED, service.upsert(record), record.id());
        }
        given().get("/citations/" + FN11).then().header("ETag", equalTo("\"v0\""));
    }

    @Test
    void filtersSelectByChapterKindLanguageYearAndWords() {
        given().queryParam("chapter", CHAPTER).queryParam("limit", 500).get("/citations").then().statusCode(200)
                .body("items", hasSize(11)).body("items.id", not(hasItem(REPORT)));
        given().queryParam("chapter", CHAPTER).queryParam("kind", "interview").get("/citations").then()
                .body("items.id", equalTo(List.of(FN8, CHAPTER + "-fn9")));
        given().queryParam("chapter", CHAPTER).queryParam("language", "ru").queryParam("year", 2009).get("/citations").then()
                .body("items.id", equalTo(List.of(CHAPTER + "-fn2")));
        given().queryParam("q", "Назарбаев").get("/citations").then().body("items.id", equalTo(List.of(FN11)));
        given().queryParam("q", "Tengri").get("/citations").then().body("items.id", equalTo(List.of(FN11)));
        assertProblem(given().queryParam("kind", "rumour").get("/citations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void pagesFollowTheNextLinkUntilTheEnd() {
        // Footnote order: the eleventh footnote is the last, not the ninth (fn10 and fn11 sort after fn9).
        var first = given().queryParam("chapter", CHAPTER).queryParam("limit", 10).get("/citations").then()
                .statusCode(200).body("items", hasSize(10)).header("Link", endsWith("rel=\"next\"")).extract();
        String next = first.path("next");
        assertEquals("<" + next + ">; rel=\"next\"", first.header("Link"));
        given().get(next).then().statusCode(200).body("items.id", equalTo(List.of(FN11))).body("next", nullValue());
    }

    @Test
    void itemAndCollectionEtagsAnswer304() {
        String item = etagOf("/citations/" + FN11);
        given().header("If-None-Match", item).get("/citations/" + FN11).then().statusCode(304);
        String list = given().get("/citations").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", list).get("/citations").then().statusCode(304);
    }

    /** asOf is honoured by every format (it was ignored: today's state in BibTeX, the JSON's past state). */
    @Test
    void asOfGivesThePastStateInEveryFormat() throws Exception {
        String id = "test-as-of-formats";
        editor().contentType(ContentType.JSON).body(citation(id, "Before the change", "")).post("/citations").then()
                .statusCode(201);
        String before = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
        editor().contentType(ContentType.JSON).header("If-Match", etagOf("/citations/" + id))
                .body(citation(id, "After the change", "")).put("/citations/" + id).then().statusCode(200);
        given().queryParam("asOf", before).get("/citations/" + id).then().statusCode(200)
                .body("title", equalTo("Before the change"));
        for (String format : List.of("bibtex", "ris", "csl-json", "bibliography")) {
            String past = given().queryParam("asOf", before).queryParam("format", format).get("/citations/" + id)
                    .then().statusCode(200).extract().asString();
            org.junit.jupiter.api.Assertions.assertTrue(past.contains("Before the change") && !past.contains("After"),
                    format + ": " + past);
        }
        given().accept("application/x-bibtex").queryParam("asOf", before).get("/citations/" + id).then()
                .statusCode(200).body(containsString("Before the change"));
        // The list at asOf: the same ids in BibTeX as in JSON (it was today's list, 33 entries against 26).
        List<String> ids = given().queryParam("asOf", before).queryParam("limit", 500).get("/citations").then()
                .statusCode(200).extract().path("items.id");
        String csl = given().queryParam("asOf", before).queryParam("limit", 500).queryParam("format", "csl-json")
                .get("/citations").then().statusCode(200).extract().asString();
        List<String> cslIds = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(csl).forEach(item -> cslIds.add(item.path("id").asText()));
        assertEquals(ids, cslIds);
        String bibtex = given().queryParam("asOf", before).queryParam("limit", 500).queryParam("format", "bibtex")
                .get("/citations").then().statusCode(200).extract().asString();
        assertEquals(ids.size(), bibtex.split("\n@").length);
        assertProblem(given().queryParam("asOf", before).queryParam("kind", "news-article").queryParam("format", "bibtex")
                .get("/citations").then(), ProblemType.VALIDATION).body("errors.field", hasItem("asOf"));
        admin().header("If-Match", etagOf("/citations/" + id)).delete("/citations/" + id).then().statusCode(204);
        given().queryParam("asOf", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString())
                .queryParam("format", "bibtex").get("/citations").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(id)));
    }

    @Test
    void createReplacePatchAndDeleteRoundTrip() {
        String id = "test-round-trip";
        editor().contentType(ContentType.JSON).body(citation(id, "Round trip", "")).post("/citations").then()
                .statusCode(201).header("Location", endsWith("/citations/" + id)).body("title", equalTo("Round trip"));
        assertProblem(editor().contentType(ContentType.JSON).body(citation(id, "Again", "")).post("/citations").then(),
                ProblemType.CONFLICT);
        assertProblem(editor().contentType(ContentType.JSON).body(citation(id, "No If-Match", "")).put("/citations/" + id)
                .then(), ProblemType.PRECONDITION_REQUIRED);
        String v0 = etagOf("/citations/" + id);
        editor().contentType(ContentType.JSON).header("If-Match", v0).body(citation(id, "Replaced", ""))
                .put("/citations/" + id).then().statusCode(200).body("title", equalTo("Replaced"));
        assertProblem(editor().contentType(ContentType.JSON).header("If-Match", v0).body(citation(id, "Stale", ""))
                .put("/citations/" + id).then(), ProblemType.PRECONDITION_FAILED);
        editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/citations/" + id))
                .body("{\"archivedUrl\":\"https://web.archive.org/web/2011/http://example.org/\",\"language\":null}")
                .patch("/citations/" + id).then().statusCode(200)
                .body("archivedUrl", equalTo("https://web.archive.org/web/2011/http://example.org/"))
                .body("language", nullValue()).body("title", equalTo("Replaced"));
        assertProblem(editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/citations/" + id))
                .body("{\"url\":\"not a url\"}").patch("/citations/" + id).then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("url"));
        admin().header("If-Match", etagOf("/citations/" + id)).delete("/citations/" + id).then().statusCode(204);
        assertProblem(given().get("/citations/" + id).then(), ProblemType.GONE);
    }

    @Test
    void referencesMustExistAndDatesMustAgree() {
        assertProblem(editor().contentType(ContentType.JSON).body(citation("test-bad-ref", "X", ",\"containerId\":\"no-such-report\""))
                .post("/citations").then(), ProblemType.UNPROCESSABLE).body("errors.field", hasItem("containerId"));
        // Every bad reference of one request is reported together.
        assertProblem(editor().contentType(ContentType.JSON)
                .body("{\"id\":\"test-bad-chapter\",\"containerId\":\"no-such-report\","
                        + "\"citedIn\":[{\"chapterId\":\"no-such-chapter\",\"footnote\":1}]}")
                .post("/citations").then(), ProblemType.UNPROCESSABLE)
                .body("errors.field", containsInAnyOrder("containerId", "citedIn[0].chapterId"));
        assertProblem(editor().contentType(ContentType.JSON).body(citation("test-bad-date", "X", ",\"date\":\"2009-10-19\""))
                .post("/citations").then(), ProblemType.VALIDATION).body("errors.field", hasItem("date"));
        assertProblem(given().get("/citations/test-bad-ref").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void aChapterOthersCiteCannotBeDeleted() {
        // The referrers are listed: here, the chapter's footnotes (citedIn) and the report contains it.
        assertProblem(admin().header("If-Match", etagOf("/citations/" + CHAPTER)).delete("/citations/" + CHAPTER).then(),
                ProblemType.CONFLICT).body("referrers.target", equalTo("citation:" + CHAPTER))
                .body("referrers.items.field", hasItem("citedIn"))
                .body("referrers.items.service", everyItem(equalTo("citation-service")))
                .body("referrers.total", greaterThan(1));
        given().get("/citations/" + CHAPTER).then().statusCode(200);
        assertProblem(admin().header("If-Match", etagOf("/citations/" + REPORT)).delete("/citations/" + REPORT).then(),
                ProblemType.CONFLICT);
    }
}
