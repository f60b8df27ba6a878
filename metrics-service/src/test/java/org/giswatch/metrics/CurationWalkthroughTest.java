package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.anonymous;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.reader;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.testing.Chapters;
import org.giswatch.platform.testing.TestRequests;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * An editor curates a new chapter, end to end against the real citation-service and catalog-service: ingest →
 * list proposed → accept two, reject one → the accepted ones are observations with provenance → re-ingest the
 * same text (nothing changes) and an edited one (decisions kept, what is new and gone reported).
 */
@QuarkusTest
class CurationWalkthroughTest {

    static final String CHAPTER = "test-radioland-walkthrough";
    static final String MARKDOWN = "text/markdown; charset=UTF-8";
    static final String LISTENERS = "walkthrough-radioland-listeners";
    static final String RURAL_SHARE = "walkthrough-radioland-rural-share";
    static final String SUBJECT = "\"subjectType\":\"campaign-asset\",\"subject\":\"alga-youtube-channel\"";

    static ValidatableResponse ingest(String markdown) {
        return editor().contentType(MARKDOWN).queryParam("chapter", CHAPTER).body(markdown).post("/ingestions").then();
    }

    /**
     * A write that checks references, retried as the API asks (503 + Retry-After, nothing stored) until a deadline:
     * on a loaded machine a cold dependency can miss the checks' 400 ms timeout.
     */
    static ValidatableResponse retryingUnavailable(Supplier<Response> call) {
        AtomicReference<Response> last = new AtomicReference<>();
        await("a write past 503 + Retry-After").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    last.set(call.get());
                    return last.get().statusCode() != 503;
                });
        return last.get().then();
    }

    static Map<String, Object> candidate(List<Map<String, Object>> candidates, String valueText) {
        return candidates.stream().filter(c -> valueText.equals(c.get("valueText"))).findFirst().orElseThrow();
    }

    static List<Map<String, Object>> candidates(String query) {
        return given().get("/candidates?chapter=" + CHAPTER + query).then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    /**
     * A new chapter, as an editor adds one before ingesting it: in catalog-service (its footnotes' citations refer to
     * it there) and as a citation of kind chapter in citation-service.
     */
    static void createChapter(String id, String title) {
        String catalogService = ConfigProvider.getConfig().getValue("quarkus.rest-client.catalog.url", String.class);
        String citationService = ConfigProvider.getConfig().getValue("quarkus.rest-client.citation.url", String.class);
        editor().baseUri(catalogService).contentType(ContentType.JSON).body("{\"id\":\"" + id
                + "\",\"reportId\":\"giswatch-2011\",\"title\":\"" + title + "\",\"sections\":[],"
                + "\"actionSteps\":[\"Act.\"],\"sources\":[]}").post("/chapters").then().statusCode(201);
        editor().baseUri(citationService).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"kind\":\"chapter\",\"title\":\"" + title + "\"}")
                .post("/citations").then().statusCode(201);
    }

    @Test
    void ingestAcceptRejectAndReingest() {
        String citationService = ConfigProvider.getConfig().getValue("quarkus.rest-client.citation.url", String.class);
        createChapter(CHAPTER, "RADIOLAND");
        String chapter = Chapters.markdown(Chapters.RADIOLAND);

        // Writes need an editor; a chapter citation-service does not know is refused and stores nothing.
        assertProblem(anonymous().contentType(MARKDOWN).queryParam("chapter", CHAPTER).body(chapter)
                .post("/ingestions").then(), ProblemType.UNAUTHORIZED);
        assertProblem(reader().contentType(MARKDOWN).queryParam("chapter", CHAPTER).body(chapter)
                .post("/ingestions").then(), ProblemType.FORBIDDEN);
        assertProblem(editor().contentType(MARKDOWN).queryParam("chapter", "no-such-chapter").body(chapter)
                .post("/ingestions").then(), ProblemType.UNPROCESSABLE).body("errors.field", hasItem("chapter"));
        given().get("/candidates?chapter=no-such-chapter").then().statusCode(200).body("items.size()", equalTo(0));

        // 1. Ingest: four sources (three Ibid. footnotes are further uses of them), eight figures proposed.
        JsonPath first = ingest(chapter).statusCode(200).extract().jsonPath();
        assertEquals(Map.of("created", 4, "updated", 0, "unchanged", 0, "rejected", 0), first.getMap("citations"));
        assertEquals(8, first.getInt("candidates.new"));
        assertEquals(0, first.getInt("candidates.kept"));
        assertEquals(0, first.getInt("candidates.vanished"));
        given().get(citationService + "/citations/" + CHAPTER + "-fn1").then().statusCode(200)
                .body("citedIn.footnote", equalTo(List.of(1, 2)))
                .body("archivedUrl", equalTo("http://archive.test/radiocommons-launch"));
        given().get("/chapter-texts/" + CHAPTER).then().statusCode(200).header("ETag", notNullValue())
                .contentType(org.hamcrest.Matchers.startsWith("text/markdown")).body(equalTo(chapter));

        // 2. List what is proposed.
        List<Map<String, Object>> proposed = candidates("&status=proposed");
        assertEquals(8, proposed.size());
        Map<String, Object> listeners = candidate(proposed, "around 120,000");
        Map<String, Object> rural = candidate(proposed, "roughly 48%");
        Map<String, Object> age = candidate(proposed, "under 35");
        assertEquals(List.of("approximate"), listeners.get("qualifiers"));
        assertEquals(Map.of("citationId", CHAPTER + "-fn1", "footnote", 2,
                "passage", "By the end of the year, the network reached around 120,000 listeners a week."),
                listeners.get("source"));

        // 3. Accept two (one with corrections), reject one; a decided candidate cannot be decided again.
        String listenersId = (String) listeners.get("id");
        String ruralId = (String) rural.get("id");
        String ageId = (String) age.get("id");
        String acceptListeners = "{\"observationId\":\"" + LISTENERS + "\",\"indicator\":\"group-members\"," + SUBJECT
                + ",\"period\":\"2012\"}";
        assertProblem(anonymous().contentType(ContentType.JSON).body(acceptListeners)
                .post("/candidates/" + listenersId + "/acceptance").then(), ProblemType.UNAUTHORIZED);
        retryingUnavailable(() -> editor().contentType(ContentType.JSON).body(acceptListeners)
                .post("/candidates/" + listenersId + "/acceptance")).statusCode(201).header("Location", endsWith("/observations/" + LISTENERS))
                .body("status", equalTo("accepted")).body("observationId", equalTo(LISTENERS));
        retryingUnavailable(() -> editor().contentType(ContentType.JSON)
                .body("{\"observationId\":\"" + RURAL_SHARE + "\",\"indicator\":\"forum-share\"," + SUBJECT
                        + ",\"period\":\"2013-03-02\",\"qualifiers\":[\"approximate\",\"estimate\"],"
                        + "\"note\":\"Share of rural listeners, per the review.\"}")
                .post("/candidates/" + ruralId + "/acceptance")).statusCode(201);
        assertProblem(editor().contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post("/candidates/" + ageId + "/rejection").then(), ProblemType.VALIDATION);
        editor().contentType(ContentType.JSON).body("{\"reason\":\"an age threshold, not a figure\"}")
                .post("/candidates/" + ageId + "/rejection").then().statusCode(200)
                .body("status", equalTo("rejected")).body("rejectionReason", equalTo("an age threshold, not a figure"));
        assertProblem(editor().contentType(ContentType.JSON).body("{\"reason\":\"changed my mind\"}")
                .post("/candidates/" + listenersId + "/rejection").then(), ProblemType.CONFLICT);
        assertProblem(editor().contentType(ContentType.JSON).body(acceptListeners)
                .post("/candidates/" + ageId + "/acceptance").then(), ProblemType.CONFLICT);
        // An unknown subject is refused by the observation's own reference checks; the candidate stays proposed.
        // (Its unit is USD: an indicator in USD, as group-members counts and would be refused for its unit.)
        Map<String, Object> budget = candidate(proposed, "USD 1.2 million");
        editor().contentType(ContentType.JSON).body("{\"id\":\"walkthrough-budget-usd\",\"name\":\"Budget\","
                + "\"unit\":\"USD\",\"category\":\"test\"}").post("/indicators").then().statusCode(201);
        assertProblem(retryingUnavailable(() -> editor().contentType(ContentType.JSON)
                .body("{\"observationId\":\"walkthrough-budget\",\"indicator\":\"walkthrough-budget-usd\","
                        + "\"subjectType\":\"organisation\",\"subject\":\"no-such-organisation\"}")
                .post("/candidates/" + budget.get("id") + "/acceptance")), ProblemType.UNPROCESSABLE)
                .body("errors.field", hasItem("subject"));
        given().get("/candidates/" + budget.get("id")).then().body("status", equalTo("proposed"));
        given().get("/observations/walkthrough-budget").then().statusCode(404);

        // 4. The accepted ones are observations with the candidate's provenance.
        given().get("/observations/" + LISTENERS).then().statusCode(200)
                .body("value", equalTo(120000)).body("valueText", equalTo("around 120,000"))
                .body("qualifiers", equalTo(List.of("approximate"))).body("period", equalTo("2012"))
                .body("source.citationId", equalTo(CHAPTER + "-fn1")).body("source.footnote", equalTo(2))
                .body("source.passage", equalTo("By the end of the year, the network reached around 120,000 listeners a week."));
        given().get("/observations/" + RURAL_SHARE).then().statusCode(200)
                .body("qualifiers", equalTo(List.of("approximate", "estimate")))
                .body("source.citationId", equalTo(CHAPTER + "-fn5")).body("source.footnote", equalTo(6));
        assertEquals(5, candidates("&status=proposed").size());

        // 5. The same text again changes nothing.
        ingest(chapter).statusCode(200).body("textChanged", equalTo(false))
                .body("citations.unchanged", equalTo(4)).body("citations.created", equalTo(0))
                .body("candidates.new", equalTo(0)).body("candidates.kept", equalTo(8))
                .body("candidates.vanished", equalTo(0));

        // 6. An edited text: one figure changed, one sentence added. Decisions stay; new and gone are reported.
        String edited = chapter.replace("Over 2,000 volunteers", "Over 2,500 volunteers")
                .replace("The same review put", "The network added 12 stations in 2013. The same review put");
        JsonPath again = ingest(edited).statusCode(200).body("textChanged", equalTo(true)).extract().jsonPath();
        assertEquals(2, again.getInt("candidates.new"), again.prettify());
        assertEquals(7, again.getInt("candidates.kept"));
        assertEquals(1, again.getInt("candidates.vanished"));
        List<Map<String, Object>> all = candidates("");
        assertEquals(10, all.size());
        assertEquals("accepted", candidate(all, "around 120,000").get("status"));
        assertEquals(LISTENERS, candidate(all, "around 120,000").get("observationId"));
        assertEquals("accepted", candidate(all, "roughly 48%").get("status"));
        assertEquals("an age threshold, not a figure", candidate(all, "under 35").get("rejectionReason"));
        assertEquals(false, candidate(all, "Over 2,000").get("present"));
        assertEquals("proposed", candidate(all, "Over 2,500").get("status"));
        assertEquals("proposed", candidate(all, "12").get("status"));
        given().get("/candidates?chapter=" + CHAPTER + "&present=false").then()
                .body("items.valueText", equalTo(List.of("Over 2,000")));
        given().get("/candidates?chapter=" + CHAPTER + "&status=accepted").then()
                .body("items.present", everyItem(equalTo(true)));
        assertTrue(again.getList("candidates.vanishedIds").contains(candidate(all, "Over 2,000").get("id")));

        // The figures are test data: other tests query the whole observation set (by qualifier, say).
        for (String observation : List.of(LISTENERS, RURAL_SHARE)) {
            admin().header("If-Match", TestRequests.etagOf("/observations/" + observation))
                    .delete("/observations/" + observation).then().statusCode(204);
        }
        admin().header("If-Match", TestRequests.etagOf("/indicators/walkthrough-budget-usd"))
                .delete("/indicators/walkthrough-budget-usd").then().statusCode(204);
    }

    @Test
    void candidatesArePagedWithCursorsAndItemsCarryETags() {
        String chapter = "test-steppeland-paging";
        createChapter(chapter, "STEPPELAND");
        editor().contentType(MARKDOWN).queryParam("chapter", chapter).body(Chapters.markdown(Chapters.STEPPELAND))
                .post("/ingestions").then().statusCode(200).body("candidates.new", equalTo(9))
                .body("citations.created", equalTo(5));
        var page = given().queryParam("chapter", chapter).queryParam("limit", 4).get("/candidates").then()
                .statusCode(200).header("Link", endsWith("rel=\"next\"")).extract();
        List<String> ids = new java.util.ArrayList<>(page.path("items.id"));
        String next = page.path("next");
        while (next != null) {
            var more = given().get(next).then().statusCode(200).extract();
            ids.addAll(more.path("items.id"));
            next = more.path("next");
        }
        assertEquals(9, ids.size());
        assertEquals(chapter + "-c0001", ids.get(0));
        String etag = given().get("/candidates/" + ids.get(0)).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/candidates/" + ids.get(0)).then().statusCode(304);
        assertProblem(given().get("/candidates/" + chapter + "-c9999").then(), ProblemType.NOT_FOUND);
        assertProblem(given().get("/candidates?status=maybe").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("status"));
        assertProblem(given().get("/chapter-texts/no-such-chapter").then(), ProblemType.NOT_FOUND);
    }
}
