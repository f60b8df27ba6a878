package org.giswatch.bench.baseline;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * The leanest JVM path to the services' two measured reads (issue 30, bench/README.md): metrics-service's
 * {@code GET /observations/{id}} and {@code GET /series/{indicator}/{subjectType}/{subject}} with the same SQL the
 * service runs (RecordJson's item select and ObservationQuery's first page: PostgreSQL builds each record's JSON) and
 * the same JSON (the record as PostgreSQL sent it; a page as {"items":[…],"next":"…"} with the service's cursor), but
 * on a plain Vert.x route and the reactive PostgreSQL client: no REST layer, no filters, no JDBC, no transaction, no
 * ETag. The pool connects on the first request, so it costs the app's start nothing. LEAN_PG_URI names the database
 * (metrics' of the benchmark); LEAN_POOL_SIZE the connections (16, as the services' JDBC pool).
 */
@ApplicationScoped
public class LeanReads {

    /** ObservationEntity.JSON through RecordJson.object and RecordJson.select: keep in step with them. */
    static final String OBSERVATION_JSON = "CAST(json_strip_nulls(CAST(json_build_object('id', r.id, "
            + "'indicator', r.indicator, 'subjectType', r.subject_type, 'subject', r.subject, 'country', r.country, "
            + "'period', r.period, 'periodStart', r.period_start, 'periodEnd', r.period_end, 'value', r.value, "
            + "'valueText', r.value_text, 'qualifiers', r.qualifiers, 'source', json_build_object('citationId', "
            + "r.citation_id, 'footnote', r.footnote, 'passage', r.passage), 'note', r.note, 'rank', r.rank, "
            + "'audit', api_audit(r.created_at, r.created_by, r.updated_at, r.updated_by)) AS json)) AS text), "
            + "r.id, r.version, r.updated_at";

    static final String ITEM_SQL = "SELECT " + OBSERVATION_JSON + " FROM observation r WHERE r.id = $1";

    /** ObservationQuery's page: its filters, ORDER's keyset columns as text (the cursor), 50 rows and one more. */
    static final String SERIES_SQL = "SELECT " + OBSERVATION_JSON + ", CAST(r.indicator AS text), "
            + "CAST(r.subject_type AS text), CAST(r.subject AS text), CAST(r.period_sort AS text), CAST(r.id AS text) "
            + "FROM (SELECT * FROM observation WHERE (indicator = $1) AND (subject_type = $2) AND (subject = $3)) r "
            + "ORDER BY r.indicator, r.subject_type, r.subject, r.period_sort, r.id LIMIT 51";

    static final int PAGE = 50;

    private final Vertx vertx;
    private volatile Pool pool;

    public LeanReads(Vertx vertx) {
        this.vertx = vertx;
    }

    void routes(@Observes Router router) {
        router.get("/observations/:id").handler(this::item);
        router.get("/series/:indicator/:subjectType/:subject").handler(this::series);
    }

    private void item(RoutingContext context) {
        pool().preparedQuery(ITEM_SQL).execute(Tuple.of(context.pathParam("id")))
                .onSuccess(rows -> {
                    if (rows.size() == 0) {
                        context.response().setStatusCode(404).end();
                    } else {
                        json(context, rows.iterator().next().getString(0));
                    }
                })
                .onFailure(context::fail);
    }

    private void series(RoutingContext context) {
        pool().preparedQuery(SERIES_SQL)
                .execute(Tuple.of(context.pathParam("indicator"), context.pathParam("subjectType"),
                        context.pathParam("subject")))
                .onSuccess(rows -> json(context, page(rows, context.request().absoluteURI())))
                .onFailure(context::fail);
    }

    /** The service's first page: the rows' JSON as sent, then the next link when there is a 51st row. */
    static String page(RowSet<Row> rows, String requestUri) {
        StringBuilder body = new StringBuilder(1024 + rows.size() * 512).append("{\"items\":[");
        List<String> last = null;
        int shown = 0;
        for (Row row : rows) {
            if (shown == PAGE) {
                break;
            }
            if (shown++ > 0) {
                body.append(',');
            }
            body.append(row.getString(0));
            last = List.of(row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8));
        }
        body.append(']');
        if (rows.size() > PAGE) {
            // Cursor.encode: the sort key as a JSON array, base64url without padding.
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(new JsonArray(last).encode().getBytes(StandardCharsets.UTF_8));
            // The first page of a series has no query: its next link is the request URI with the cursor.
            body.append(",\"next\":").append(Json.encode(requestUri + "?cursor=" + cursor));
        }
        return body.append('}').toString();
    }

    private static void json(RoutingContext context, String body) {
        context.response().putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
    }

    private Pool pool() {
        Pool current = pool;
        if (current == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = PgBuilder.pool()
                            .with(new PoolOptions().setMaxSize(Integer.parseInt(env("LEAN_POOL_SIZE", "16"))))
                            .connectingTo(PgConnectOptions.fromUri(env("LEAN_PG_URI",
                                    "postgresql://postgres@localhost:54339/metrics")).setCachePreparedStatements(true))
                            .using(vertx).build();
                }
                current = pool;
            }
        }
        return current;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
