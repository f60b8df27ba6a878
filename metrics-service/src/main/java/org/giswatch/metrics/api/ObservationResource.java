package org.giswatch.metrics.api;

import org.giswatch.platform.record.RecordWriteResource;
import java.io.InputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.ObservationApi;
import org.giswatch.contract.metrics.ObservationFilter;
import org.giswatch.metrics.domain.ObservationEntity;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.service.ImportService;
import org.giswatch.metrics.service.ObservationService;
import org.giswatch.platform.http.CountryParameter;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordImport;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordResponder;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class ObservationResource extends RecordWriteResource<Observation, ObservationEntity> implements ObservationApi {

    private final ObservationService service;
    private final ImportService imports;
    private final ObservationResponses responses;
    private final RecordResponder<Observation, ObservationEntity> responder;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    public ObservationResource(ObservationService service, ImportService imports, ObservationResponses responses,
            RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.service = service;
        this.imports = imports;
        this.responses = responses;
        this.responder = new RecordResponder<>(lifecycle, ObservationService.KIND, uri, request, headers);
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    @Override
    protected RecordResponder<Observation, ObservationEntity> responder() {
        return responder;
    }

    @Override
    public Response list(String indicator, String subjectType, String subject, String country,
            ObservationFilter filter, String asOf, int limit, String cursor) {
        ObservationQuery query = responses.query(filter);
        query.indicator = indicator;
        query.subjectType = subjectType;
        query.subject = subject;
        query.country = CountryParameter.id("country", country);
        if (asOf != null) {
            if (indicator != null || subjectType != null || subject != null || country != null || filter.from != null
                    || filter.to != null || filter.mrv != null || filter.qualifier != null || filter.rank != null
                    || filter.expand != null || filter.citation != null || filter.footnote != null) {
                throw ApiException.invalid("asOf", "combines only with limit and cursor (a past list is sorted by id)");
            }
            if (ObservationResponses.wantsCsv(filter, headers)) {
                // The past state in CSV too, never the JSON page's object written as text.
                ObservationResponses.refuseJsonOnly(filter, uri);
                Cursor after = Cursor.decode(cursor, 1);
                return responses.csvAsOf(RecordResponder.instant("asOf", asOf), after == null ? null : after.key(0),
                        uri, request);
            }
            return responder.page(asOf, limit, cursor, null).toResponse();
        }
        return responses.respond(query, filter, limit, cursor, uri, request, headers);
    }

    @Override
    public Response export(String format, String indicator, String subjectType, String subject, String country,
            ObservationFilter filter, String cursor) {
        filter.format = format;
        return list(indicator, subjectType, subject, country, filter, null, Paging.MAX_LIMIT, cursor);
    }

    @Override
    public Response get(String id, String expand, String asOf) {
        if (asOf != null) {
            if (expand != null) {
                throw ApiException.invalid("expand", "cannot be combined with asOf");
            }
            return responder.get(id, asOf).toResponse();
        }
        return responses.item(id, expand != null, request);
    }

    @Override
    public RestResponse<Observation> create(Observation observation) {
        return responder.created(service.create(observation));
    }

    @Override
    public RestResponse<ImportResult> importObservations(String idempotencyKey, InputStream body) {
        RecordImport.Outcome outcome = imports.run(RecordImport.Format.of(headers.getMediaType()), body,
                idempotencyKey);
        RestResponse.ResponseBuilder<ImportResult> builder = RestResponse.ResponseBuilder.ok(outcome.result());
        if (outcome.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    @Override
    public RestResponse<Observation> replace(String id, Observation observation) {
        return responder.ok(service.replace(id, observation, Preconditions.expectedVersion(headers)));
    }

    @Override
    public RestResponse<Observation> patch(String id, JsonNode patch) {
        return responder.ok(service.patch(id, patch, Preconditions.expectedVersion(headers)));
    }
}
