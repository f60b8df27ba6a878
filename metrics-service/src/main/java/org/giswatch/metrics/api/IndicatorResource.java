package org.giswatch.metrics.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.metrics.service.IndicatorService;
import org.giswatch.contract.metrics.Indicator;
import org.giswatch.contract.metrics.IndicatorApi;
import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.giswatch.platform.http.Preconditions;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class IndicatorResource implements IndicatorApi {

    private final IndicatorService service;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    public IndicatorResource(IndicatorService service, UriInfo uri, Request request, HttpHeaders headers) {
        this.service = service;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    @Override
    public RestResponse<Page<Indicator>> list(String q, String category, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, 1);
        return PageResponses.page(service.page(q, category, after == null ? null : after.key(0), limit + 1), limit,
                IndicatorEntity::toDto, c -> Cursor.encode(c.id), c -> c.id + ":" + c.version, uri, request);
    }

    @Override
    public RestResponse<Indicator> get(String id) {
        IndicatorEntity entity = service.get(id);
        return ETags.ok(request, ETags.item(entity.version), entity.toDto());
    }

    @Override
    public RestResponse<Indicator> create(Indicator indicator) {
        IndicatorEntity entity = service.create(indicator);
        return RestResponse.ResponseBuilder.<Indicator> created(uri.getBaseUriBuilder().path("indicators").path(entity.id).build())
                .entity(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Indicator> replace(String id, Indicator indicator) {
        IndicatorEntity entity = service.replace(id, indicator, Preconditions.expectedVersion(headers));
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Indicator> patch(String id, JsonNode patch) {
        IndicatorEntity entity = service.patch(id, patch, Preconditions.expectedVersion(headers));
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Void> delete(String id) {
        service.delete(id, Preconditions.expectedVersion(headers));
        return RestResponse.noContent();
    }
}
