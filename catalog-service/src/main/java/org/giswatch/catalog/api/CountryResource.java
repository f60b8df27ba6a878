package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.CountryEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Country;
import org.giswatch.contract.catalog.CountryApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.jboss.resteasy.reactive.RestResponse;

public class CountryResource extends RecordResource<Country, CountryEntity> implements CountryApi {

    private final Responder<Country, CountryEntity> responder;

    public CountryResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.COUNTRY, uri, request, headers);
    }

    @Override
    protected Responder<Country, CountryEntity> responder() {
        return responder;
    }

    @Override
    public RestResponse<Page<Country>> list(String q, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q), asOf, limit, cursor);
    }
}
