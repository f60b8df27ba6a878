package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.metrics.service.ImportService;
import org.giswatch.platform.persistence.Actor;
import org.giswatch.platform.record.RecordImport;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImportTest {

    static final String JSONL = "application/jsonl";

    /** A test figure on a real subject and citation; not from the chapter, and deleted again by the tests. */
    static String row(String id, String value) {
        return """
                {"id":"%s","indicator":"video-views","subjectType":"campaign-asset","subject":"shrek-referendum-video","country":"kz","period":"2011-06","value":%s,"qualifiers":["reported"],"source":{"citationId":"giswatch-2011-kazakhstan","passage":"test"}}"""
                .formatted(id, value);
    }

    @Test
    void aBadRowRejectsTheWholeImportWithRowLevelErrors() {
        String body = row("import-test-good", "10") + "\n"
                + row("import-test-bad", "\"many\"") + "\n"
                + row("import-test-bad-2", "5").replace("\"period\":\"2011-06\"", "\"period\":\"2011-13\"")
                        .replace("\"subject\":\"shrek-referendum-video\",", "") + "\n";
        assertProblem(admin().contentType(JSONL).body(Chapter.jsonl(body)).post("/observations/import").then(), ProblemType.VALIDATION)
                .body("detail", equalTo("Import rejected: 3 problem(s); nothing was stored"))
                .body("errors.field", equalTo(java.util.List.of("rows[2].value", "rows[3].period", "rows[3].subject")));
        given().get("/observations/import-test-good").then().statusCode(404);
    }

    @Test
    void csvWithAnUnknownColumnOrABadCellIsRejected() {
        assertProblem(admin().contentType("text/csv").body("id,indicator,colour\r\na,b,c\r\n").post("/observations/import")
                .then(), ProblemType.VALIDATION)
                .body("errors.field", hasItems("header"));
        String csv = String.join(",", ObservationQueryTest.CSV_HEADER) + "\r\n"
                + "import-test-csv,video-views,campaign-asset,shrek-referendum-video,kz,2011,,,lots,,,,normal,giswatch-2011-kazakhstan,,,,\r\n";
        assertProblem(admin().contentType("text/csv").body(csv).post("/observations/import").then(), ProblemType.VALIDATION)
                .body("errors.field", equalTo(java.util.List.of("rows[1].value")));
    }

    @Test
    void csvCellWithANulCharacterIsA400NamingTheCell() {
        String csv = String.join(",", ObservationQueryTest.CSV_HEADER) + "\r\n"
                + "import-test-nul,video-views,campaign-asset,shrek-referendum-video,kz,2011,,,5,,,,normal,giswatch-2011-kazakhstan,,quoted\u0000passage,a note\u0000,\r\n";
        assertProblem(admin().contentType("text/csv").body(csv).post("/observations/import").then(), ProblemType.VALIDATION)
                .body("errors.field", equalTo(java.util.List.of("rows[1].source.passage", "rows[1].note")));
        given().get("/observations/import-test-nul").then().statusCode(404);
    }

    @Test
    void unknownIndicatorAndReferencesAre422NamingRowAndField() {
        String body = row("import-test-refs", "1").replace("\"video-views\"", "\"no-such-indicator\"")
                .replace("shrek-referendum-video", "no-such-video")
                .replace("\"giswatch-2011-kazakhstan\"", "\"no-such-citation\"");
        assertProblem(admin().contentType(JSONL).body(Chapter.jsonl(body)).post("/observations/import").then(), ProblemType.UNPROCESSABLE)
                .body("errors.field", hasItems("rows[1].indicator", "rows[1].subject", "rows[1].source.citationId"));
        given().get("/observations/import-test-refs").then().statusCode(404);
    }

    @Test
    void emptyImportIsRejected() {
        assertProblem(admin().contentType(JSONL).body(Chapter.jsonl("\n\n")).post("/observations/import").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItems("rows"));
    }

    // Needs the merged catalog-service and citation-service (real /subjects and /citations).
    @Test
    void goodImportStoresAllRowsAndRepeatingItChangesNothing() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        String body = row("import-test-a", "10") + "\n" + row("import-test-b", "20.00") + "\n";
        admin().contentType(JSONL).body(Chapter.jsonl(body)).post("/observations/import").then().statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(2)).body("unchanged", equalTo(0));
        String etag = etagOf("/observations/import-test-b");
        given().get("/observations/import-test-b").then().body("value", Chapter.decimal("20.00"));
        admin().contentType(JSONL).body(Chapter.jsonl(body)).post("/observations/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        assertEquals(etag, etagOf("/observations/import-test-b"));

        // Same Idempotency-Key: the first result is replayed; with another body the key is refused.
        String changed = row("import-test-a", "11") + "\n";
        admin().header("Idempotency-Key", "import-test-key").contentType(JSONL).body(Chapter.jsonl(changed))
                .post("/observations/import").then().statusCode(200).body("updated", equalTo(1));
        admin().header("Idempotency-Key", "import-test-key").contentType(JSONL).body(Chapter.jsonl(changed))
                .post("/observations/import").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("updated", equalTo(1));
        assertProblem(admin().header("Idempotency-Key", "import-test-key").contentType(JSONL).body(Chapter.jsonl(body))
                .post("/observations/import").then(), ProblemType.UNPROCESSABLE)
                .body("errors.field", hasItems("Idempotency-Key"));
        delete("import-test-a", "import-test-b");
    }

    // Needs the merged catalog-service and citation-service (real /subjects and /citations).
    @Test
    void csvRowsMarkedDeletedRemoveObservationsForAdminsOnly() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        admin().contentType(JSONL).body(Chapter.jsonl(row("import-test-csv-delete", "7") + "\n"))
                .post("/observations/import").then().statusCode(200).body("created", equalTo(1));
        String deletion = "id,_deleted\r\nimport-test-csv-delete,true\r\n";

        assertProblem(editor().contentType("text/csv").body(deletion).post("/observations/import").then(),
                ProblemType.FORBIDDEN);
        given().get("/observations/import-test-csv-delete").then().statusCode(200);
        assertProblem(admin().contentType("text/csv").body("id,value,_deleted\r\nimport-test-csv-delete,8,true\r\n")
                .post("/observations/import").then(), ProblemType.VALIDATION)
                .body("errors.field", equalTo(java.util.List.of("rows[1]")));
        given().get("/observations/import-test-csv-delete").then().statusCode(200);

        admin().contentType("text/csv").body(deletion).post("/observations/import").then().statusCode(200)
                .body("rows", equalTo(1)).body("deleted", equalTo(1));
        given().get("/observations/import-test-csv-delete").then().statusCode(410);
    }

    @Inject
    ImportService imports;

    /** The import path the reference-data loader uses (no remote checks): an exported CSV reads back identical. */
    @Test
    void exportedCsvReadsBackAsTheSameFigures() {
        byte[] csv = given().accept("text/csv").queryParam("country", "kz").get("/observations").then()
                .statusCode(200).extract().asByteArray();
        var outcome = Actor.runAs(Actor.REFERENCE_DATA, () -> imports.run(RecordImport.Format.CSV, new java.io.ByteArrayInputStream(csv), null));
        assertEquals(new ImportResult(Chapter.FIGURES, 0, 0, Chapter.FIGURES), outcome.result());
    }

    /** CSV has its own operations (the JSON paths keep answering Accept: text/csv for existing users). */
    @Test
    void csvExportOperationsAnswerTheSameRowsAsAcceptTextCsv() {
        String negotiated = given().accept("text/csv").queryParam("country", "kz").get("/observations").then()
                .statusCode(200).extract().asString();
        given().queryParam("country", "kz").get("/observations/export/csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).body(equalTo(negotiated));
        String series = given().get("/series/internet-subscribers/country/kz/export/csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertEquals(given().accept("text/csv").get("/series/internet-subscribers/country/kz").then().extract().asString(), series);
        given().get("/observations/export/xlsx").then().statusCode(400);
    }

    // Needs the merged catalog-service and citation-service.
    @Test
    void exportedCsvImportsBackUnchanged() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        String csv = given().accept("text/csv").queryParam("country", "kz").get("/observations").then()
                .statusCode(200).extract().asString();
        // Bytes, not a String: RestAssured would encode text/* as ISO-8859-1 and mangle the passages' quotes.
        admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/observations/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(Chapter.FIGURES));
    }

    // Needs the merged catalog-service and citation-service.
    @Test
    void largeResultsStreamAsCsvAcrossBatches() {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        String body = IntStream.range(0, 1200).mapToObj(i -> row("bulk-test-" + i, String.valueOf(i)))
                .collect(Collectors.joining("\n"));
        admin().contentType(JSONL).body(Chapter.jsonl(body)).post("/observations/import").then().statusCode(200)
                .body("created", equalTo(1200));
        String csv = given().queryParam("format", "csv").queryParam("subject", "shrek-referendum-video")
                .queryParam("indicator", "video-views").get("/observations").then().statusCode(200).extract().asString();
        // header + 1200 test rows + the chapter's 1,847 views
        assertEquals(1202, csv.split("\r\n").length);
        // One deletion import instead of 1,200 read-and-delete round trips (a minute of the suite).
        String deletions = IntStream.range(0, 1200).mapToObj(i -> "bulk-test-" + i + ",true")
                .collect(Collectors.joining("\r\n", "id,_deleted\r\n", "\r\n"));
        admin().contentType("text/csv").body(deletions).post("/observations/import").then().statusCode(200)
                .body("deleted", equalTo(1200));
        given().get("/observations/bulk-test-0").then().statusCode(410);
    }

    static void delete(String... ids) {
        for (String id : ids) {
            admin().header("If-Match", etagOf("/observations/" + id)).delete("/observations/" + id).then().statusCode(204);
        }
    }
}
