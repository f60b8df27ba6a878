package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.metrics.CurationWalkthroughTest.createChapter;
import static org.giswatch.metrics.CurationWalkthroughTest.retryingUnavailable;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.testing.Chapters;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Curation never orphans a decision (docs/api/curation.md#decisions-and-deletions), against the real citation-service
 * and catalog-service: deletes, re-ingests and acceptances in several orders, and after each no candidate is
 * accepted into a missing observation or proposed while gone from the text. Issue 26: a deleted observation left its
 * candidate accepted; a citation a candidate names could be deleted; a reworded sentence lost its decision; vanished
 * candidates were listed as proposed; an acceptance answered the candidate's ETag.
 */
@QuarkusTest
class CurationDecisionsTest {

    static final String CHAPTER = "test-radioland-decisions";
    static final String LISTENERS = "decisions-listeners";
    static final String BUDGET = "decisions-budget";
    static final String BUDGET_INDICATOR = "decisions-budget-usd";
    static final String SUBJECT = CurationWalkthroughTest.SUBJECT;
    static final String SENTENCE = "By the end of the year, the network reached around 120,000 listeners a week.";

    static ValidatableResponse ingest(String markdown) {
        return editor().contentType(CurationWalkthroughTest.MARKDOWN).queryParam("chapter", CHAPTER).body(markdown)
                .post("/ingestions").then().statusCode(200);
    }

    static ValidatableResponse accept(String candidate, String observation, String indicator) {
        String body = "{\"observationId\":\"" + observation + "\",\"indicator\":\"" + indicator + "\"," + SUBJECT + "}";
        return retryingUnavailable(() -> editor().contentType(ContentType.JSON).body(body)
                .post("/candidates/" + candidate + "/acceptance"));
    }

    static List<Map<String, Object>> candidates(String query) {
        return given().get("/candidates?chapter=" + CHAPTER + query).then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    static String idOf(String valueText) {
        return (String) CurationWalkthroughTest.candidate(candidates(""), valueText).get("id");
    }

    static void deleteObservation(String id) {
        admin().header("If-Match", etagOf("/observations/" + id)).delete("/observations/" + id).then().statusCode(204);
    }

    /** No accepted candidate names a missing observation; no candidate gone from the text is proposed. */
    static void noDanglingCandidate() {
        for (Map<String, Object> c : candidates("")) {
            if ("accepted".equals(c.get("status"))) {
                given().get("/observations/" + c.get("observationId")).then().statusCode(200);
            } else {
                assertEquals(null, c.get("observationId"), c.toString());
            }
            if (Boolean.FALSE.equals(c.get("present"))) {
                assertFalse("proposed".equals(c.get("status")), c.toString());
            }
        }
        candidates("&status=proposed").forEach(c -> assertEquals(true, c.get("present"), c.toString()));
    }

    @Test
    void deletesReingestsAndAcceptancesInAnyOrderLeaveNoCandidateDangling() {
        String citationService = ConfigProvider.getConfig().getValue("quarkus.rest-client.citation.url", String.class);
        createChapter(CHAPTER, "RADIOLAND");
        String text = Chapters.markdown(Chapters.RADIOLAND);
        ingest(text).body("candidates.new", equalTo(8));
        String listeners = idOf("around 120,000");
        String budget = idOf("USD 1.2 million");
        String volunteers = idOf("Over 2,000");

        // Accept: the ETag is the observation's, as Location is, so If-Match on that URL works.
        String etag = accept(listeners, LISTENERS, "group-members").statusCode(201).extract().header("ETag");
        assertEquals(etagOf("/observations/" + LISTENERS), etag);
        editor().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"note\":\"checked\"}")
                .patch("/observations/" + LISTENERS).then().statusCode(200);

        // Delete the accepted observation: the decision is withdrawn, the candidate is proposed again.
        deleteObservation(LISTENERS);
        given().get("/candidates/" + listeners).then().statusCode(200).body("status", equalTo("proposed"))
                .body("observationId", nullValue());
        noDanglingCandidate();
        accept(listeners, LISTENERS, "group-members").statusCode(201).body("status", equalTo("accepted"));
        noDanglingCandidate();

        // A citation a candidate names cannot be deleted under it (the budget's footnote 4 is an Ibid. of 3).
        String citation = citationService + "/citations/" + CHAPTER + "-fn3";
        assertProblem(admin().header("If-Match", etagOf(citation)).delete(citation).then(), ProblemType.CONFLICT)
                .body("referrers.items.collection", hasItem("candidates"))
                .body("referrers.items.id", hasItem(budget));
        given().get(citation).then().statusCode(200);

        // Units: USD is no count; under an indicator in USD the candidate's currency is kept.
        assertProblem(accept(budget, BUDGET, "group-members"), ProblemType.UNPROCESSABLE)
                .body("detail", containsString("USD")).body("detail", containsString("count"));
        editor().contentType(ContentType.JSON).body("{\"id\":\"" + BUDGET_INDICATOR
                + "\",\"name\":\"Budget\",\"unit\":\"usd\",\"category\":\"test\"}").post("/indicators").then()
                .statusCode(201);
        accept(budget, BUDGET, BUDGET_INDICATOR).statusCode(201);
        given().get("/observations/" + BUDGET).then().statusCode(200).body("unit", equalTo("USD"))
                .body("value", Chapter.decimal("1200000"));

        // Re-ingest with one wording change in the accepted figure's sentence: the decision carries, nothing new.
        String reworded = text.replace(SENTENCE, "By the end of that year, the network had reached around 120,000 "
                + "listeners a week.");
        ingest(reworded).body("candidates.new", equalTo(0)).body("candidates.vanished", equalTo(0));
        given().get("/candidates/" + listeners).then().body("status", equalTo("accepted")).body("present", equalTo(true))
                .body("observationId", equalTo(LISTENERS));

        // A proposed figure changed: the old one is vanished — reported apart, never proposed — and the new proposed.
        String changed = reworded.replace("Over 2,000 volunteers", "Over 3,000 volunteers");
        JsonPath again = ingest(changed).body("candidates.new", equalTo(1)).extract().jsonPath();
        assertEquals(List.of(volunteers), again.getList("candidates.vanishedIds"));
        given().get("/candidates/" + volunteers).then().body("status", equalTo("vanished")).body("present", equalTo(false));
        assertFalse(candidates("&status=proposed").stream().anyMatch(c -> volunteers.equals(c.get("id"))));
        assertEquals(List.of(volunteers), candidates("&status=vanished").stream().map(c -> c.get("id")).toList());
        assertProblem(accept(volunteers, "decisions-volunteers", "group-members"), ProblemType.CONFLICT);
        noDanglingCandidate();

        // The accepted figure's sentence goes, then its observation is deleted: the candidate is vanished, not proposed.
        ingest(changed.replace("around 120,000", "around 130,000"));
        given().get("/candidates/" + listeners).then().body("status", equalTo("accepted")).body("present", equalTo(false));
        deleteObservation(LISTENERS);
        given().get("/candidates/" + listeners).then().body("status", equalTo("vanished"))
                .body("observationId", nullValue());
        noDanglingCandidate();

        // The sentence comes back (reworded again): proposed again, and accepted again.
        ingest(changed.replace("had reached", "reached"));
        given().get("/candidates/" + listeners).then().body("status", equalTo("proposed")).body("present", equalTo(true));
        accept(listeners, LISTENERS, "group-members").statusCode(201);
        noDanglingCandidate();
        assertTrue(candidates("&status=proposed").stream().noneMatch(c -> Boolean.FALSE.equals(c.get("present"))));
        given().get("/candidates?chapter=" + CHAPTER + "&status=accepted").then()
                .body("items.id", hasItem(listeners)).body("items.id", not(hasItem(volunteers)));

        // Test data: other tests read the whole observation set.
        deleteObservation(LISTENERS);
        deleteObservation(BUDGET);
        admin().header("If-Match", etagOf("/indicators/" + BUDGET_INDICATOR)).delete("/indicators/" + BUDGET_INDICATOR)
                .then().statusCode(204);
        noDanglingCandidate();
    }
}
