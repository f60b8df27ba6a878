package org.giswatch.citation;

import static io.restassured.RestAssured.given;
import static org.giswatch.citation.KazakhstanChapter.CHAPTER;
import static org.giswatch.citation.KazakhstanChapter.REPORT;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Citations list in the order a reader of the chapter expects, and refuse filters they do not have. */
@QuarkusTest
class CitationOrderTest {

    static final Pattern RUNS = Pattern.compile("[0-9]+|[^0-9]+");
    static final List<String> FOOTNOTES = IntStream.rangeClosed(1, 11).mapToObj(n -> CHAPTER + "-fn" + n).toList();

    @Test
    void aChaptersCitationsComeInFootnoteOrderOnEveryPage() {
        given().queryParam("chapter", CHAPTER).get("/citations").then().statusCode(200)
                .body("items.id", contains(FOOTNOTES.toArray()));
        assertEquals(FOOTNOTES, allPages("/citations?chapter=" + CHAPTER + "&limit=4"));
        // Other tests may have added citations: the chapter's own come in this order among them, and all in id order
        // with numbers read as numbers.
        List<String> everything = Stream.concat(Stream.of(REPORT, CHAPTER), FOOTNOTES.stream()).toList();
        List<String> all = allPages("/citations?limit=3");
        assertEquals(everything, all.stream().filter(everything::contains).toList());
        assertEquals(all.stream().sorted(CitationOrderTest::naturally).toList(), all);
        // The formatted variants read the same rows: fn2 is listed before fn10 there too.
        String bibtex = given().accept("application/x-bibtex").queryParam("chapter", CHAPTER).get("/citations")
                .then().statusCode(200).extract().asString();
        assertEquals(true, bibtex.indexOf("fn2") < bibtex.indexOf("fn10"), bibtex);
    }

    @Test
    void numbersWiderThanOneDigitAndCreatedLaterStillSortAsNumbers() {
        String chapter = "order-test-chapter";
        createChapter(chapter);
        for (int n : List.of(100, 20, 3)) {
            admin().contentType(ContentType.JSON).body("""
                    {"id":"%s-fn%d","kind":"website","title":"Footnote %d","citedIn":[{"chapterId":"%s","footnote":%d}]}"""
                    .formatted(chapter, n, n, chapter, n)).post("/citations").then().statusCode(201);
        }
        assertEquals(List.of(chapter + "-fn3", chapter + "-fn20", chapter + "-fn100"),
                allPages("/citations?chapter=" + chapter + "&limit=1"));
        for (int n : List.of(100, 20, 3)) {
            String path = "/citations/" + chapter + "-fn" + n;
            admin().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        }
        admin().header("If-Match", etagOf("/citations/" + chapter)).delete("/citations/" + chapter).then()
                .statusCode(204);
    }

    @Test
    void citationsHaveNoCountryFilterAndSaySo() {
        assertProblem(given().queryParam("country", "kz").get("/citations").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("country"))
                .body("detail", containsString("chapter"));
        assertProblem(given().queryParam("sort", "-year").get("/citations").then(), ProblemType.VALIDATION)
                .body("errors.field", contains("sort"));
    }

    @Test
    void formatStyleAndLocaleAreParametersOfTheListAndItemWhateverTheRepresentation() {
        given().queryParam("format", "json").queryParam("chapter", CHAPTER).get("/citations").then().statusCode(200)
                .body("items.id", contains(FOOTNOTES.toArray()));
        given().queryParam("format", "json").get("/citations/" + CHAPTER + "-fn11").then().statusCode(200);
        given().queryParam("format", "bibliography").queryParam("style", "apa").queryParam("locale", "en-GB")
                .get("/citations/" + CHAPTER + "-fn11").then().statusCode(200);
    }

    /** The order a reader expects, as documented: each run of digits compares by its value, then by id. */
    static int naturally(String a, String b) {
        int byKey = key(a).compareTo(key(b));
        return byKey != 0 ? byKey : a.compareTo(b);
    }

    private static String key(String id) {
        StringBuilder key = new StringBuilder();
        Matcher run = RUNS.matcher(id);
        while (run.find()) {
            String part = run.group();
            if (Character.isDigit(part.charAt(0))) {
                String digits = new BigInteger(part).toString();
                key.append("%03d".formatted(digits.equals("0") ? 0 : digits.length())).append(digits.equals("0") ? "" : digits);
            } else {
                key.append(part);
            }
        }
        return key.toString();
    }

    private static void createChapter(String id) {
        admin().contentType(ContentType.JSON).body("""
                {"id":"%s","kind":"chapter","title":"Order test chapter"}""".formatted(id))
                .post("/citations").then().statusCode(201);
    }

    private static List<String> allPages(String first) {
        List<String> ids = new ArrayList<>();
        String next = first;
        while (next != null) {
            ExtractableResponse<Response> page = given().accept(ContentType.JSON).get(next).then().statusCode(200)
                    .extract();
            ids.addAll(page.path("items.id"));
            next = page.path("next");
        }
        return ids;
    }
}
