package org.giswatch.metrics.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Paging;
import org.giswatch.contract.metrics.ObservationFilter;
import org.giswatch.contract.metrics.SeriesApi;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.service.IndicatorService;

public class SeriesResource implements SeriesApi {

    private final IndicatorService indicators;
    private final ObservationResponses responses;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    public SeriesResource(IndicatorService indicators, ObservationResponses responses, UriInfo uri, Request request,
            HttpHeaders headers) {
        this.indicators = indicators;
        this.responses = responses;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    @Override
    public Response get(String indicator, String subjectType, String subject, ObservationFilter filter, int limit,
            String cursor) {
        indicators.requireExists(indicator);
        ObservationQuery query = responses.query(filter);
        query.indicator = indicator;
        query.subjectType = subjectType;
        query.subject = subject;
        return responses.respond(query, filter, limit, cursor, uri, request, headers);
    }

    @Override
    public Response export(String indicator, String subjectType, String subject, String format, ObservationFilter filter,
            String cursor) {
        filter.format = format;
        return get(indicator, subjectType, subject, filter, Paging.MAX_LIMIT, cursor);
    }
}
