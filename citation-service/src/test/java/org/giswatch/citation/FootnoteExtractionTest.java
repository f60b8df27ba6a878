package org.giswatch.citation;

import static io.restassured.RestAssured.given;
import static org.giswatch.citation.KazakhstanChapter.CHAPTER;
import static org.giswatch.citation.KazakhstanChapter.FN11;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FootnoteExtractionTest {

    static final String MARKDOWN = "text/markdown; charset=UTF-8";
    /** What a footnote can tell; kind, authorType and notes are editorial and not read from footnotes. */
    static final List<String> READ_FIELDS = List.of("author", "interviewee", "place", "year", "date", "datePrinted",
            "title", "language", "translatedTitle", "translatedTitleLanguage", "url", "urlText");

    /** Another chapter of the series written the same way, with the other link forms (autolink, plain URL). */
    static final String OTHER_CHAPTER = """
            # ARGENTINA

            Prisoners used the internet to protest.<sup>1</sup> A blog published the claims;<sup>2</sup> the ministry
            answered on its website.<sup>3</sup> An activist explained the campaign.<sup>4</sup>

            <sup>1</sup> CELS (2010) *Derechos humanos en Argentina: Informe 2010* <http://www.cels.org.ar/informe2010>

            2 Página/12 (2011) Los presos y las redes sociales (Prisoners and social networks), 2 March. www.pagina12.com.ar/diario/1234.html

            <sup>3</sup> <https://www.jus.gob.ar/prensa>

            4 Interview with María López (Buenos Aires), 4 June 2011.
            """;

    static JsonPath dryRun(String markdown) {
        return editor().contentType(MARKDOWN).body(markdown).queryParam("chapter", CHAPTER)
                .post("/citations/extractions").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void extractionReproducesTheElevenStoredFootnotesFieldByField() {
        JsonPath result = dryRun(KazakhstanChapter.markdown());
        assertEquals("dry-run", result.getString("mode"));
        List<Map<String, Object>> footnotes = result.getList("footnotes");
        assertEquals(11, footnotes.size());
        for (int n = 1; n <= 11; n++) {
            Map<String, Object> extracted = result.getMap("footnotes[" + (n - 1) + "].citation");
            assertEquals(n, result.getInt("footnotes[" + (n - 1) + "].number"));
            JsonPath stored = given().get("/citations/" + KazakhstanChapter.fn(n)).then().statusCode(200).extract().jsonPath();
            assertEquals(KazakhstanChapter.fn(n), extracted.get("id"));
            Set<String> warned = Set.copyOf(result.getList("footnotes[" + (n - 1) + "].warnings.field", String.class));
            for (String field : READ_FIELDS) {
                Object storedValue = stored.get(field);
                if (extracted.get(field) == null) {
                    // Not read: only allowed where the footnote does not give it, which the response says.
                    assertTrue(warned.contains(field) || storedValue == null, "fn" + n + " " + field + " missing without warning");
                    if (!"language".equals(field)) {
                        assertEquals(null, storedValue, "fn" + n + " " + field);
                    }
                } else {
                    assertEquals(storedValue, extracted.get(field), "fn" + n + " " + field);
                }
            }
            if (extracted.get("kind") != null) {
                assertEquals(stored.get("kind"), extracted.get("kind"), "fn" + n + " kind");
            }
            assertEquals(stored.getList("citedIn"), extracted.get("citedIn"), "fn" + n + " citedIn");
        }
        given().get("/citations/" + FN11).then().header("ETag", equalTo("\"v0\""));
    }

    @Test
    void bareUrlFootnotesLeaveUnreadFieldsEmptyWithWarnings() {
        JsonPath result = dryRun(KazakhstanChapter.markdown());
        assertEquals("http://www.elbasy.net", result.getString("footnotes[4].citation.url"));
        assertEquals(null, (Object) result.get("footnotes[4].citation.title"));
        assertEquals(null, (Object) result.get("footnotes[4].citation.author"));
        List<String> fields = result.getList("footnotes[4].warnings.field");
        assertTrue(fields.containsAll(List.of("title", "author", "year", "kind")), fields.toString());
    }

    @Test
    void storeModeIsIdempotentAndKeepsEditorialFields() {
        String kazakhstan = KazakhstanChapter.markdown();
        editor().contentType(MARKDOWN).body(kazakhstan).queryParam("chapter", CHAPTER).queryParam("mode", "store")
                .post("/citations/extractions").then().statusCode(200)
                .body("mode", equalTo("store"))
                .body("footnotes.outcome", everyItem(equalTo("unchanged")));
        given().get("/citations/" + FN11).then().header("ETag", equalTo("\"v0\"")).body("kind", equalTo("news-article"));
    }

    @Test
    void anotherChapterOfTheSeriesIsReadAndStoredOnce() {
        String chapter = "giswatch-2011-argentina-test";
        editor().contentType(ContentType.JSON)
                .body("{\"id\":\"" + chapter + "\",\"kind\":\"chapter\",\"title\":\"ARGENTINA\",\"containerId\":\"giswatch-2011\"}")
                .post("/citations").then().statusCode(201);
        JsonPath first = editor().contentType(MARKDOWN).body(OTHER_CHAPTER).queryParam("chapter", chapter)
                .queryParam("mode", "store").post("/citations/extractions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("created", "created", "created", "created"), first.getList("footnotes.outcome"));
        assertEquals("CELS", first.getString("footnotes[0].citation.author"));
        assertEquals("Derechos humanos en Argentina: Informe 2010", first.getString("footnotes[0].citation.title"));
        assertEquals("http://www.cels.org.ar/informe2010", first.getString("footnotes[0].citation.url"));
        assertEquals("Prisoners used the internet to protest.", first.getString("footnotes[0].citation.citedIn[0].passage"));
        assertEquals("Página/12", first.getString("footnotes[1].citation.author"));
        assertEquals("Los presos y las redes sociales", first.getString("footnotes[1].citation.title"));
        assertEquals("Prisoners and social networks", first.getString("footnotes[1].citation.translatedTitle"));
        assertEquals("2011-03-02", first.getString("footnotes[1].citation.date"));
        assertEquals("http://www.pagina12.com.ar/diario/1234.html", first.getString("footnotes[1].citation.url"));
        assertEquals("A blog published the claims;", first.getString("footnotes[1].citation.citedIn[0].passage"));
        assertEquals("https://www.jus.gob.ar/prensa", first.getString("footnotes[2].citation.url"));
        assertEquals("the ministry answered on its website.", first.getString("footnotes[2].citation.citedIn[0].passage"));
        assertEquals("María López", first.getString("footnotes[3].citation.interviewee"));
        assertEquals("Buenos Aires", first.getString("footnotes[3].citation.place"));
        assertEquals("2011-06-04", first.getString("footnotes[3].citation.date"));
        editor().contentType(MARKDOWN).body(OTHER_CHAPTER).queryParam("chapter", chapter).queryParam("mode", "store")
                .post("/citations/extractions").then().statusCode(200)
                .body("footnotes.outcome", everyItem(equalTo("unchanged")));
        given().queryParam("chapter", chapter).get("/citations").then().body("items", hasSize(4));
        for (int n = 1; n <= 4; n++) {
            admin().header("If-Match", etagOf("/citations/" + chapter + "-fn" + n)).delete("/citations/" + chapter + "-fn" + n)
                    .then().statusCode(204);
        }
        admin().header("If-Match", etagOf("/citations/" + chapter)).delete("/citations/" + chapter).then().statusCode(204);
    }

    @Test
    void aReIngestUpdatesEveryFieldTheFootnoteChangedAndKeepsAnEditorsCorrections() {
        String chapter = "giswatch-2011-reingest-test";
        String id = chapter + "-fn1";
        editor().contentType(ContentType.JSON)
                .body("{\"id\":\"" + chapter + "\",\"kind\":\"chapter\",\"title\":\"REINGEST\",\"containerId\":\"giswatch-2011\"}")
                .post("/citations").then().statusCode(201);
        String first = "Text.<sup>1</sup> More.<sup>2</sup>\n\n<sup>1</sup> 14 June.\n\n"
                + "<sup>2</sup> Nurmakov, A. (2012) Bloggers face new rules. *Kazakhstan Today*, 15 April. "
                + "[kt.kz/a](http://kt.kz/a) and [web.archive.org/kt](https://web.archive.org/web/2012/http://kt.kz/a)\n";
        JsonPath stored = editor().contentType(MARKDOWN).body(first).queryParam("chapter", chapter).queryParam("mode", "store")
                .post("/citations/extractions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("created", "created"), stored.getList("footnotes.outcome"));
        assertTrue(stored.getString("footnotes[0].citation.notes").startsWith("Footnote not read into fields: "));
        assertEquals("news-article", stored.getString("footnotes[1].citation.kind"));
        // An editor corrects a field the footnote does not change.
        String second = chapter + "-fn2";
        editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/citations/" + second))
                .body("{\"language\":\"en-GB\"}").patch("/citations/" + second).then().statusCode(200);

        String changed = "Text.<sup>1</sup> More.<sup>2</sup>\n\n<sup>1</sup> Radio Commons (2012) *Launch statement*, 14 June. "
                + "[radiocommons.test/launch](http://radiocommons.test/launch)\n\n"
                + "<sup>2</sup> Nurmakov, A. (2012) Bloggers face new rules. *Kazakhstan Today*, 16 April. [kt.kz/a](http://kt.kz/a)\n";
        JsonPath again = editor().contentType(MARKDOWN).body(changed).queryParam("chapter", chapter).queryParam("mode", "store")
                .post("/citations/extractions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("updated", "updated"), again.getList("footnotes.outcome"));
        JsonPath fn1 = given().get("/citations/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(null, (Object) fn1.get("notes"), "the parser's notes of the old text are gone");
        assertEquals("Launch statement", fn1.getString("title"));
        assertEquals("Radio Commons", fn1.getString("author"));
        assertEquals("2012-06-14", fn1.getString("date"));
        assertEquals("report", fn1.getString("kind"));
        JsonPath fn2 = given().get("/citations/" + second).then().statusCode(200).extract().jsonPath();
        assertEquals("2012-04-16", fn2.getString("date"));
        assertEquals("16 April", fn2.getString("datePrinted"));
        assertEquals(null, (Object) fn2.get("archivedUrl"), "a copy the footnote no longer gives is cleared");
        assertEquals("en-GB", fn2.getString("language"), "the editor's correction of an unchanged field stays");
        for (String remove : List.of(id, second, chapter)) {
            admin().header("If-Match", etagOf("/citations/" + remove)).delete("/citations/" + remove).then().statusCode(204);
        }
    }

    @Test
    void garbageGivesAnEmptyResultWithWarnings() {
        editor().contentType(MARKDOWN).body("\u0000\u0001%PDF-1.4 \uFFFD\uFFFD <sup>x</sup> [](( ** 2011 Report")
                .post("/citations/extractions").then().statusCode(200)
                .body("footnotes", empty())
                .body("warnings", not(empty()));
        editor().contentType("text/plain").body("").post("/citations/extractions").then().statusCode(200)
                .body("footnotes", empty());
    }

    @Test
    void oversizedChaptersAre413AndStoreNeedsAKnownChapter() {
        assertProblem(editor().contentType(MARKDOWN).body("a".repeat(600 * 1024)).post("/citations/extractions").then(),
                ProblemType.PAYLOAD_TOO_LARGE);
        assertProblem(editor().contentType(MARKDOWN).body("x").queryParam("mode", "store").post("/citations/extractions").then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("chapter"));
        assertProblem(editor().contentType(MARKDOWN).body("x").queryParam("mode", "store").queryParam("chapter", "no-such-chapter")
                .post("/citations/extractions").then(), ProblemType.UNPROCESSABLE).body("errors.field", hasItem("chapter"));
        assertProblem(editor().contentType(MARKDOWN).body("x").queryParam("mode", "store").queryParam("chapter", FN11)
                .post("/citations/extractions").then(), ProblemType.UNPROCESSABLE);
    }
}
