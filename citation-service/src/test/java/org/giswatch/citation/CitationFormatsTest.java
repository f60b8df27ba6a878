package org.giswatch.citation;

import static io.restassured.RestAssured.given;
import static org.giswatch.citation.KazakhstanChapter.CHAPTER;
import static org.giswatch.citation.KazakhstanChapter.FN10_TITLE;
import static org.giswatch.citation.KazakhstanChapter.FN11;
import static org.giswatch.citation.KazakhstanChapter.FN11_TITLE;
import static org.giswatch.citation.KazakhstanChapter.FN11_TRANSLATION;
import static org.giswatch.citation.KazakhstanChapter.REPORT;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.giswatch.contract.problem.ProblemType;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CitationFormatsTest {

    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex";
    static final String RIS = "application/x-research-info-systems";
    static final String BIBLIOGRAPHY = "text/x-bibliography";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void cslJsonCarriesOriginalAndTranslatedTitleLanguageAndIssuedDate() throws Exception {
        String body = given().accept(CSL_JSON).get("/citations/" + FN11).then().statusCode(200)
                .contentType(startsWith(CSL_JSON)).header("Vary", containsString("Accept")).extract().asString();
        JsonNode item = JSON.readTree(body);
        assertEquals(FN11, item.get("id").asText());
        assertEquals("article-newspaper", item.get("type").asText());
        assertEquals(FN11_TITLE, item.get("title").asText());
        assertEquals("ru", item.get("language").asText());
        assertEquals(FN11_TRANSLATION, item.at("/custom/translated-title").asText());
        assertEquals("en", item.at("/custom/translated-title-language").asText());
        assertEquals("Tengri News", item.at("/author/0/literal").asText());
        assertEquals(List.of(2011, 4, 5), JSON.convertValue(item.at("/issued/date-parts/0"), List.class));
        assertEquals("http://tengrinews.kz/vibori/183437", item.get("URL").asText());
    }

    @Test
    void cslJsonOfTheChapterNamesItsReportAndSplitsTheAuthorsName() throws Exception {
        JsonNode item = JSON.readTree(given().queryParam("format", "csl-json").get("/citations/" + CHAPTER).then()
                .statusCode(200).extract().asString());
        assertEquals("chapter", item.get("type").asText());
        assertEquals("KAZAKHSTAN: MOBILISING ONLINE FOR FREE ELECTIONS", item.get("title").asText());
        assertEquals("GLOBAL INFORMATION SOCIETY WATCH 2011: INTERNET RIGHTS AND DEMOCRATISATION", item.get("container-title").asText());
        assertEquals("Nurmakov", item.at("/author/0/family").asText());
        assertEquals("Adil", item.at("/author/0/given").asText());
        assertEquals("Finlay", item.at("/editor/0/family").asText());
        assertEquals("978-92-95096-14-1", item.get("ISBN").asText());
        JsonNode collection = JSON.readTree(given().accept(CSL_JSON).queryParam("chapter", CHAPTER).queryParam("limit", 500)
                .get("/citations").then().statusCode(200).extract().asString());
        assertEquals(11, collection.size());
    }

    @Test
    void bibtexParsesBackWithEscapesUndoneAndUtf8Kept() throws Exception {
        String body = given().header("Accept", BIBTEX).get("/citations").then().statusCode(200)
                .contentType(startsWith(BIBTEX)).extract().asString();
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(body));
        assertEquals(13, database.getEntries().size());
        BibTeXEntry fn11 = database.resolveEntry(new Key(FN11));
        // A news article: @article with its newspaper as entrysubtype (biblatex), not @misc.
        assertEquals(new Key("article"), fn11.getType());
        assertEquals("newspaper", latex(fn11.getField(new Key("entrysubtype"))));
        assertEquals(FN11_TITLE, latex(fn11.getField(BibTeXEntry.KEY_TITLE)));
        assertEquals("Tengri News", latex(fn11.getField(BibTeXEntry.KEY_AUTHOR)));
        assertEquals("2011", latex(fn11.getField(BibTeXEntry.KEY_YEAR)));
        assertEquals("http://tengrinews.kz/vibori/183437", fn11.getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals(FN11_TRANSLATION, latex(fn11.getField(new Key("titleaddon"))));
        assertTrue(body.contains("95,55\\%"), "per cent is escaped");
        BibTeXEntry fn10 = database.resolveEntry(new Key(CHAPTER + "-fn10"));
        assertEquals(FN10_TITLE, latex(fn10.getField(BibTeXEntry.KEY_TITLE)));
        BibTeXEntry chapter = database.resolveEntry(new Key(CHAPTER));
        assertEquals(new Key("incollection"), chapter.getType());
        assertEquals("Nurmakov, Adil", latex(chapter.getField(BibTeXEntry.KEY_AUTHOR)));
        assertEquals("APC and Hivos", latex(chapter.getField(BibTeXEntry.KEY_PUBLISHER)));
        // One corporate name: braced, so citation managers do not read "APC" and "Hivos" as two publishers.
        assertTrue(body.contains("publisher = {{APC and Hivos}}"), body);
        BibTeXEntry report = database.resolveEntry(new Key(REPORT));
        assertEquals("978-92-95096-14-1", latex(report.getField(new Key("isbn"))));
        // Keys are the ids: the same on every request.
        assertEquals(body, given().header("Accept", BIBTEX).get("/citations").then().extract().asString());
    }

    @Test
    void risParsesBackIntoTaggedFields() {
        String body = given().accept(RIS).get("/citations/" + FN11).then().statusCode(200)
                .contentType(startsWith(RIS)).extract().asString();
        Map<String, List<String>> record = ris(body).get(0);
        assertEquals(List.of("NEWS"), record.get("TY"));
        assertEquals(List.of(FN11_TITLE), record.get("TI"));
        assertEquals(List.of(FN11_TRANSLATION), record.get("TT"));
        assertEquals(List.of("Tengri News"), record.get("AU"));
        assertEquals(List.of("2011"), record.get("PY"));
        assertEquals(List.of("2011/04/05/"), record.get("DA"));
        assertEquals(List.of("ru"), record.get("LA"));
        assertEquals(List.of("http://tengrinews.kz/vibori/183437"), record.get("UR"));
        List<Map<String, List<String>>> all = ris(given().queryParam("format", "ris").queryParam("chapter", CHAPTER)
                .queryParam("kind", "interview").get("/citations").then().statusCode(200).extract().asString());
        assertEquals(2, all.size());
        assertEquals(List.of("Yelikbayev, Alisher"), all.get(0).get("AU"));
        assertEquals(List.of("Almaty"), all.get(0).get("CY"));
        Map<String, List<String>> report = ris(given().accept(RIS).get("/citations/" + REPORT).then().extract().asString()).get(0);
        assertEquals(List.of("978-92-95096-14-1", "2225-4625"), report.get("SN"));
    }

    @Test
    void bibliographyIsFormattedByCiteprocInEachStyle() {
        String apa = given().accept(BIBLIOGRAPHY).get("/citations/" + FN11).then().statusCode(200)
                .contentType(startsWith(BIBLIOGRAPHY)).extract().asString();
        assertTrue(apa.startsWith("Tengri News. (2011, April 5). " + FN11_TITLE + " [" + FN11_TRANSLATION + "]"), apa);
        String chicago = given().accept(BIBLIOGRAPHY).queryParam("style", "chicago-author-date").get("/citations/" + CHAPTER)
                .then().statusCode(200).extract().asString();
        assertTrue(chicago.startsWith("Nurmakov, Adil. 2011."), chicago);
        assertTrue(chicago.contains("edited by Alan Finlay"), chicago);
        String harvard = given().queryParam("format", "bibliography").queryParam("style", "harvard").queryParam("locale", "en-GB")
                .get("/citations/" + CHAPTER).then().statusCode(200).extract().asString();
        assertTrue(harvard.startsWith("Nurmakov, A. (2011)"), harvard);
        String german = given().accept(BIBLIOGRAPHY).queryParam("locale", "de-DE").get("/citations/" + CHAPTER + "-fn2")
                .then().statusCode(200).extract().asString();
        assertTrue(german.contains("Oktober"), german);
        assertProblem(given().accept(BIBLIOGRAPHY).queryParam("style", "mla").get("/citations/" + FN11).then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("style"));
        assertProblem(given().accept(BIBLIOGRAPHY).queryParam("locale", "xx-XX").get("/citations/" + FN11).then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("locale"));
    }

    @Test
    void formatsAreNegotiatedAndUnsupportedOnesRefused() {
        given().get("/citations/" + FN11).then().statusCode(200).contentType(startsWith("application/json"))
                .body("title", equalTo(FN11_TITLE));
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/citations/" + FN11).then().statusCode(200)
                .contentType(startsWith("application/json"));
        given().accept(BIBTEX).queryParam("format", "json").get("/citations/" + FN11).then().statusCode(200)
                .contentType(startsWith("application/json"));
        assertProblem(given().accept("application/pdf").get("/citations/" + FN11).then(), ProblemType.NOT_ACCEPTABLE);
        assertProblem(given().queryParam("format", "docx").get("/citations/" + FN11).then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("format"));
        assertProblem(given().accept(BIBTEX).get("/citations/no-such-citation").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void mediaTypeParametersAreHonouredOrRefusedNeverIgnored() {
        String harvard = given().accept(BIBLIOGRAPHY + "; style=harvard; locale=en-GB").get("/citations/" + CHAPTER)
                .then().statusCode(200).contentType(startsWith(BIBLIOGRAPHY)).extract().asString();
        assertTrue(harvard.startsWith("Nurmakov, A. (2011)"), harvard);
        given().accept(BIBTEX + "; charset=utf-8").get("/citations/" + FN11).then().statusCode(200)
                .contentType(startsWith(BIBTEX));
        assertProblem(given().accept(BIBTEX + "; charset=iso-8859-1").get("/citations/" + FN11).then(),
                ProblemType.NOT_ACCEPTABLE).body("detail", containsString("UTF-8"));
        assertProblem(given().accept(RIS + "; version=2").get("/citations/" + FN11).then(), ProblemType.NOT_ACCEPTABLE);
        // A parameter that cannot be honoured drops only that choice; a later acceptable one is answered.
        given().accept(BIBTEX + "; charset=iso-8859-1, " + RIS + "; q=0.5").get("/citations/" + FN11).then()
                .statusCode(200).contentType(startsWith(RIS));
    }

    @Test
    void anyCslStyleOfTheStylesPackageIsOfferedAndListed() {
        for (String style : List.of("apa", "modern-language-association", "ieee", "chicago-note-bibliography")) {
            given().queryParam("q", style).queryParam("limit", 500).get("/styles").then().statusCode(200)
                    .body("items", hasItem(style));
        }
        given().queryParam("q", "vancouver").get("/styles").then().statusCode(200).body("items", hasItem("vancouver"));
        // Paged like every list (it was one answer of 10,463 ids that refused limit).
        var first = given().queryParam("limit", 2).get("/styles").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("items.size()", org.hamcrest.Matchers.equalTo(2))
                .extract();
        List<String> firstIds = first.path("items");
        List<String> secondIds = given().get(first.<String> path("next")).then().statusCode(200)
                .extract().path("items");
        List<String> all = given().queryParam("limit", 4).get("/styles").then().extract().path("items");
        assertEquals(all, java.util.stream.Stream.concat(firstIds.stream(), secondIds.stream().limit(2)).toList());
        given().get("/styles").then().body("items.size()", org.hamcrest.Matchers.equalTo(50));
        assertProblem(given().queryParam("limit", 501).get("/styles").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("limit"));
        String mla = given().accept(BIBLIOGRAPHY).queryParam("style", "modern-language-association").get("/citations/" + CHAPTER)
                .then().statusCode(200).extract().asString();
        assertTrue(mla.startsWith("Nurmakov, Adil."), mla);
        given().accept(BIBLIOGRAPHY).queryParam("style", "ieee").get("/citations/" + FN11).then().statusCode(200)
                .body(startsWith("[1] Tengri News"));
        String bareUrl = given().accept(BIBLIOGRAPHY).get("/citations/" + CHAPTER + "-fn5").then().statusCode(200)
                .extract().asString();
        assertTrue(bareUrl.startsWith("www.elbasy.net. (n.d.)"), bareUrl);
        assertProblem(given().accept(BIBLIOGRAPHY).queryParam("style", "no-such-style").get("/citations/" + FN11).then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("style"));
    }

    @Test
    void eachFormatHasItsOwnOperation() throws Exception {
        JsonNode item = JSON.readTree(given().get("/citations/" + FN11 + "/export/csl-json").then().statusCode(200)
                .contentType(startsWith(CSL_JSON)).extract().asString());
        assertEquals(FN11, item.path("id").asText());
        JsonNode list = JSON.readTree(given().queryParam("chapter", CHAPTER).get("/citations/export/csl-json").then()
                .statusCode(200).contentType(startsWith(CSL_JSON)).extract().asString());
        assertTrue(list.isArray() && list.size() > 1, list.toString());
        given().get("/citations/" + FN11 + "/export/bibtex").then().statusCode(200).contentType(startsWith(BIBTEX))
                .body(startsWith("@article{" + FN11));
        given().queryParam("style", "harvard").get("/citations/" + CHAPTER + "/export/bibliography").then()
                .statusCode(200).contentType(startsWith(BIBLIOGRAPHY)).body(startsWith("Nurmakov, A. (2011)"));
        assertProblem(given().get("/citations/" + FN11 + "/export/docx").then(), ProblemType.VALIDATION);
        assertProblem(given().get("/citations/no-such-citation/export/ris").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void everyReadSendsOneVaryHeader() {
        for (String accept : List.of(BIBTEX, RIS, CSL_JSON, BIBLIOGRAPHY, "application/json")) {
            List<String> vary = given().accept(accept).get("/citations/" + FN11).then().statusCode(200).extract()
                    .headers().getValues("Vary");
            assertEquals(1, vary.size(), accept + ": " + vary);
            assertTrue(vary.get(0).contains("Accept"), accept + ": " + vary);
        }
        List<String> vary = given().accept(BIBTEX).queryParam("chapter", CHAPTER).get("/citations").then().statusCode(200)
                .extract().headers().getValues("Vary");
        assertEquals(1, vary.size(), vary.toString());
    }

    @Test
    void formattedRepresentationsHaveEtagsAndPages() {
        String etag = given().accept(BIBTEX).get("/citations/" + FN11).then().statusCode(200).extract().header("ETag");
        assertNotNull(etag);
        given().accept(BIBTEX).header("If-None-Match", etag).get("/citations/" + FN11).then().statusCode(304);
        given().accept(RIS).header("If-None-Match", etag).get("/citations/" + FN11).then().statusCode(200);
        given().accept(BIBTEX).queryParam("chapter", CHAPTER).queryParam("limit", 10).get("/citations").then()
                .statusCode(200).header("Link", containsString("rel=\"next\""));
    }

    private static String latex(Value value) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString())).strip();
    }

    /** A small RIS reader: "TAG  - value" lines, records closed by "ER  -". */
    static List<Map<String, List<String>>> ris(String text) {
        List<Map<String, List<String>>> records = new ArrayList<>();
        Map<String, List<String>> current = new LinkedHashMap<>();
        for (String line : text.split("\r\n")) {
            if (line.isBlank()) {
                continue;
            }
            assertTrue(line.matches("^[A-Z][A-Z0-9]  - .*$"), "not a RIS line: " + line);
            String tag = line.substring(0, 2);
            if (tag.equals("ER")) {
                records.add(current);
                current = new LinkedHashMap<>();
            } else {
                current.computeIfAbsent(tag, t -> new ArrayList<>()).add(line.substring(6));
            }
        }
        assertTrue(current.isEmpty(), "every record ends with ER");
        return records;
    }
}
