package org.giswatch.metrics.api;

import java.io.InputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Change;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.metrics.Indicator;
import org.giswatch.contract.metrics.IndicatorApi;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.metrics.service.IndicatorService;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordResponder;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class IndicatorResource implements IndicatorApi {

    private final IndicatorService service;
    private final RecordResponder<Indicator, IndicatorEntity> responder;

    public IndicatorResource(IndicatorService service, RecordLifecycle lifecycle, UriInfo uri, Request request,
            HttpHeaders headers) {
        this.service = service;
        this.responder = new RecordResponder<>(lifecycle, IndicatorService.KIND, uri, request, headers);
    }

    @Override
    public RestResponse<Page<Indicator>> list(String q, String category, String asOf, int limit, String cursor) {
        if (asOf != null && (q != null || category != null)) {
            throw ApiException.invalid("asOf", "combines only with limit and cursor");
        }
        return responder.page(asOf, limit, cursor, after -> service.page(q, category, after, limit + 1));
    }

    @Override
    public RestResponse<Indicator> get(String id, String asOf) {
        return responder.get(id, asOf);
    }

    @Override
    public RestResponse<Indicator> create(Indicator indicator) {
        return responder.create(indicator);
    }

    @Override
    public RestResponse<Indicator> replace(String id, Indicator indicator) {
        return responder.replace(id, indicator);
    }

    @Override
    public RestResponse<Indicator> patch(String id, JsonNode patch) {
        return responder.patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder.delete(id);
    }

    @Override
    public RestResponse<Page<Change<Indicator>>> changes(String updatedAfter, int limit, String cursor) {
        return responder.changes(updatedAfter, limit, cursor);
    }

    @Override
    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        return responder.versions(id, limit, cursor);
    }

    @Override
    public RestResponse<Indicator> version(String id, long number) {
        return responder.version(id, number);
    }

    @Override
    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        return responder.importRecords(idempotencyKey, body);
    }
}
