package org.giswatch.metrics.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.apache.commons.csv.CSVPrinter;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.ObservationFilter;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.domain.PeriodRange;
import org.giswatch.metrics.service.ObservationCsv;
import org.giswatch.metrics.service.ObservationService;
import org.giswatch.platform.cache.ReadCache;
import org.giswatch.platform.cache.ReadCaches;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.giswatch.platform.http.RenderedJson;
import org.giswatch.platform.integrity.RemoteLookup;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordJson;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers observation queries (the list and the series) as a JSON page or as streamed CSV, and expands citations
 * on request. Reads never call another service except for expand=citation, which degrades to bare ids.
 */
@ApplicationScoped
public class ObservationResponses {

    static final String CSV_TYPE = MediaTypes.TEXT_CSV + "; charset=UTF-8; header=present";
    static final String WARNING = "Warning";
    private static final Logger LOG = Logger.getLogger(ObservationResponses.class);
    static final String CITATIONS_NOT_EXPANDED = "199 metrics-service \"citation-service unavailable: citations are "
            + "not expanded, only their ids are given\"";
    private static final int CURSOR_KEYS = 5;
    /** Rendered items kept in memory, by their JSON size: about 4,000 items. */
    private static final long ITEM_CACHE_BYTES = 2L * 1024 * 1024;
    /** Rendered pages kept in memory, by their JSON size: about 150 default pages of a series. */
    private static final long PAGE_CACHE_BYTES = 4L * 1024 * 1024;

    private final ObservationService service;
    private final RemoteLookup references;
    private final ObjectMapper mapper;
    // Polled items and JSON pages (a dashboard's series) are answered from their rendered JSON; ReadCaches keeps
    // them exact (docs/architecture.md, "Read caches").
    private final ReadCache<String, RenderedJson> items;
    private final ReadCache<String, RenderedJson> pages;

    public ObservationResponses(ObservationService service, RemoteLookup references, ObjectMapper mapper,
            ReadCaches caches) {
        this.service = service;
        this.references = references;
        this.mapper = mapper;
        this.items = caches.create("observation-items", ITEM_CACHE_BYTES, RenderedJson::size);
        this.pages = caches.create("observation-pages", PAGE_CACHE_BYTES, RenderedJson::size);
    }

    /** The query for the shared filter parameters; from/to become the first and last day they name. */
    ObservationQuery query(ObservationFilter filter) {
        ObservationQuery query = new ObservationQuery();
        query.from = day(filter.from, "from", true);
        query.to = day(filter.to, "to", false);
        if (query.from != null && query.to != null && query.to.isBefore(query.from)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        query.mrv = filter.mrv;
        query.qualifier = filter.qualifier;
        query.rank = filter.rank;
        query.citation = filter.citation;
        query.footnote = filter.footnote;
        return query;
    }

    Response respond(ObservationQuery query, ObservationFilter filter, int limit, String cursor, UriInfo uri,
            Request request, HttpHeaders headers) {
        Cursor after = Cursor.decode(cursor, CURSOR_KEYS);
        String[] afterKey = after == null ? null : after.keys().toArray(String[]::new);
        if (afterKey != null) {
            day(afterKey[3], "cursor", true);
        }
        if (wantsCsv(filter, headers)) {
            refuseJsonOnly(filter, uri);
            return csv(query, afterKey, uri, request);
        }
        if (!"citation".equals(filter.expand)) {
            // The request URI decides the page (filters, cursor, limit, and the host its links name).
            return pages.get(uri.getRequestUri().toString(), () -> RecordJson.page(
                    service.pageJson(query, afterKey, limit + 1), limit,
                    row -> Cursor.encode(row.sortKey().toArray(String[]::new)),
                    row -> versionOf(row.id(), row.updatedAt(), Expansion.NOT_EXPANDED), uri, mapper))
                    .respond(request);
        }
        List<Observation> rows = service.page(query, afterKey, limit + 1);
        Expansion expansion = expand(rows);
        RestResponse<?> page = PageResponses.page(rows, limit, expansion::apply, o -> Cursor.encode(sortKey(o)),
                o -> versionOf(o, expansion), uri, request);
        return expansion.warn(Response.fromResponse(page.toResponse())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static String missingWarning(String citationId) {
        return "199 metrics-service \"citation '" + citationId + "' does not exist in citation-service\"";
    }

    private static String versionOf(Observation o, Expansion expansion) {
        return versionOf(o.id(), o.audit().updatedAt(), expansion.tagOf(o));
    }

    /** What a page's weak ETag is made of for one row: the same for rows read as JSON and as records. */
    private static String versionOf(String id, OffsetDateTime updatedAt, String expansionTag) {
        return id + ":" + updatedAt + ":" + expansionTag;
    }

    /**
     * One observation: from its rendered JSON, or with its citation embedded (read each time), or with its bare id
     * and a warning when citation-service cannot answer.
     */
    Response item(String id, boolean expand, Request request) {
        if (!expand) {
            return items.get(id, () -> service.json(id).rendered()).respond(request);
        }
        ObservationService.Item item = service.item(id);
        Observation o = item.observation();
        Expansion expansion = expand(List.of(o));
        EntityTag etag = ETags.item(item.version(), "c" + expansion.tagOf(o));
        RestResponse.ResponseBuilder<Observation> builder = ETags.notModified(request, etag);
        if (builder == null) {
            builder = RestResponse.ResponseBuilder.ok(expansion.apply(o)).tag(etag);
        }
        if (expansion.degraded()) {
            builder.header(WARNING, CITATIONS_NOT_EXPANDED);
        }
        for (String missingId : expansion.missing()) {
            builder.header(WARNING, missingWarning(missingId));
        }
        return builder.build().toResponse();
    }

    private Response csv(ObservationQuery query, String[] afterKey, UriInfo uri, Request request) {
        EntityTag etag = ETags.weak(uri.getRequestUri().getRawQuery() + ";csv", List.of(service.fingerprint(query)));
        RestResponse.ResponseBuilder<Object> notModified = ETags.notModified(request, etag);
        if (notModified != null) {
            return notModified.build().toResponse();
        }
        return stream(afterKey, position -> service.batch(query, position, Paging.MAX_LIMIT),
                ObservationResponses::sortKey, etag);
    }

    /**
     * Streams CSV in keyset batches, each its own short read, from {@code start} on: memory stays flat however many
     * rows match.
     */
    private <K> Response stream(K start, java.util.function.Function<K, List<Observation>> batchAfter,
            java.util.function.Function<Observation, K> keyOf, EntityTag etag) {
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = new CSVPrinter(writer, ObservationCsv.WRITE);
            K position = start;
            while (true) {
                List<Observation> batch = batchAfter.apply(position);
                for (Observation o : batch) {
                    ObservationCsv.write(printer, o);
                }
                printer.flush();
                if (batch.size() < Paging.MAX_LIMIT) {
                    break;
                }
                position = keyOf.apply(batch.get(batch.size() - 1));
            }
            printer.close(true);
        };
        return Response.ok(body, CSV_TYPE).tag(etag)
                .header("Content-Disposition", "attachment; filename=\"observations.csv\"").build();
    }

    /**
     * CSV streams every matching row from the cursor on, with the columns of {@link ObservationCsv}: a page size or
     * an embedded citation cannot be honoured there, so asking for one is a 400 naming it, never silently ignored.
     */
    static void refuseJsonOnly(ObservationFilter filter, UriInfo uri) {
        if (uri.getQueryParameters().containsKey("limit")) {
            throw ApiException.invalid("limit", "applies to JSON pages only; CSV streams every matching row from "
                    + "the cursor on (leave limit out, or ask for application/json)");
        }
        if (filter.expand != null) {
            throw ApiException.invalid("expand", "applies to JSON only; CSV has the citationId column (leave expand "
                    + "out, or ask for application/json)");
        }
    }

    /**
     * The observations as they stood at {@code at}, as CSV in the order of the asOf list (by id), every row after
     * the cursor's id: the same rows as the JSON pages of {@code asOf} followed to their end.
     */
    Response csvAsOf(OffsetDateTime at, String afterId, UriInfo uri, Request request) {
        // The state at a past instant is fixed; at a future one it is today's, so the tag covers today's rows too.
        EntityTag etag = ETags.weak(uri.getRequestUri().getRawQuery() + ";csv",
                List.of(at.toString(), service.fingerprint(new ObservationQuery())));
        RestResponse.ResponseBuilder<Object> notModified = ETags.notModified(request, etag);
        if (notModified != null) {
            return notModified.build().toResponse();
        }
        return stream(afterId, position -> service.batchAsOf(at, position, Paging.MAX_LIMIT), Observation::id, etag);
    }

    static boolean wantsCsv(ObservationFilter filter, HttpHeaders headers) {
        if (filter.format != null) {
            return filter.format.equals("csv");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(MediaTypes.TEXT_CSV))) {
                return true;
            }
        }
        return false;
    }

    private Expansion expand(List<Observation> rows) {
        Map<String, Citation> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : rows.stream().map(o -> o.source().citationId()).distinct().toList()) {
            try {
                references.citation(id).ifPresentOrElse(c -> found.put(id, c), () -> missing.add(id));
            } catch (ApiException e) {
                // One failure is enough: do not make the client wait for every remaining id.
                LOG.warnf("citation-service did not answer for %s; returning the bare ids", id);
                return new Expansion(found, missing, true);
            }
        }
        return new Expansion(found, missing, false);
    }

    static String[] sortKey(Observation o) {
        LocalDate start = o.periodStart() == null ? ObservationQuery.UNDATED : o.periodStart();
        return new String[] { o.indicator(), o.subjectType().value(), o.subject(), start.toString(), o.id() };
    }

    private static LocalDate day(String value, String parameter, boolean first) {
        if (value == null) {
            return null;
        }
        try {
            return first ? PeriodRange.first(value) : PeriodRange.last(value);
        } catch (IllegalArgumentException e) {
            throw parameter.equals("cursor")
                    ? ApiException.invalid("cursor", "is not a cursor this API issued; follow the 'next' link of a page")
                    : ApiException.invalid(parameter, e.getMessage());
        }
    }

    /** The citations fetched for one response. */
    record Expansion(Map<String, Citation> citations, List<String> missing, boolean degraded) {

        static final String NOT_EXPANDED = Integer.toHexString(Objects.hashCode(null));

        Observation apply(Observation o) {
            Citation citation = citations.get(o.source().citationId());
            if (citation == null) {
                return o;
            }
            return new Observation(o.id(), o.indicator(), o.subjectType(), o.subject(), o.country(), o.period(),
                    o.periodStart(), o.periodEnd(), o.value(), o.unit(), o.valueText(), o.qualifiers(), o.source(), o.note(),
                    o.rank(), citation, o.audit());
        }

        /** What the embedded citation adds to a tag; {@link #NOT_EXPANDED} when none is embedded. */
        String tagOf(Observation o) {
            return Integer.toHexString(Objects.hashCode(citations.get(o.source().citationId())));
        }

        Response.ResponseBuilder warn(Response.ResponseBuilder builder) {
            // A citation that citation-service does not have is a dangling reference, not an outage: say which.
            missing.forEach(id -> builder.header(WARNING, missingWarning(id)));
            return degraded ? builder.header(WARNING, CITATIONS_NOT_EXPANDED) : builder;
        }
    }
}
