package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;

import org.giswatch.contract.common.Page;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.service.IndicatorService;
import org.giswatch.metrics.service.ObservationService;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.testing.RecordCollection;
import org.giswatch.platform.testing.RecordJsonContract;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RecordJsonTest extends RecordJsonContract {

    /** 18 integer digits and trailing zeros: the most a value may hold (@Digits), written as stored. */
    static final String WIDEST_VALUE = "123456789012345678.120000";

    @Inject
    ObservationService observations;

    @Inject
    ObjectMapper mapper;

    @Override
    protected List<RecordKind<?, ?>> kinds() {
        return List.of(IndicatorService.KIND, ObservationService.KIND);
    }

    @Override
    protected List<RecordCollection> collections() {
        return RecordLifecycleTest.COLLECTIONS;
    }

    /** Observations have their own pages (ObservationResponses), compared in pagesReadTheSameOnBothPaths. */
    @Override
    protected List<RecordKind<?, ?>> listedKinds() {
        return List.of(IndicatorService.KIND);
    }

    /** Indicators and observations are built key by key: byte for byte what Jackson writes. */
    @Override
    protected boolean keepsKeyOrder(RecordKind<?, ?> kind) {
        return true;
    }

    @Test
    void theWidestValueAndAHedgeReadTheSameOnBothPaths() throws Exception {
        String id = "json-widest-value";
        // A currency: no default bounds and fractions allowed; declared bounds read the same on both paths too.
        String indicator = "json-widest-amount";
        editor().contentType(ContentType.JSON).body("{\"id\":\"" + indicator + "\",\"name\":\"Widest\",\"unit\":\"eur\","
                + "\"category\":\"test\",\"minValue\":-1.50,\"maxValue\":" + WIDEST_VALUE + "}").post("/indicators")
                .then().statusCode(201);
        assertSameOnBothPaths(IndicatorService.KIND, indicator);
        editor().contentType(ContentType.JSON).body(ImportTest.row(id, WIDEST_VALUE).replace("video-views", indicator)
                .replace("\"subjectType\":\"campaign-asset\",\"subject\":\"shrek-referendum-video\"",
                        "\"subjectType\":\"organisation\",\"subject\":\"tabigat\"")
                .replace("[\"reported\"]", "[\"estimate\",\"approximate\"]")
                .replace("\"period\":\"2011-06\",", "").replace("\"country\":\"kz\",", ""))
                .post("/observations").then().statusCode(201);
        assertSameOnBothPaths(ObservationService.KIND, id);
        assertEquals(WIDEST_VALUE, new String(given().get("/observations/" + id).asByteArray(), StandardCharsets.UTF_8)
                .replaceAll(".*\"value\":([0-9.]+),.*", "$1"));
        // Test data: other tests count the indicators.
        admin().header("If-Match", etagOf("/observations/" + id)).delete("/observations/" + id).then().statusCode(204);
        admin().header("If-Match", etagOf("/indicators/" + indicator)).delete("/indicators/" + indicator).then()
                .statusCode(204);
    }

    /** Pages of the list and of a series, followed to their next page: the entity path's bytes and ETag. */
    @Test
    void pagesReadTheSameOnBothPaths() throws Exception {
        assertPageAsBefore("/observations?limit=7", q -> { });
        assertPageAsBefore("/observations?indicator=internet-subscribers&limit=3", q -> q.indicator = "internet-subscribers");
        assertPageAsBefore("/observations?mrv=1&limit=4", q -> q.mrv = 1);
        assertPageAsBefore("/observations?qualifier=approximate&limit=2", q -> q.qualifier = "approximate");
    }

    private void assertPageAsBefore(String first, Consumer<ObservationQuery> filters) throws Exception {
        String path = first;
        String[] after = null;
        for (int page = 0; page < 2; page++) {
            int limit = Integer.parseInt(path.replaceAll(".*limit=([0-9]+).*", "$1"));
            ObservationQuery query = new ObservationQuery();
            filters.accept(query);
            String[] position = after;
            List<Observation> rows = QuarkusTransaction.requiringNew()
                    .call(() -> observations.page(query, position, limit + 1));
            List<Observation> shown = rows.subList(0, Math.min(limit, rows.size()));

            io.restassured.response.Response read = given().get(path);
            assertEquals(200, read.statusCode(), path);
            String next = read.jsonPath().getString("next");
            assertEquals(mapper.writeValueAsString(new Page<>(shown, next)),
                    new String(read.asByteArray(), StandardCharsets.UTF_8), path);
            EntityTag etag = ETags.weak(URI.create(path).getRawQuery(),
                    shown.stream().map(o -> o.id() + ":" + o.audit().updatedAt() + ":0").toList());
            assertEquals("W/\"" + etag.getValue() + "\"", read.header("ETag"), path);
            if (rows.size() <= limit) {
                assertNull(next, path);
                return;
            }
            after = sortKey(shown.get(shown.size() - 1));
            assertEquals(Cursor.encode(after), next.replaceAll(".*cursor=([^&]+).*", "$1"), path);
            path = next.substring(next.indexOf("/observations"));
        }
    }

    private static String[] sortKey(Observation o) {
        LocalDate start = o.periodStart() == null ? ObservationQuery.UNDATED : o.periodStart();
        return new String[] { o.indicator(), o.subjectType().value(), o.subject(), start.toString(), o.id() };
    }
}
