package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.OrganisationEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Organisation;
import org.giswatch.contract.catalog.OrganisationApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.giswatch.platform.http.CountryParameter;
import org.jboss.resteasy.reactive.RestResponse;

public class OrganisationResource extends RecordResource<Organisation, OrganisationEntity> implements OrganisationApi {

    private final Responder<Organisation, OrganisationEntity> responder;

    public OrganisationResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.ORGANISATION, uri, request, headers);
    }

    @Override
    protected Responder<Organisation, OrganisationEntity> responder() {
        return responder;
    }

    @Override
    public RestResponse<Page<Organisation>> list(String q, String kind, String country, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q).equal("kind", kind)
                .equal("country_id", CountryParameter.id("country", country)), asOf, limit, cursor);
    }
}
