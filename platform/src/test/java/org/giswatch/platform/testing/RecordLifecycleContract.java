package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * What the platform record lifecycle gives every collection, checked against the real service and PostgreSQL:
 * versions, asOf on items and lists, 410 Gone, the change feed with tombstones, and bulk import (JSON array, JSON
 * Lines, CSV; atomic; per-row errors; Idempotency-Key, also under concurrency; deletions need admin). Each service
 * binds it to each of its collections.
 */
public abstract class RecordLifecycleContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    protected abstract List<RecordCollection> collections();

    @TestFactory
    List<DynamicTest> everyCollectionKeepsItsHistory() {
        return collections().stream().map(c -> DynamicTest.dynamicTest(c.path(), () -> history(c))).toList();
    }

    @TestFactory
    List<DynamicTest> everyCollectionImports() {
        return collections().stream().map(c -> DynamicTest.dynamicTest(c.path(), () -> imports(c))).toList();
    }

    /** Create, patch twice, delete: each version, asOf at each instant (item and list), the feed, 410. */
    private void history(RecordCollection c) {
        String id = "lifecycle-" + c.path().substring(1);
        String item = c.item(id);
        editor().contentType(ContentType.JSON).body(c.newRecord().apply(id)).post(c.path()).then().statusCode(201);
        Map<String, Object> created = given().get(item).then().statusCode(200).extract().path("$");
        // The latest version is read from the live row, earlier ones from the copy kept when they ended.
        given().get(item + "/versions/1").then().statusCode(200).body("", equalTo(created));
        patch(c, item, "first");
        patch(c, item, "second");
        given().get(item + "/versions/3").then().statusCode(200).body(c.field(), equalTo("second"));
        given().get(item + "/versions/2").then().statusCode(200).body(c.field(), equalTo("first"));
        admin().header("If-Match", etagOf(item)).delete(item).then().statusCode(204);

        assertProblem(given().get(item).then(), ProblemType.GONE).body("detail", containsString(item + "/versions"));
        List<Map<String, Object>> versions = given().get(item + "/versions").then().statusCode(200)
                .extract().path("items");
        assertEquals(List.of("created", "updated", "updated", "deleted"),
                versions.stream().map(v -> v.get("change")).toList(), c.path());
        assertEquals("test-editor", versions.get(1).get("recordedBy"));
        assertEquals("test-admin", versions.get(3).get("recordedBy"));
        given().get(item + "/versions/1").then().statusCode(200).body("", equalTo(created));
        given().get(item + "/versions/3").then().statusCode(200).body(c.field(), equalTo("second"));
        assertProblem(given().get(item + "/versions/5").then(), ProblemType.NOT_FOUND);

        List<OffsetDateTime> at = versions.stream().map(v -> OffsetDateTime.parse((String) v.get("recordedAt"))).toList();
        OffsetDateTime before = at.get(0).minus(1, ChronoUnit.MICROS);
        assertProblem(given().queryParam("asOf", before.toString()).get(item).then(), ProblemType.NOT_FOUND);
        given().queryParam("asOf", at.get(0).toString()).get(item).then().statusCode(200).body("", equalTo(created));
        given().queryParam("asOf", at.get(1).toString()).get(item).then().statusCode(200).body(c.field(), equalTo("first"));
        given().queryParam("asOf", at.get(2).toString()).get(item).then().statusCode(200).body(c.field(), equalTo("second"));
        assertProblem(given().queryParam("asOf", at.get(3).toString()).get(item).then(), ProblemType.NOT_FOUND);

        assertNull(listed(c, before, id));
        assertEquals(created, listed(c, at.get(0), id));
        assertEquals("first", listed(c, at.get(1), id).get(c.field()));
        assertEquals("second", listed(c, at.get(2), id).get(c.field()));
        assertNull(listed(c, at.get(3), id));

        List<Map<String, Object>> changes = feed(c, before).stream().filter(e -> id.equals(e.get("id"))).toList();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("deleted", changes.get(0).get("change"));
        assertEquals(4, changes.get(0).get("version"));
        assertNull(changes.get(0).get("data"));
    }

    private void imports(RecordCollection c) throws Exception {
        String a = "import-" + c.path().substring(1) + "-a";
        String b = "import-" + c.path().substring(1) + "-b";
        String array = "[" + c.newRecord().apply(a) + "," + c.newRecord().apply(b) + "]";
        String key = "contract-" + c.path().substring(1) + "-" + System.nanoTime();

        // Atomic: one bad row stores nothing and names the row.
        String bad = "[" + c.newRecord().apply(a) + ",{\"id\":\"Not A Slug\"}]";
        assertProblem(editor().contentType(ContentType.JSON).body(bad).post(c.path() + "/import").then(),
                ProblemType.VALIDATION).body("errors.field", hasItem(containsString("rows[2]")));
        given().get(c.item(a)).then().statusCode(404);

        // Two at once with the same new key: one writes, the other is a 409 or (if it came after) a replay.
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ExtractableResponse<Response>>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return editor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(array)
                        .post(c.path() + "/import").then().extract();
            }));
        }
        start.countDown();
        int written = 0;
        for (var racer : racers) {
            var response = racer.get();
            assertTrue(response.statusCode() == 200 || response.statusCode() == 409, response.asString());
            if (response.statusCode() == 200 && response.header("Idempotent-Replayed") == null) {
                written++;
                assertEquals(2, (int) response.path("created"));
            }
        }
        assertEquals(1, written, c.path() + ": exactly one import writes");
        assertEquals(1, given().get(c.item(a) + "/versions").then().extract().<List<?>> path("items").size());
        editor().contentType(ContentType.JSON).header("Idempotency-Key", key).body(array).post(c.path() + "/import")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("created", equalTo(2));
        assertProblem(editor().contentType(ContentType.JSON).header("Idempotency-Key", key).body("[" + c.newRecord()
                .apply(a) + "]").post(c.path() + "/import").then(), ProblemType.UNPROCESSABLE);

        // JSON Lines and CSV read the same records: nothing changes.
        editor().contentType("application/jsonl")
                .body((line(c.newRecord().apply(a)) + "\n" + line(c.newRecord().apply(b)) + "\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post(c.path() + "/import").then().statusCode(200).body("unchanged", equalTo(2));
        if (c.genericCsv()) {
            editor().contentType("text/csv")
                    .body(csv(c.newRecord().apply(a), c.newRecord().apply(b)).getBytes(StandardCharsets.UTF_8))
                    .post(c.path() + "/import").then().statusCode(200).body("unchanged", equalTo(2));
        }

        // Deleting through an import needs admin.
        String deletions = "[{\"id\":\"" + a + "\",\"_deleted\":true},{\"id\":\"" + b + "\",\"_deleted\":true}]";
        assertProblem(editor().contentType(ContentType.JSON).body(deletions).post(c.path() + "/import").then(),
                ProblemType.FORBIDDEN);
        given().get(c.item(a)).then().statusCode(200);
        admin().contentType(ContentType.JSON).body(deletions).post(c.path() + "/import").then().statusCode(200)
                .body("deleted", equalTo(2));
        assertProblem(given().get(c.item(b)).then(), ProblemType.GONE);
    }

    private static void patch(RecordCollection c, String item, String value) {
        editor().contentType("application/merge-patch+json").header("If-Match", etagOf(item)).body(c.patch(value))
                .patch(item).then().statusCode(200);
    }

    /** The item {@code id} of the list as it stood at {@code at}, or null. */
    private static Map<String, Object> listed(RecordCollection c, OffsetDateTime at, String id) {
        for (Map<String, Object> record : all(given().queryParam("asOf", at.toString()).queryParam("limit", 500)
                .get(c.path()).then().statusCode(200).extract())) {
            if (id.equals(record.get("id"))) {
                return record;
            }
        }
        return null;
    }

    /** Every entry of the change feed after {@code since}. */
    public static List<Map<String, Object>> feed(RecordCollection c, OffsetDateTime since) {
        var request = given().queryParam("limit", 500);
        if (since != null) {
            request.queryParam("updatedAfter", since.toString());
        }
        return all(request.get(c.path() + "/changes").then().statusCode(200).extract());
    }

    /** The items of a page and of every page after it. */
    public static List<Map<String, Object>> all(ExtractableResponse<Response> page) {
        List<Map<String, Object>> items = new ArrayList<>(page.path("items"));
        String next = page.path("next");
        while (next != null) {
            page = given().get(next).then().statusCode(200).extract();
            items.addAll(page.path("items"));
            next = page.path("next");
        }
        return items;
    }

    /** A record as one JSON Lines line. */
    private static String line(String record) throws JsonProcessingException {
        return JSON.readTree(record).toString();
    }

    /** A CSV of records: one column per top-level property, nested values as JSON text. */
    static String csv(String... records) throws JsonProcessingException {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, Boolean> columns = new LinkedHashMap<>();
        for (String record : records) {
            Map<String, String> row = new LinkedHashMap<>();
            JSON.readTree(record).fields().forEachRemaining(f -> {
                JsonNode v = f.getValue();
                row.put(f.getKey(), v.isContainerNode() ? v.toString() : v.asText());
                columns.put(f.getKey(), true);
            });
            rows.add(row);
        }
        StringBuilder out = new StringBuilder(String.join(",", columns.keySet())).append("\r\n");
        for (Map<String, String> row : rows) {
            out.append(String.join(",", columns.keySet().stream()
                    .map(k -> "\"" + row.getOrDefault(k, "").replace("\"", "\"\"") + "\"").toList())).append("\r\n");
        }
        return out.toString();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
