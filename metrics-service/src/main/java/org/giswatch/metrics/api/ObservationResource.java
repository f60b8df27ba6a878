package org.giswatch.metrics.api;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.metrics.ImportResult;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.ObservationApi;
import org.giswatch.contract.metrics.ObservationChange;
import org.giswatch.contract.metrics.ObservationFilter;
import org.giswatch.metrics.domain.ObservationEntity;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.service.ImportService;
import org.giswatch.metrics.service.ObservationService;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class ObservationResource implements ObservationApi {

    private final ObservationService service;
    private final ImportService imports;
    private final ObservationResponses responses;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    public ObservationResource(ObservationService service, ImportService imports, ObservationResponses responses,
            UriInfo uri, Request request, HttpHeaders headers) {
        this.service = service;
        this.imports = imports;
        this.responses = responses;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    @Override
    public Response list(String indicator, String subjectType, String subject, String country,
            ObservationFilter filter, int limit, String cursor) {
        ObservationQuery query = responses.query(filter);
        query.indicator = indicator;
        query.subjectType = subjectType;
        query.subject = subject;
        query.country = country;
        return responses.respond(query, filter, limit, cursor, uri, request, headers);
    }

    @Override
    public Response export(String format, String indicator, String subjectType, String subject, String country,
            ObservationFilter filter, String cursor) {
        filter.format = format;
        return list(indicator, subjectType, subject, country, filter, Paging.MAX_LIMIT, cursor);
    }

    @Override
    public RestResponse<Page<ObservationChange>> changes(String updatedAfter, int limit, String cursor) {
        OffsetDateTime since = dateTime(updatedAfter, "updatedAfter");
        Cursor after = Cursor.decode(cursor, 2);
        OffsetDateTime afterAt = after == null ? null : dateTime(after.key(0), "cursor");
        List<Object[]> rows = service.changes(since, afterAt, after == null ? null : after.key(1), limit + 1);
        List<String> live = rows.stream().filter(r -> !deleted(r)).map(r -> (String) r[0]).toList();
        Map<String, Observation> current = live.isEmpty() ? Map.of()
                : ObservationEntity.<ObservationEntity> list("id in ?1", live).stream()
                        .map(ObservationEntity::toDto).collect(Collectors.toMap(Observation::id, Function.identity()));
        return PageResponses.page(rows, limit,
                r -> new ObservationChange((String) r[0], deleted(r) ? ObservationChange.DELETED : ObservationChange.UPSERTED,
                        changedAt(r), current.get((String) r[0])),
                r -> Cursor.encode(changedAt(r).toString(), (String) r[0]),
                r -> r[0] + ":" + changedAt(r) + ":" + deleted(r), uri, request);
    }

    @Override
    public Response get(String id, String expand) {
        return responses.item(id, expand != null, request);
    }

    @Override
    public RestResponse<Observation> create(Observation observation) {
        ObservationEntity entity = service.create(observation);
        return RestResponse.ResponseBuilder.<Observation> created(
                uri.getBaseUriBuilder().path("observations").path(entity.id).build())
                .entity(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<ImportResult> importObservations(String idempotencyKey, InputStream body) {
        MediaType type = headers.getMediaType();
        ImportService.Format format = type.isCompatible(MediaType.valueOf(MediaTypes.JSON_LINES))
                ? ImportService.Format.JSON_LINES
                : type.isCompatible(MediaType.valueOf(MediaTypes.TEXT_CSV)) ? ImportService.Format.CSV
                        : ImportService.Format.JSON_ARRAY;
        ImportService.Outcome outcome = imports.run(format, body, idempotencyKey, true);
        RestResponse.ResponseBuilder<ImportResult> builder = RestResponse.ResponseBuilder.ok(outcome.result());
        if (outcome.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    @Override
    public RestResponse<Observation> replace(String id, Observation observation) {
        ObservationEntity entity = service.replace(id, observation, Preconditions.expectedVersion(headers));
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Observation> patch(String id, JsonNode patch) {
        ObservationEntity entity = service.patch(id, patch, Preconditions.expectedVersion(headers));
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Void> delete(String id) {
        service.delete(id, Preconditions.expectedVersion(headers));
        return RestResponse.noContent();
    }

    private static boolean deleted(Object[] row) {
        return Boolean.TRUE.equals(row[2]);
    }

    private static OffsetDateTime changedAt(Object[] row) {
        Object at = row[1];
        if (at instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        }
        if (at instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (at instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + at.getClass());
    }

    private static OffsetDateTime dateTime(String value, String parameter) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw parameter.equals("cursor")
                    ? ApiException.invalid("cursor", "is not a cursor this API issued; follow the 'next' link of a page")
                    : ApiException.invalid(parameter, "must be an ISO 8601 date-time with offset, such as 2011-04-03T00:00:00Z");
        }
    }
}
