package org.giswatch.metrics.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Page;
import org.giswatch.contract.metrics.Indicator;
import org.giswatch.contract.metrics.IndicatorApi;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.metrics.service.IndicatorService;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordResponder;
import org.jboss.resteasy.reactive.RestResponse;

public class IndicatorResource extends RecordResource<Indicator, IndicatorEntity> implements IndicatorApi {

    private final IndicatorService service;
    private final RecordResponder<Indicator, IndicatorEntity> responder;

    public IndicatorResource(IndicatorService service, RecordLifecycle lifecycle, UriInfo uri, Request request,
            HttpHeaders headers) {
        this.service = service;
        this.responder = new RecordResponder<>(lifecycle, IndicatorService.KIND, uri, request, headers);
    }

    @Override
    protected RecordResponder<Indicator, IndicatorEntity> responder() {
        return responder;
    }

    @Override
    public RestResponse<Page<Indicator>> list(String q, String category, String asOf, int limit, String cursor) {
        if (asOf != null && (q != null || category != null)) {
            throw ApiException.invalid("asOf", "combines only with limit and cursor");
        }
        return responder.page(asOf, limit, cursor, after -> service.page(q, category, after, limit + 1));
    }
}
