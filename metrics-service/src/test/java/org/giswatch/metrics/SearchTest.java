package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.testing.TestRequests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * GET /search over the three services (the packaged catalog-service and citation-service of MetricsStack, and this
 * metrics-service): every record of the Kazakhstan chapter's reference data is found by a phrase of its own text,
 * in English and, where the record holds Russian, in Russian, in another case than printed; a deleted record is no
 * longer found; paging continues across the services; bad queries are 400 naming q.
 */
@QuarkusTest
class SearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Up to three words of letters only, so the phrase's words are consecutive words of the text as PostgreSQL splits it. */
    private static final Pattern LATIN_PHRASE = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{IsLatin}{2,}(?:\\s+\\p{IsLatin}{2,}){0,2}(?![\\p{L}\\p{N}'’-])");
    private static final Pattern CYRILLIC_PHRASE = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{IsCyrillic}{2,}(?:\\s+\\p{IsCyrillic}{2,}){0,2}(?![\\p{L}\\p{N}'’-])");

    /** A record of the reference data: its hit's type and id, and the texts the search indexes for it. */
    record Expected(String type, String id, List<String> texts) {
    }

    @Test
    void everyRecordOfTheChapterIsFoundByAPhraseOfItsTextInEnglishAndRussian() throws IOException {
        Set<String> types = new TreeSet<>();
        int russian = 0;
        List<String> missed = new ArrayList<>();
        for (Expected record : referenceData()) {
            Optional<String> latin = phrase(record.texts(), LATIN_PHRASE);
            assertTrue(latin.isPresent(), record + " has no English phrase to search for");
            // Upper case: the search folds case, as a reader typing a phrase from the PDF expects.
            types.add(record.type());
            if (!found(record, "\"" + latin.get().toUpperCase(Locale.ROOT) + "\"")) {
                missed.add(record.type() + " " + record.id() + " by \"" + latin.get() + "\"");
            }
            Optional<String> cyrillic = phrase(record.texts(), CYRILLIC_PHRASE);
            if (cyrillic.isPresent()) {
                russian++;
                String phrase = cyrillic.get();
                // In the other case than printed: Cyrillic is folded too, whatever the database's locale.
                String query = phrase.equals(phrase.toLowerCase(Locale.ROOT)) ? phrase.toUpperCase(Locale.ROOT)
                        : phrase.toLowerCase(Locale.ROOT);
                if (!found(record, "\"" + query + "\"")) {
                    missed.add(record.type() + " " + record.id() + " by \"" + query + "\"");
                }
            }
        }
        assertEquals(List.of(), missed, "records the search did not find");
        assertEquals(new TreeSet<>(List.of("campaign", "campaign-asset", "chapter", "citation", "country",
                "election", "indicator", "observation", "organisation", "person", "report")), types);
        assertTrue(russian >= 5, "only " + russian + " records had Russian text to search for");
    }

    @Test
    void hitsAreTypedRankedAndLinkedToTheirRecords() {
        Response response = given().queryParam("q", "\"КНПК намерена\"").get("/search");
        response.then().statusCode(200)
                .body("items.type", hasItem("citation"))
                .body("items.type", hasItem("campaign"));
        List<Map<String, Object>> hits = response.jsonPath().getList("items");
        BigDecimal previous = null;
        for (Map<String, Object> hit : hits) {
            BigDecimal rank = new BigDecimal(hit.get("rank").toString());
            assertTrue(previous == null || previous.compareTo(rank) >= 0, "hits not in rank order: " + hits);
            previous = rank;
            String service = hit.get("service").toString();
            String path = hit.get("href").toString();
            // The link leads to the record on the service that stores it.
            ReferentialIntegrityTest.at(service, given()).get(path).then().statusCode(200)
                    .body("id", equalTo(hit.get("id")));
        }
        // A figure is found by its hedge.
        given().queryParam("q", "alleged").queryParam("limit", 500).get("/search").then().statusCode(200)
                .body("items.type", hasItem("observation"));
    }

    @Test
    void pagesContinueAcrossTheServicesWithoutGapsOrRepeats() {
        List<String> all = new ArrayList<>();
        given().queryParam("q", "kazakhstan").queryParam("limit", 500).get("/search").then().statusCode(200)
                .extract().jsonPath().getList("items", Map.class)
                .forEach(hit -> all.add(hit.get("type") + ":" + hit.get("id")));
        Set<String> services = new LinkedHashSet<>(given().queryParam("q", "kazakhstan").queryParam("limit", 500)
                .get("/search").jsonPath().getList("items.service", String.class));
        assertEquals(Set.of("catalog", "metrics", "citation"), services);
        List<String> paged = new ArrayList<>();
        String next = "/search?q=kazakhstan&limit=7";
        while (next != null) {
            Response page = given().urlEncodingEnabled(false).get(next);
            page.then().statusCode(200);
            page.jsonPath().getList("items", Map.class).forEach(hit -> paged.add(hit.get("type") + ":" + hit.get("id")));
            String url = page.jsonPath().getString("next");
            next = url == null ? null : url.substring(url.indexOf("/search"));
        }
        assertTrue(all.size() > 14, "too few hits to page: " + all.size());
        assertEquals(all, paged);
    }

    @Test
    void aDeletedRecordIsNoLongerFound() {
        String body = """
                {"id": "search-test-figure", "indicator": "internet-users", "subjectType": "country", "subject": "kz",
                 "period": "2011", "value": 1, "valueText": "one",
                 "source": {"citationId": "giswatch-2011-kazakhstan", "passage": "quetzalcoatl zyzzyva wordings"},
                 "note": "written by SearchTest"}""";
        TestRequests.editor().contentType(ContentType.JSON).body(body).post("/observations").then().statusCode(201);
        given().queryParam("q", "\"Quetzalcoatl Zyzzyva\"").get("/search").then().statusCode(200)
                .body("items.id", equalTo(List.of("search-test-figure")))
                .body("items[0].type", equalTo("observation"))
                .body("items[0].href", equalTo("/observations/search-test-figure"));
        TestRequests.admin().header("If-Match", "*").delete("/observations/search-test-figure").then().statusCode(204);
        given().queryParam("q", "\"Quetzalcoatl Zyzzyva\"").get("/search").then().statusCode(200)
                .body("items", equalTo(List.of()));
        // A catalog record, deleted on its own service, is gone from the whole search too.
        String person = """
                {"id": "search-test-person", "name": "Xylophonist Quibblewick",
                 "sources": [{"citationId": "giswatch-2011-kazakhstan", "passage": "Xylophonist Quibblewick"}]}""";
        ReferentialIntegrityTest.create("catalog", "/people", person);
        given().queryParam("q", "quibblewick").get("/search").then().statusCode(200)
                .body("items.id", equalTo(List.of("search-test-person")));
        ReferentialIntegrityTest.delete("catalog", "/people/search-test-person").then().statusCode(204);
        given().queryParam("q", "quibblewick").get("/search").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void aMalformedOrOversizedQueryIsA400NamingQ() {
        for (String q : new String[] { "", "   ", "x".repeat(201), "\"social networks", "-kazakhstan", "or", "?!",
                "a\u0001b" }) {
            assertProblem(given().queryParam("q", q).get("/search").then(), ProblemType.VALIDATION)
                    .body("errors.field", everyItem(equalTo("q")));
        }
        assertProblem(given().get("/search").then(), ProblemType.VALIDATION).body("errors.field", hasItem("q"));
        assertProblem(given().queryParam("q", "kazakhstan").queryParam("cursor", "bm9wZQ").get("/search").then(),
                ProblemType.VALIDATION).body("errors.field", hasItem("cursor"));
        // Operators, quotes and punctuation inside a query are read, never a 500.
        for (String q : new String[] { "kazakhstan -\"social networks\"", "elbasy or boycott", "'; drop table x; --",
                "a & b | !c <-> d", "95,55%", "\\ x", "(((" + "x" }) {
            given().queryParam("q", q).get("/search").then().statusCode(200);
        }
        // The part every service serves refuses the same queries.
        assertProblem(ReferentialIntegrityTest.at("citation", given()).queryParam("q", "or").get("/search/local")
                .then(), ProblemType.VALIDATION).body("errors.field", hasItem("q"));
    }

    // --- the reference data -----------------------------------------------------------------------------------

    /** True when a search for {@code q} lists the record (all pages of up to 500 hits). */
    private static boolean found(Expected record, String q) {
        String next = null;
        do {
            var request = given().queryParam("q", q).queryParam("limit", 500);
            if (next != null) {
                request = request.queryParam("cursor", next);
            }
            Response page = request.get("/search");
            page.then().statusCode(200);
            for (Map<?, ?> hit : page.jsonPath().getList("items", Map.class)) {
                if (record.type().equals(hit.get("type")) && record.id().equals(hit.get("id"))) {
                    return true;
                }
            }
            String url = page.jsonPath().getString("next");
            next = url == null ? null : url.replaceAll(".*[?&]cursor=([^&]+).*", "$1");
        } while (next != null);
        return false;
    }

    /** The longest phrase (up to three words) of the longest text that has one; a single word when none has more. */
    private static Optional<String> phrase(List<String> texts, Pattern pattern) {
        List<String> phrases = new ArrayList<>();
        for (String text : texts) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                phrases.add(matcher.group().replaceAll("\\s+", " "));
            }
        }
        return phrases.stream().filter(p -> p.contains(" ")).findFirst().or(() -> phrases.stream().findFirst());
    }

    static List<Expected> referenceData() throws IOException {
        List<Expected> records = new ArrayList<>();
        Path catalog = Path.of("..", "catalog-service", "src", "main", "resources", "reference-data");
        Map<String, String> types = Map.of("countries", "country", "people", "person", "organisations",
                "organisation", "elections", "election", "campaigns", "campaign", "campaign-assets", "campaign-asset",
                "reports", "report", "chapters", "chapter");
        for (Map.Entry<String, String> file : types.entrySet()) {
            for (JsonNode record : JSON.readTree(catalog.resolve(file.getKey() + ".json").toFile())) {
                List<String> texts = new ArrayList<>();
                strings(record, texts);
                records.add(new Expected(file.getValue(), record.get("id").asText(), longestFirst(texts)));
            }
        }
        Path metrics = Path.of("src", "main", "resources", "reference-data");
        for (JsonNode record : JSON.readTree(metrics.resolve("indicators.json").toFile())) {
            records.add(new Expected("indicator", record.get("id").asText(),
                    texts(record, "name", "description")));
        }
        for (JsonNode record : JSON.readTree(metrics.resolve("observations.json").toFile())) {
            List<String> texts = texts(record, "note", "valueText");
            texts.addAll(texts(record.path("source"), "passage"));
            records.add(new Expected("observation", record.get("id").asText(), longestFirst(texts)));
        }
        Path citation = Path.of("..", "citation-service", "src", "main", "resources", "reference-data");
        for (JsonNode record : JSON.readTree(citation.resolve("citations.json").toFile())) {
            List<String> texts = texts(record, "title", "subtitle", "translatedTitle", "author", "editor",
                    "publisher", "interviewee", "notes");
            for (JsonNode citedIn : record.path("citedIn")) {
                texts.addAll(texts(citedIn, "passage"));
            }
            records.add(new Expected("citation", record.get("id").asText(), longestFirst(texts)));
        }
        return records;
    }

    private static List<String> texts(JsonNode record, String... fields) {
        List<String> texts = new ArrayList<>();
        for (String field : fields) {
            if (record.path(field).isTextual()) {
                texts.add(record.get(field).asText());
            }
        }
        return texts;
    }

    /** Every string of a catalog record but ids and URLs (the whole record is indexed, so any of them would do). */
    private static void strings(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(element -> strings(element, texts));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                if (!name.endsWith("id") && !name.contains("url")) {
                    strings(field.getValue(), texts);
                }
            }
        }
    }

    private static List<String> longestFirst(List<String> texts) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        assertFalse(sorted.isEmpty());
        return sorted;
    }
}
