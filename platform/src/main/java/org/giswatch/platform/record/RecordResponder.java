package org.giswatch.platform.record;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.Change;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.RecordVersion;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The HTTP side of one record kind, the same for every collection of every service: ETags and If-Match, 201 +
 * Location, 204, keyset paging, asOf, versions, the change feed and bulk import.
 */
public class RecordResponder<D extends ApiRecord<D>, E extends RecordEntity<D>> {

    protected final RecordLifecycle lifecycle;
    protected final RecordKind<D, E> kind;
    protected final UriInfo uri;
    protected final Request request;
    protected final HttpHeaders headers;

    public RecordResponder(RecordLifecycle lifecycle, RecordKind<D, E> kind, UriInfo uri, Request request,
            HttpHeaders headers) {
        this.lifecycle = lifecycle;
        this.kind = kind;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    /**
     * A page of current rows from the fast read path (the caller's query, by id after the cursor's id), or of the
     * rows as they stood at {@code asOf}.
     */
    public RestResponse<Page<D>> page(String asOf, int limit, String cursor,
            Function<String, List<RecordJson.Row>> currentAfter) {
        Cursor after = Cursor.decode(cursor, 1);
        String afterId = after == null ? null : after.key(0);
        OffsetDateTime at = instant("asOf", asOf);
        if (at == null) {
            return renderedPage(currentAfter.apply(afterId), limit, row -> Cursor.encode(row.id()));
        }
        return PageResponses.page(lifecycle.records().pageAsOf(kind, at, afterId, limit + 1), limit,
                RecordEntity::toDto, e -> Cursor.encode(e.id), e -> e.id + ":" + e.version, uri, request);
    }

    /**
     * A page of rows from the fast read path, answered as the contract's page type (see {@link #rendered}), with
     * the ETag, next link and Link header of a page of entities.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public RestResponse<Page<D>> renderedPage(List<RecordJson.Row> rows, int limit,
            Function<RecordJson.Row, String> cursorOf) {
        RestResponse<Page<RawValue>> page = PageResponses.page(rows, limit, row -> new RawValue(row.text()), cursorOf,
                row -> row.id() + ":" + row.version(), uri, request);
        RestResponse.ResponseBuilder builder = RestResponse.ResponseBuilder.fromResponse((RestResponse) page);
        if (page.hasEntity()) {
            // The writer would otherwise serialise the items as the declared Page<D>; this names what they are.
            builder.entity(new GenericEntity<Page<RawValue>>(page.getEntity()) {
            });
        }
        return builder.build();
    }

    /** The current record from the fast read path ({@link RecordJson}), or the record as it stood at asOf. */
    public RestResponse<D> get(String id, String asOf) {
        OffsetDateTime at = instant("asOf", asOf);
        if (at == null) {
            return rendered(lifecycle.records().getJson(kind, id));
        }
        E entity = lifecycle.records().asOf(kind, id, at);
        return ETags.ok(request, ETags.item(entity.version), entity.toDto());
    }

    /**
     * A record's JSON as PostgreSQL built it, answered as the contract's record type (which the OpenAPI document
     * and the generated clients see): the Jackson writer writes a RawValue as it is.
     */
    @SuppressWarnings("unchecked")
    private RestResponse<D> rendered(RecordJson.Row row) {
        RestResponse<?> response = ETags.ok(request, ETags.item(row.version()), new RawValue(row.text()));
        return (RestResponse<D>) response;
    }

    public RestResponse<D> create(D body) {
        return created(lifecycle.records().create(kind, body));
    }

    public RestResponse<D> created(E entity) {
        return RestResponse.ResponseBuilder.<D> created(uri.getBaseUriBuilder().path(kind.collection()).path(entity.id)
                .build()).entity(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    public RestResponse<D> replace(String id, D body) {
        return ok(lifecycle.records().replace(kind, id, body, Preconditions.expectedVersion(headers)));
    }

    public RestResponse<D> patch(String id, JsonNode patch) {
        return ok(lifecycle.records().patch(kind, id, patch, Preconditions.expectedVersion(headers)));
    }

    public RestResponse<Void> delete(String id) {
        lifecycle.records().delete(kind, id, Preconditions.expectedVersion(headers));
        return RestResponse.noContent();
    }

    public RestResponse<D> ok(E entity) {
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    public RestResponse<Page<Change<D>>> changes(String updatedAfter, int limit, String cursor) {
        OffsetDateTime since = instant("updatedAfter", updatedAfter);
        Cursor after = Cursor.decode(cursor, 2);
        OffsetDateTime afterAt = after == null ? null : cursorInstant(after.key(0));
        Long afterSeq = after == null ? null : cursorNumber(after.key(1));
        RecordHistory history = lifecycle.history();
        List<RecordHistory.Entry> entries = history.changes(kind, since, afterAt, afterSeq, limit + 1);
        Map<Long, E> states = history.states(kind,
                entries.stream().filter(e -> !e.deleted()).map(RecordHistory.Entry::seq).toList());
        return PageResponses.page(entries, limit, e -> new Change<>(e.id(),
                e.deleted() ? Change.DELETED : Change.UPSERTED, e.recordedAt(), e.number(),
                e.deleted() ? null : states.get(e.seq()).toDto()),
                e -> Cursor.encode(e.recordedAt().toString(), String.valueOf(e.seq())),
                e -> String.valueOf(e.seq()), uri, request);
    }

    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, 1);
        List<RecordHistory.Entry> entries = lifecycle.history().versions(kind, id,
                after == null ? 0 : cursorNumber(after.key(0)), limit + 1);
        if (entries.isEmpty() && after == null) {
            throw ApiException.notFound(kind.name(), id);
        }
        return PageResponses.page(entries, limit, e -> new RecordVersion(e.number(), e.change(), e.recordedAt(),
                e.recordedBy(), versionUrl(id, e.number())), e -> Cursor.encode(String.valueOf(e.number())),
                e -> String.valueOf(e.seq()), uri, request);
    }

    /** One version's content; for a deletion, the record as it was when deleted. */
    public RestResponse<D> version(String id, long number) {
        RecordHistory history = lifecycle.history();
        E state = history.version(kind, id, number).flatMap(e -> history.state(kind, e.seq()))
                .orElseThrow(() -> new ApiException(org.giswatch.contract.problem.ProblemType.NOT_FOUND,
                        "No version " + number + " of the " + kind.name() + " '" + id + "'"));
        return ETags.ok(request, ETags.weak("version", List.of(id, String.valueOf(number))), state.toDto());
    }

    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        RecordImport.Outcome outcome = lifecycle.imports().run(kind, headers.getMediaType(), body, idempotencyKey);
        RestResponse.ResponseBuilder<ImportResult> builder = RestResponse.ResponseBuilder.ok(outcome.result());
        if (outcome.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    private String versionUrl(String id, long number) {
        return uri.getBaseUriBuilder().path(kind.collection()).path(id).path("versions").path(String.valueOf(number))
                .build().toString();
    }

    /** An ISO 8601 date-time query parameter, or null when absent. */
    public static OffsetDateTime instant(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(parameter,
                    "must be an ISO 8601 date-time with offset, such as 2011-04-03T00:00:00Z");
        }
    }

    private static OffsetDateTime cursorInstant(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw badCursor();
        }
    }

    private static long cursorNumber(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw badCursor();
        }
    }

    private static ApiException badCursor() {
        return ApiException.invalid("cursor", "is not a cursor this API issued; follow the 'next' link of a page");
    }
}
