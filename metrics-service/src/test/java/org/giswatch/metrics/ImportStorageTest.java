package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVPrinter;
import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.contract.metrics.Rank;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.metrics.service.ImportService;
import org.giswatch.metrics.service.ObservationCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The bulk import writes new rows with PostgreSQL's COPY: what it stores must be exactly what the single-item
 * create (Hibernate) stores, field by field, including text COPY escapes and nulls versus empty strings; mixed
 * imports count and store right; and a failure anywhere in a large file stores nothing. Test rows sit on a real
 * subject and citation (so they need the merged catalog-service and citation-service) and are deleted again.
 */
@QuarkusTest
class ImportStorageTest {

    static final String JSONL = "application/jsonl";
    /** A test indicator in a currency: no bounds, fractions allowed, so any exact decimal is a valid value. */
    static final String INDICATOR = "import-storage-amount";
    static final String UNIT = "KZT";
    static final String ASSET = "shrek-referendum-video";
    /** Everything COPY's text format escapes or CSV quotes: tab, newline, CR, backslash (also as \N and \.). */
    static final String AWKWARD = "Tab\there; line\nbreak; CRLF\r\nend; back\\slash \\N \\.; \"quoted\", commas, "
            + "Кириллица «ёлка» — 4,7 млн";
    /** Starts like a spreadsheet formula: exported with a guard apostrophe, imported back without it. */
    static final String FORMULA = "=HYPERLINK(\"http://127.0.0.1/\",\"click\")";
    /** Starts with an apostrophe but is no guard: kept as written. */
    static final String APOSTROPHE = "'tis the season";
    static final BigDecimal WIDEST_VALUE = new BigDecimal("123456789012345678.123456");
    static final String CHAPTER = "giswatch-2011-kazakhstan";
    static final String ADMIN = "test-admin";

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void indicatorInACurrency() {
        if (given().get("/indicators/" + INDICATOR).statusCode() != 200) {
            editor().contentType("application/json").body("""
                    {"id":"%s","name":"Import storage test amount","unit":"%s","category":"test"}"""
                    .formatted(INDICATOR, UNIT)).post("/indicators").then().statusCode(201);
        }
    }

    /** Each test deletes its rows; the indicator goes too, since other tests count the indicators. */
    @AfterEach
    void noTestIndicator() {
        admin().header("If-Match", etagOf("/indicators/" + INDICATOR)).delete("/indicators/" + INDICATOR).then()
                .statusCode(204);
    }

    /** A row as an API client sends it; a footnote cites the chapter's citation printed under it (fnN). */
    static Observation sent(String id, String country, String period, BigDecimal value, String valueText,
            List<Qualifier> qualifiers, Integer footnote, String passage, String note, Rank rank) {
        return new Observation(id, INDICATOR, SubjectType.CAMPAIGN_ASSET, ASSET, country, period, null, null, value,
                UNIT, valueText, qualifiers, new SourceRef(footnote == null ? CHAPTER : CHAPTER + "-fn" + footnote, footnote,
                passage), note, rank, null, null);
    }

    static Observation simple(String id, String value) {
        return sent(id, null, "2011-06", new BigDecimal(value), null, List.of(Qualifier.REPORTED), null, "test", null,
                null);
    }

    @Test
    void importedRowsReadBackExactlyAsSentAndAsTheSingleCreateStoresThem() throws Exception {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        Observation awkward = sent("copy-test-awkward", "kz", "2011-03-03/2011-05-12", WIDEST_VALUE, "",
                List.of(Qualifier.REPORTED, Qualifier.APPROXIMATE, Qualifier.REPORTED), 7, AWKWARD, FORMULA,
                Rank.PREFERRED);
        Observation sparse = sent("copy-test-sparse", null, null, new BigDecimal("20.50"), null, List.of(), null,
                null, "", null);
        Observation exponent = sent("copy-test-exponent", null, "2011", new BigDecimal("1E+3"), "1 thousand",
                List.of(), null, APOSTROPHE, null, Rank.DEPRECATED);
        List<Observation> rows = List.of(awkward, sparse, exponent);
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            admin().contentType(JSONL).body(jsonLines(rows)).post("/observations/import").then().statusCode(200)
                    .body("created", equalTo(3));
            OffsetDateTime after = OffsetDateTime.now(ZoneOffset.UTC);

            // As sent, in the stored form: period dates derived, qualifiers de-duplicated in their fixed order,
            // every digit and the scale of the value kept (no exponent), "" kept apart from null.
            assertEquals(new Observation(awkward.id(), INDICATOR, SubjectType.CAMPAIGN_ASSET, ASSET, "kz",
                    "2011-03-03/2011-05-12", LocalDate.of(2011, 3, 3), LocalDate.of(2011, 5, 12), WIDEST_VALUE, UNIT, "",
                    List.of(Qualifier.APPROXIMATE, Qualifier.REPORTED), new SourceRef(CHAPTER + "-fn7", 7, AWKWARD), FORMULA,
                    Rank.PREFERRED, null, null), withoutAudit(read(awkward.id())));
            assertEquals(sparse, withoutAudit(read(sparse.id())));
            assertEquals(new BigDecimal("1000"), read(exponent.id()).value());
            assertEquals(APOSTROPHE, read(exponent.id()).source().passage());
            given().get("/observations/" + sparse.id()).then().statusCode(200)
                    .body("containsKey('valueText')", equalTo(false)).body("note", equalTo(""))
                    .body("containsKey('period')", equalTo(false)).body("qualifiers", equalTo(List.of()));

            // Audit and version as Hibernate sets them on a new row: the token's subject, created = updated, v0.
            for (Observation row : rows) {
                Observation stored = read(row.id());
                assertEquals(ADMIN, stored.audit().createdBy());
                assertEquals(ADMIN, stored.audit().updatedBy());
                assertEquals(stored.audit().createdAt(), stored.audit().updatedAt());
                assertFalse(stored.audit().createdAt().isBefore(before.minusSeconds(1)), stored.audit().toString());
                assertFalse(stored.audit().createdAt().isAfter(after.plusSeconds(1)), stored.audit().toString());
                assertEquals("\"v0\"", etagOf("/observations/" + row.id()));
            }

            // The single-item create goes through Hibernate: it stores the same figure, field for field.
            for (Observation row : rows) {
                Observation single = withId(row, row.id() + "-single");
                editor().contentType("application/json").body(mapper.writeValueAsString(single)).post("/observations")
                        .then().statusCode(201);
                assertEquals(withoutAudit(read(row.id())), withId(withoutAudit(read(single.id())), row.id()));
                assertEquals("\"v0\"", etagOf("/observations/" + single.id()));
            }
        } finally {
            deleteIfPresent(rows.stream().flatMap(r -> List.of(r.id(), r.id() + "-single").stream()).toList());
        }
    }

    @Test
    void csvCellsWithQuotesLineBreaksAndFormulaGuardsReadBackAsWritten() throws Exception {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        Observation formula = sent("copy-test-csv-formula", "kz", "2011-02", new BigDecimal("-5.000"), "-5",
                List.of(Qualifier.DISPUTED, Qualifier.ALLEGED), 11, FORMULA, AWKWARD, Rank.NORMAL);
        Observation plain = sent("copy-test-csv-plain", null, "2011-02-28", new BigDecimal("0.000001"), APOSTROPHE,
                List.of(), null, "@mention", "+7 727", Rank.NORMAL);
        StringWriter csv = new StringWriter();
        // The export's own writer: guard apostrophes on formula-like text, RFC 4180 quoting.
        try (CSVPrinter printer = new CSVPrinter(csv, ObservationCsv.WRITE)) {
            ObservationCsv.write(printer, formula);
            ObservationCsv.write(printer, plain);
        }
        try {
            admin().contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                    .post("/observations/import").then().statusCode(200).body("created", equalTo(2));
            Observation back = withoutAudit(read(formula.id()));
            assertEquals(FORMULA, back.source().passage());
            assertEquals(AWKWARD, back.note());
            assertEquals("-5", back.valueText());
            assertEquals(new BigDecimal("-5.000"), back.value());
            assertEquals(List.of(Qualifier.ALLEGED, Qualifier.DISPUTED), back.qualifiers());
            assertEquals(LocalDate.of(2011, 2, 28), back.periodEnd());
            Observation plainBack = withoutAudit(read(plain.id()));
            assertEquals(new BigDecimal("0.000001"), plainBack.value());
            assertEquals(APOSTROPHE, plainBack.valueText());
            assertEquals("@mention", plainBack.source().passage());
            assertEquals("+7 727", plainBack.note());
            assertEquals(LocalDate.of(2011, 2, 28), plainBack.periodStart());
        } finally {
            deleteIfPresent(List.of(formula.id(), plain.id()));
        }
    }

    @Test
    void mixedImportCountsNewChangedAndUnchangedRowsAndClearsTombstones() throws Exception {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        Observation same = simple("copy-test-same", "1");
        Observation changed = simple("copy-test-changed", "2");
        Observation recreated = simple("copy-test-recreated", "3");
        Observation fresh = simple("copy-test-fresh", "4");
        try {
            admin().contentType(JSONL).body(jsonLines(List.of(same, changed, recreated))).post("/observations/import")
                    .then().statusCode(200).body("created", equalTo(3));
            Observation sameBefore = read(same.id());
            Observation recreatedBefore = withoutAudit(read(recreated.id()));
            String since = OffsetDateTime.now(ZoneOffset.UTC).toString();
            admin().header("If-Match", etagOf("/observations/" + recreated.id()))
                    .delete("/observations/" + recreated.id()).then().statusCode(204);

            Observation changedNow = simple(changed.id(), "2.5");
            admin().contentType(JSONL).body(jsonLines(List.of(same, changedNow, recreated, fresh)))
                    .post("/observations/import").then().statusCode(200)
                    .body("rows", equalTo(4)).body("created", equalTo(2)).body("updated", equalTo(1))
                    .body("unchanged", equalTo(1));

            assertEquals(sameBefore, read(same.id()));
            assertEquals("\"v0\"", etagOf("/observations/" + same.id()));
            Observation updated = read(changed.id());
            assertEquals(new BigDecimal("2.5"), updated.value());
            assertEquals("\"v1\"", etagOf("/observations/" + changed.id()));
            assertTrue(updated.audit().updatedAt().isAfter(updated.audit().createdAt()), updated.audit().toString());
            assertEquals(ADMIN, updated.audit().updatedBy());
            assertEquals(recreatedBefore, withoutAudit(read(recreated.id())));
            assertEquals("\"v0\"", etagOf("/observations/" + recreated.id()));
            assertEquals("\"v0\"", etagOf("/observations/" + fresh.id()));

            // The feed lists the latest change of each id: the re-created figure is upserted, not deleted.
            List<Map<String, Object>> changes = given().queryParam("updatedAfter", since).queryParam("limit", 500)
                    .get("/observations/changes").then().statusCode(200).extract().path("items");
            Map<Object, Object> kinds = changes.stream().collect(Collectors.toMap(c -> c.get("id"), c -> c.get("change")));
            assertEquals(Map.of(changed.id(), "upserted", recreated.id(), "upserted", fresh.id(), "upserted"), kinds);
        } finally {
            deleteIfPresent(List.of(same.id(), changed.id(), recreated.id(), fresh.id()));
        }
    }

    /** More rows than one chunk of the streamed import: the first chunk is written before the last row is read. */
    static final int LARGE = ImportService.CHUNK_ROWS + 1000;

    @Test
    void aBadRowLateInALargeFileStoresNothing() throws Exception {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        Observation existing = simple("copy-test-existing", "10");
        try {
            admin().contentType(JSONL).body(jsonLines(List.of(existing))).post("/observations/import").then()
                    .statusCode(200).body("created", equalTo(1));
            Observation existingBefore = read(existing.id());

            // Validation: the last row's value is no number. The rows of the first chunk were written before it was
            // read (ImportService.CHUNK_ROWS): the transaction takes them back.
            assertProblem(admin().contentType("text/csv; charset=UTF-8").body(largeCsv(existing, INDICATOR, "lots", "test"))
                    .post("/observations/import").then(), ProblemType.VALIDATION)
                    .body("errors.field", equalTo(List.of("rows[" + (LARGE + 2) + "].value")));
            assertNothingStored(existing, existingBefore);

            // The database: PostgreSQL refuses a NUL character in text, which only shows when COPY reaches the last
            // row, after the server has received and inserted the earlier ones.
            admin().contentType("text/csv; charset=UTF-8").body(largeCsv(existing, INDICATOR, "1", "nul \u0000 here"))
                    .post("/observations/import").then().statusCode(greaterThanOrEqualTo(400));
            assertNothingStored(existing, existingBefore);

            // A reference: the last row names no stored indicator, found when its chunk is checked.
            assertProblem(admin().contentType("text/csv; charset=UTF-8")
                    .body(largeCsv(existing, "no-such-indicator", "1", "test")).post("/observations/import").then(),
                    ProblemType.UNPROCESSABLE)
                    .body("errors.field", equalTo(List.of("rows[" + (LARGE + 2) + "].indicator")));
            assertNothingStored(existing, existingBefore);
        } finally {
            deleteIfPresent(List.of(existing.id()));
        }
    }

    @Inject
    DataSource database;

    /**
     * A re-import larger than one chunk: the stored rows of every chunk are compared with what is sent, and only the
     * changed ones are updated (version + 1, history kept); a value that differs only in its scale is a change.
     */
    @Test
    void aLargeReimportUpdatesOnlyTheChangedRowsOfEveryChunk() throws Exception {
        assumeTrue(MetricsStack.referencesServed(), MetricsStack.NEEDS_MERGE);
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            rows.add(sent("copy-test-chunks-" + i, null, "2011-06", BigDecimal.valueOf(i), null, List.of(), null,
                    "test", null, Rank.NORMAL));
        }
        int last = LARGE - 1;
        try {
            admin().contentType(JSONL).body(jsonLines(rows)).post("/observations/import").then().statusCode(200)
                    .body("created", equalTo(LARGE));
            Observation lastBefore = read(rows.get(last).id());

            List<Observation> again = new ArrayList<>(rows);
            again.set(0, sent(rows.get(0).id(), null, "2011-06", new BigDecimal("0.5"), null, List.of(), null, "test",
                    null, Rank.NORMAL));
            again.set(1, sent(rows.get(1).id(), null, "2011-06", new BigDecimal("1.0"), null, List.of(), null, "test",
                    null, Rank.NORMAL));
            again.set(last, sent(rows.get(last).id(), null, "2011-06", BigDecimal.valueOf(last), null,
                    List.of(Qualifier.ESTIMATE), null, "test", "now hedged", Rank.NORMAL));
            admin().contentType(JSONL).body(jsonLines(again)).post("/observations/import").then().statusCode(200)
                    .body("rows", equalTo(LARGE)).body("created", equalTo(0)).body("updated", equalTo(3))
                    .body("unchanged", equalTo(LARGE - 3));

            assertEquals(new BigDecimal("0.5"), read(rows.get(0).id()).value());
            given().get("/observations/" + rows.get(1).id()).then().body("value", Chapter.decimal("1.0"));
            Observation lastNow = read(rows.get(last).id());
            assertEquals(List.of(Qualifier.ESTIMATE), lastNow.qualifiers());
            assertEquals("now hedged", lastNow.note());
            assertEquals(lastBefore.audit().createdAt(), lastNow.audit().createdAt());
            assertTrue(lastNow.audit().updatedAt().isAfter(lastBefore.audit().updatedAt()));
            for (int i : List.of(0, 1, last)) {
                assertEquals("\"v1\"", etagOf("/observations/" + rows.get(i).id()), "row " + i);
            }
            assertEquals("\"v0\"", etagOf("/observations/" + rows.get(LARGE / 2).id()));
            // The history keeps the state the update replaced.
            given().get("/observations/" + rows.get(last).id() + "/versions/1").then().statusCode(200)
                    .body("qualifiers.size()", equalTo(0)).body("note", org.hamcrest.Matchers.nullValue());
        } finally {
            // Thousands of throw-away rows: removed in one statement rather than one DELETE request each.
            try (Connection conn = database.getConnection(); Statement st = conn.createStatement()) {
                st.executeUpdate("DELETE FROM observation WHERE id LIKE 'copy-test-chunks-%'");
            }
        }
    }

    /** {@link #LARGE} new rows (more than one chunk), then a change of {@code existing}, then one more new row with the given cells. */
    private static byte[] largeCsv(Observation existing, String lastIndicator, String lastValue, String lastPassage)
            throws Exception {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, ObservationCsv.WRITE)) {
            for (int i = 0; i < LARGE; i++) {
                ObservationCsv.write(printer, sent("copy-test-large-" + i, null, "2011-06", BigDecimal.valueOf(i),
                        null, List.of(), null, AWKWARD, null, Rank.NORMAL));
            }
            ObservationCsv.write(printer, simple(existing.id(), "11"));
            printer.printRecord("copy-test-large-last", lastIndicator, "campaign-asset", ASSET, null, "2011-06", null,
                    null, lastValue, null, null, null, "normal", CHAPTER, null, lastPassage, null, null);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void assertNothingStored(Observation existing, Observation existingBefore) throws Exception {
        for (String id : List.of("copy-test-large-0", "copy-test-large-" + (LARGE / 2), "copy-test-large-last")) {
            given().get("/observations/" + id).then().statusCode(404);
        }
        given().queryParam("indicator", INDICATOR).queryParam("subject", ASSET).queryParam("limit", 500)
                .get("/observations").then().statusCode(200)
                .body("items.findAll { it.id.startsWith('copy-test-large') }.size()", equalTo(0));
        assertEquals(existingBefore, read(existing.id()));
        assertEquals("\"v0\"", etagOf("/observations/" + existing.id()));
    }

    private byte[] jsonLines(List<Observation> rows) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Observation row : rows) {
            body.append(mapper.writeValueAsString(row)).append('\n');
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Observation read(String id) throws Exception {
        String json = given().get("/observations/" + id).then().statusCode(200).extract().asString();
        return mapper.readValue(json, Observation.class);
    }

    private static Observation withoutAudit(Observation o) {
        return new Observation(o.id(), o.indicator(), o.subjectType(), o.subject(), o.country(), o.period(),
                o.periodStart(), o.periodEnd(), o.value(), o.unit(), o.valueText(), o.qualifiers(), o.source(), o.note(),
                o.rank(), null, null);
    }

    private static Observation withId(Observation o, String id) {
        return new Observation(id, o.indicator(), o.subjectType(), o.subject(), o.country(), o.period(),
                o.periodStart(), o.periodEnd(), o.value(), o.unit(), o.valueText(), o.qualifiers(), o.source(), o.note(),
                o.rank(), o.citation(), o.audit());
    }

    private static void deleteIfPresent(List<String> ids) {
        List<String> present = new ArrayList<>();
        for (String id : ids) {
            if (given().get("/observations/" + id).statusCode() == 200) {
                present.add(id);
            }
        }
        ImportTest.delete(present.toArray(String[]::new));
    }
}
