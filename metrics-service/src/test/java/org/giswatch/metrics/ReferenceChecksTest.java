package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.metrics.data.ReferenceDataLoader;
import org.giswatch.platform.integrity.RemoteLookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Writes check their references against the real catalog-service and citation-service. */
@QuarkusTest
class ReferenceChecksTest {

    static final String PATH = "/observations/reference-test";
    /**
     * A dead or hung dependency must cost a writer seconds, not the socket's minutes: two attempts (platform
     * RemoteAsk) and the 100 ms retry delay, with generous room for a loaded machine.
     */
    static final long FAIL_FAST_MILLIS = 5 * MetricsStack.REMOTE_ATTEMPT.toMillis();

    @Inject
    ReferenceDataLoader loader;

    @Inject
    RemoteLookup references;

    static String observation(String subject, String citationId) {
        return ImportTest.row("reference-test", "7").replace("shrek-referendum-video", subject)
                .replace("\"giswatch-2011-kazakhstan\"", "\"" + citationId + "\"");
    }

    @Test
    void unknownIndicatorIs422NamingTheField() {
        assertProblem(editor().contentType(ContentType.JSON)
                .body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan").replace("video-views", "likes"))
                .post("/observations").then(), ProblemType.UNPROCESSABLE)
                .body("errors.field", hasItem("indicator"));
    }

    @Test
    void unknownSubjectOrCitationIs422NamingTheField() {
        assertProblem(editor().contentType(ContentType.JSON).body(observation("no-such-video", "no-such-citation"))
                .post("/observations").then(), ProblemType.UNPROCESSABLE)
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("source.citationId"));
        given().get(PATH).then().statusCode(oneOf(404, 410)); // never stored, or deleted by an earlier test
    }

    @Test
    void invalidBodyIs400BeforeAnyRemoteCall() {
        assertProblem(editor().contentType(ContentType.JSON)
                .body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan").replace("2011-06", "June"))
                .post("/observations").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("period"));
        assertProblem(editor().contentType(ContentType.JSON)
                .body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan").replace("\"reported\"", "\"rumoured\""))
                .post("/observations").then(), ProblemType.VALIDATION);
    }

    // Needs the merged catalog-service and citation-service.
    @Test
    void knownReferencesAreAcceptedAndTheObservationCanBeEdited() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        editor().contentType(ContentType.JSON).body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan"))
                .post("/observations").then().statusCode(201).header("Location", endsWith(PATH))
                .body("periodStart", equalTo("2011-06-01")).body("periodEnd", equalTo("2011-06-30"));
        assertProblem(editor().contentType(ContentType.JSON)
                .body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan")).post("/observations").then(),
                ProblemType.CONFLICT);
        assertProblem(editor().contentType(ContentType.JSON).header("If-Match", etagOf(PATH))
                .body(observation("shrek-referendum-video", "no-such-citation")).put(PATH).then(),
                ProblemType.UNPROCESSABLE).body("errors.field", hasItem("source.citationId"));
        editor().contentType("application/merge-patch+json").header("If-Match", etagOf(PATH))
                .body("{\"rank\":\"deprecated\"}").patch(PATH).then().statusCode(200).body("rank", equalTo("deprecated"));
        given().queryParam("expand", "citation").get(PATH).then().statusCode(200)
                .body("citation.id", equalTo("giswatch-2011-kazakhstan"));
        ImportTest.delete("reference-test");
    }

    @Test
    void aStoppedDependencyIs503WithRetryAfterQuicklyAndNothingIsStored() {
        MetricsStack.stop("citation");
        try {
            long started = System.nanoTime();
            assertProblem(editor().contentType(ContentType.JSON)
                    .body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan")).post("/observations").then(),
                    ProblemType.DEPENDENCY_UNAVAILABLE)
                    .header("Retry-After", "1");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < FAIL_FAST_MILLIS, "503 took " + millis + " ms");
            given().get(PATH).then().statusCode(oneOf(404, 410)); // never stored, or deleted by an earlier test
            assertProblem(admin().contentType("application/jsonl")
                    .body(Chapter.jsonl(observation("shrek-referendum-video", "giswatch-2011-kazakhstan")))
                    .post("/observations/import")
                    .then(), ProblemType.DEPENDENCY_UNAVAILABLE).header("Retry-After", notNullValue());
            given().get(PATH).then().statusCode(oneOf(404, 410)); // never stored, or deleted by an earlier test

            // Reads do not need it; expand=citation degrades to the bare id with a warning.
            given().queryParam("expand", "citation").get("/observations/" + Chapter.SUBSCRIBERS_2004).then()
                    .statusCode(200)
                    .header("Warning", org.hamcrest.Matchers.containsString("citation-service unavailable"))
                    .body("citation", nullValue())
                    .body("source.citationId", equalTo(Chapter.FN1))
                    .body("value", equalTo(203000));
            given().queryParam("expand", "citation").queryParam("indicator", "signatures").get("/observations").then()
                    .statusCode(200)
                    .header("Warning", notNullValue())
                    .body("items.source.citationId", hasItem("giswatch-2011-kazakhstan-fn5"));

            // Editing what needs no check (a note) still works while citation-service is down.
            String path = "/observations/" + Chapter.SHREK_COMMENTS;
            editor().contentType("application/merge-patch+json").header("If-Match", etagOf(path))
                    .body("{\"note\":\"edited while citation-service was down\"}").patch(path).then().statusCode(200);
        } finally {
            MetricsStack.restart("citation");
            loader.load();
        }
        given().get("/observations/" + Chapter.SHREK_COMMENTS).then().body("note", nullValue());
    }

    @Test
    void aStoppedCatalogIs503Too() {
        MetricsStack.stop("catalog");
        try {
            assertProblem(editor().contentType(ContentType.JSON)
                    .body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan")).post("/observations").then(),
                    ProblemType.DEPENDENCY_UNAVAILABLE).header("Retry-After", "1");
            given().get(PATH).then().statusCode(oneOf(404, 410)); // never stored, or deleted by an earlier test
        } finally {
            MetricsStack.restart("catalog");
        }
        given().get("/observations/" + Chapter.SUBSCRIBERS_2004).then().statusCode(200);
    }

    @Test
    void aHungDependencyTimesOutTo503WithinSeconds() {
        MetricsStack.freeze("catalog", true);
        try {
            long started = System.nanoTime();
            assertProblem(editor().contentType(ContentType.JSON)
                    .body(observation("shrek-referendum-video", "giswatch-2011-kazakhstan")).post("/observations").then(),
                    ProblemType.DEPENDENCY_UNAVAILABLE).header("Retry-After", "1");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < FAIL_FAST_MILLIS, "503 took " + millis + " ms");
            given().get(PATH).then().statusCode(oneOf(404, 410)); // never stored, or deleted by an earlier test
        } finally {
            MetricsStack.freeze("catalog", false);
        }
    }

    /**
     * Tests here stop, freeze and restart the dependencies and open the circuit breakers; the application (and its
     * breakers) is shared with the next test class. So every test ends only when both dependencies run and answer
     * through the breakers again, polled with a deadline instead of sleeping out the breaker's delay.
     */
    @AfterEach
    void dependenciesAnswerAgain() {
        MetricsStack.ensureRunning();
        await("both dependencies answer through closed circuit breakers").atMost(MetricsStack.RECOVERY_TIMEOUT)
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> references.find(new ReferenceTarget("country", "kz")).isPresent()
                        && references.citation(Chapter.FN1).isPresent());
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return org.giswatch.platform.testing.TestRequests.admin();
    }
}
