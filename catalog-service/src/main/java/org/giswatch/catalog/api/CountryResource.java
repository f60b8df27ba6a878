package org.giswatch.catalog.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.CountryEntity;
import org.giswatch.catalog.service.CountryService;
import org.giswatch.contract.catalog.Country;
import org.giswatch.contract.catalog.CountryApi;
import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.giswatch.platform.http.Preconditions;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class CountryResource implements CountryApi {

    private final CountryService service;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    public CountryResource(CountryService service, UriInfo uri, Request request, HttpHeaders headers) {
        this.service = service;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    @Override
    public RestResponse<Page<Country>> list(String q, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, 1);
        return PageResponses.page(service.page(q, after == null ? null : after.key(0), limit + 1), limit,
                CountryEntity::toDto, c -> Cursor.encode(c.id), c -> c.id + ":" + c.version, uri, request);
    }

    @Override
    public RestResponse<Country> get(String id) {
        CountryEntity entity = service.get(id);
        return ETags.ok(request, ETags.item(entity.version), entity.toDto());
    }

    @Override
    public RestResponse<Country> create(Country country) {
        CountryEntity entity = service.create(country);
        return RestResponse.ResponseBuilder.<Country> created(uri.getBaseUriBuilder().path("countries").path(entity.id).build())
                .entity(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Country> replace(String id, Country country) {
        CountryEntity entity = service.replace(id, country, Preconditions.expectedVersion(headers));
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Country> patch(String id, JsonNode patch) {
        CountryEntity entity = service.patch(id, patch, Preconditions.expectedVersion(headers));
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    @Override
    public RestResponse<Void> delete(String id) {
        service.delete(id, Preconditions.expectedVersion(headers));
        return RestResponse.noContent();
    }
}
