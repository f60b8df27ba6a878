package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;

import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.record.RecordEntity;
import org.giswatch.platform.record.RecordJson;
import org.giswatch.platform.record.RecordKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/**
 * The fast read path (RecordJson: PostgreSQL builds the JSON) against the entity path it replaces (entity, API
 * record, the service's Jackson), for every stored record of every kind, against the real service and PostgreSQL:
 * the same text (byte for byte where the kind's keys keep their order; otherwise the same keys with the same value
 * texts), the same ETag, and a write visible at once. Each service binds it to its kinds.
 */
public abstract class RecordJsonContract {

    /** Text that JSON must escape, in the script of the reports' sources, with a hedge. */
    public static final String AWKWARD_TEXT = "Назарбаев \"allegedly\" won\\lost\ttab\nline ≈ 95,55% ✓";
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    RecordJson json;

    /** The service's kinds, with their collections (matched by path) for the records this contract adds. */
    protected abstract List<RecordKind<?, ?>> kinds();

    protected abstract List<RecordCollection> collections();

    /** The kinds whose lists the platform's record responder answers (observations have their own pages). */
    protected List<RecordKind<?, ?>> listedKinds() {
        return kinds();
    }

    /** Kinds whose JSON is built key by key (json_build_object) and must equal Jackson's byte for byte. */
    protected abstract boolean keepsKeyOrder(RecordKind<?, ?> kind);

    @TestFactory
    List<DynamicTest> everyRecordReadsTheSameOnBothPaths() {
        return kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.collection(), () -> compare(kind))).toList();
    }

    /** Three pages of each list: every item as the entity path writes it, and the entity path's weak ETag. */
    @TestFactory
    List<DynamicTest> listPagesReadTheSameOnBothPaths() {
        return listedKinds().stream().map(kind -> DynamicTest.dynamicTest(kind.collection(), () -> {
            Map<String, Entity> stored = entityPath(kind);
            String path = "/" + kind.collection() + "?limit=2";
            for (int page = 0; page < 3 && path != null; page++) {
                io.restassured.response.Response read = given().get(path);
                assertEquals(200, read.statusCode(), path);
                String body = new String(read.asByteArray(), StandardCharsets.UTF_8);
                JsonNode served = EXACT.readTree(body);
                List<String> ids = new ArrayList<>();
                served.get("items").forEach(item -> ids.add(item.get("id").asText()));
                List<RawValue> expected = ids.stream().map(id -> new RawValue(stored.get(id).json())).toList();
                String next = served.has("next") ? served.get("next").asText() : null;
                String expectedBody = mapper.writeValueAsString(new Page<>(expected, next));
                if (keepsKeyOrder(kind)) {
                    assertEquals(expectedBody, body, path);
                }
                assertEquals(canonical(expectedBody), canonical(body), path);
                EntityTag etag = ETags.weak(URI.create(path).getRawQuery(),
                        ids.stream().map(id -> id + ":" + stored.get(id).version()).toList());
                assertEquals("W/\"" + etag.getValue() + "\"", read.header("ETag"), path);
                path = next == null ? null : next.substring(next.indexOf("/" + kind.collection()));
            }
        })).toList();
    }

    @TestFactory
    List<DynamicTest> aWriteIsReadBackAtOnce() {
        return kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.collection(), () -> {
            RecordCollection collection = collection(kind);
            String item = awkwardRecord(kind, collection);
            String before = etagOf(item);
            String value = "changed " + System.nanoTime();
            editor().contentType("application/merge-patch+json").header("If-Match", before)
                    .body(collection.patch(value)).patch(item).then().statusCode(200);
            io.restassured.response.Response read = given().get(item);
            assertEquals(200, read.statusCode());
            assertEquals(value, read.jsonPath().getString(collection.field()));
            assertNotEquals(before, read.header("ETag"));
            assertEquals(etagOf(item), read.header("ETag"));
        })).toList();
    }

    private void compare(RecordKind<?, ?> kind) throws Exception {
        String item = awkwardRecord(kind, collection(kind));
        Map<String, Entity> stored = entityPath(kind);
        assertFalse(stored.isEmpty(), kind.collection());
        for (Map.Entry<String, Entity> entry : stored.entrySet()) {
            assertSameOnBothPaths(kind, entry.getKey(), entry.getValue());
        }
        assertServedAsStored(kind, item, stored.get(item.substring(item.lastIndexOf('/') + 1)));
    }

    /** The stored record of an id reads the same on both paths, and over HTTP with the entity path's ETag. */
    protected void assertSameOnBothPaths(RecordKind<?, ?> kind, String id) throws Exception {
        Entity expected = entityPath(kind).get(id);
        assertSameOnBothPaths(kind, id, expected);
        assertServedAsStored(kind, collection(kind).item(id), expected);
    }

    private void assertSameOnBothPaths(RecordKind<?, ?> kind, String id, Entity expected) throws Exception {
        RecordJson.Row row = QuarkusTransaction.requiringNew().call(() -> json.item(kind, id)).orElseThrow();
        if (keepsKeyOrder(kind)) {
            assertEquals(expected.json(), row.text(), kind.collection() + "/" + id);
        }
        assertEquals(canonical(expected.json()), canonical(row.text()), kind.collection() + "/" + id);
        assertEquals(expected.version(), row.version(), kind.collection() + "/" + id);
    }

    /** The HTTP side hands the row on unchanged, with the entity path's ETag. */
    private void assertServedAsStored(RecordKind<?, ?> kind, String item, Entity expected) throws Exception {
        io.restassured.response.Response read = given().get(item);
        assertEquals(200, read.statusCode());
        assertEquals(ContentType.JSON.toString(), read.contentType().split(";")[0]);
        String body = new String(read.asByteArray(), StandardCharsets.UTF_8);
        if (keepsKeyOrder(kind)) {
            assertEquals(expected.json(), body);
        }
        assertEquals(canonical(expected.json()), canonical(body));
        assertEquals("\"v" + expected.version() + "\"", read.header("ETag"));
    }

    private record Entity(String json, long version) {
    }

    /** Every stored record of the kind as the entity path writes it, by id. */
    private Map<String, Entity> entityPath(RecordKind<?, ?> kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Entity> stored = new TreeMap<>();
            for (Object row : em.createQuery("select e from " + kind.entityType().getSimpleName() + " e").getResultList()) {
                RecordEntity<?> entity = (RecordEntity<?>) row;
                stored.put(entity.id, new Entity(mapper.writeValueAsString(entity.toDto()), entity.version));
            }
            return stored;
        });
    }

    /**
     * A new record of the kind with awkward text in its text field and audit instants whose fractions the JSON must
     * shorten (none; trailing zeros), set by SQL as another writer could.
     */
    private String awkwardRecord(RecordKind<?, ?> kind, RecordCollection collection) {
        String id = "json-" + kind.collection() + "-" + Long.toString(System.nanoTime(), 36);
        editor().contentType(ContentType.JSON).body(collection.newRecord().apply(id)).post(collection.path()).then().log().ifValidationFails()
                .statusCode(201);
        editor().contentType("application/merge-patch+json").header("If-Match", etagOf(collection.item(id))).body(EXACT.createObjectNode().put(collection.field(), AWKWARD_TEXT).toString())
                .patch(collection.item(id)).then().log().ifValidationFails().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE " + kind.table()
                + " SET created_at = TIMESTAMPTZ '2011-04-03 00:00:00+00', updated_at = TIMESTAMPTZ "
                + "'2011-04-03 10:15:30.12+00' WHERE id = :id").setParameter("id", id).executeUpdate());
        return collection.item(id);
    }

    private RecordCollection collection(RecordKind<?, ?> kind) {
        return collections().stream().filter(c -> c.path().equals("/" + kind.collection())).findFirst().orElseThrow();
    }

    /** Keys sorted at every level; numbers and strings keep their exact values (1.500 stays 1.500). */
    static String canonical(String json) throws Exception {
        return sorted(EXACT.readTree(json)).toString();
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            return EXACT.createObjectNode().setAll(fields);
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(child -> items.add(sorted(child)));
            return EXACT.createArrayNode().addAll(items);
        }
        return node;
    }
}
