package org.giswatch.metrics.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Paging;
import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.metrics.ObservationFilter;
import org.giswatch.contract.metrics.SeriesApi;
import org.giswatch.metrics.domain.ObservationEntity;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.service.IndicatorService;
import org.giswatch.platform.integrity.RemoteLookup;
import org.giswatch.platform.problem.ApiException;

public class SeriesResource implements SeriesApi {

    private final IndicatorService indicators;
    private final RemoteLookup catalog;
    private final ObservationResponses responses;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    public SeriesResource(IndicatorService indicators, RemoteLookup catalog, ObservationResponses responses, UriInfo uri,
            Request request, HttpHeaders headers) {
        this.indicators = indicators;
        this.catalog = catalog;
        this.responses = responses;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    @Override
    public Response get(String indicator, String subjectType, String subject, ObservationFilter filter, int limit,
            String cursor) {
        indicators.requireExists(indicator);
        requireSubjectExists(subjectType, subject);
        ObservationQuery query = responses.query(filter);
        query.indicator = indicator;
        query.subjectType = subjectType;
        query.subject = subject;
        return responses.respond(query, filter, limit, cursor, uri, request, headers);
    }

    /**
     * 404 like an unknown indicator: a subject is known when figures here name it, else when catalog-service has it
     * (asked only then; 503 when it cannot answer, rather than an empty series for a subject that may not exist).
     */
    private void requireSubjectExists(String subjectType, String subject) {
        if (ObservationEntity.count("subjectType = ?1 and subject = ?2", subjectType, subject) > 0) {
            return;
        }
        if (catalog.find(new ReferenceTarget(subjectType, subject)).isEmpty()) {
            throw ApiException.notFound(subjectType, subject);
        }
    }

    @Override
    public Response export(String indicator, String subjectType, String subject, String format, ObservationFilter filter,
            String cursor) {
        filter.format = format;
        return get(indicator, subjectType, subject, filter, Paging.MAX_LIMIT, cursor);
    }
}
