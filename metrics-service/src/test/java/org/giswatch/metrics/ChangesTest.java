package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.giswatch.contract.problem.ProblemType;
import org.giswatch.metrics.data.ReferenceDataLoader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChangesTest {

    @Inject
    ReferenceDataLoader loader;

    @Test
    void withoutUpdatedAfterTheFeedStartsFromTheBeginning() {
        given().queryParam("limit", 500).get("/observations/changes").then().statusCode(200)
                .body("items.id", hasItems(Chapter.SUBSCRIBERS_2004, Chapter.ELBASY_SIGNATURES))
                .body("items.find { it.id == 'kz-internet-subscribers-2004' }.change", equalTo("upserted"))
                .body("items.find { it.id == 'kz-internet-subscribers-2004' }.data.value", equalTo(203000));
    }

    @Test
    void deletionsAppearAsTombstonesAndReloadingRestoresTheFigure() {
        String path = "/observations/" + Chapter.VOTE_SHARE_2005;
        String since = latestChange();

        assertProblem(admin().delete(path).then(), ProblemType.PRECONDITION_REQUIRED);
        assertProblem(admin().header("If-Match", "\"v999\"").delete(path).then(), ProblemType.PRECONDITION_FAILED);
        admin().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(410);

        List<Map<String, Object>> changes = given().queryParam("updatedAfter", since).get("/observations/changes")
                .then().statusCode(200).extract().path("items");
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(Chapter.VOTE_SHARE_2005, changes.get(0).get("id"));
        assertEquals("deleted", changes.get(0).get("change"));
        assertNull(changes.get(0).get("data"));

        // The reviewed files bring it back: the feed now says upserted, with the figure.
        assertEquals(1, loader.load().created());
        given().queryParam("updatedAfter", since).get("/observations/changes").then().statusCode(200)
                .body("items.id", equalTo(List.of(Chapter.VOTE_SHARE_2005)))
                .body("items[0].change", equalTo("upserted"))
                .body("items[0].data.value", equalTo(91))
                .body("items[0].data.qualifiers", equalTo(List.of("alleged")));
    }

    @Test
    void changesPageWithCursors() {
        var first = given().queryParam("limit", 5).get("/observations/changes").then().statusCode(200).extract();
        String next = first.path("next");
        given().get(next).then().statusCode(200).body("items.size()", equalTo(5));
    }

    @Test
    void invalidUpdatedAfterIs400NamingTheParameter() {
        assertProblem(given().queryParam("updatedAfter", "yesterday").get("/observations/changes").then(),
                ProblemType.VALIDATION).body("errors.field", hasItems("updatedAfter"));
    }

    /** The time of the most recent change, as a sync client would have stored it. */
    private static String latestChange() {
        var page = given().queryParam("limit", 500).get("/observations/changes").then().extract();
        while (page.path("next") != null) {
            page = given().get(page.<String> path("next")).then().extract();
        }
        List<String> times = page.path("items.changedAt");
        return times.get(times.size() - 1);
    }
}
