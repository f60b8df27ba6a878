package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Change;
import java.io.InputStream;
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

import com.fasterxml.jackson.databind.JsonNode;

public class OrganisationResource implements OrganisationApi {

    private final Responder<Organisation, OrganisationEntity> responder;

    public OrganisationResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.ORGANISATION, uri, request, headers);
    }

    @Override
    public RestResponse<Page<Organisation>> list(String q, String kind, String country, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q).equal("kind", kind)
                .equal("country_id", CountryParameter.id("country", country)), asOf, limit, cursor);
    }

    @Override
    public RestResponse<Organisation> get(String id, String asOf) {
        return responder.get(id, asOf);
    }

    @Override
    public RestResponse<Organisation> create(Organisation body) {
        return responder.create(body);
    }

    @Override
    public RestResponse<Organisation> replace(String id, Organisation body) {
        return responder.replace(id, body);
    }

    @Override
    public RestResponse<Organisation> patch(String id, JsonNode patch) {
        return responder.patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder.delete(id);
    }

    @Override
    public RestResponse<Page<Change<Organisation>>> changes(String updatedAfter, int limit, String cursor) {
        return responder.changes(updatedAfter, limit, cursor);
    }

    @Override
    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        return responder.versions(id, limit, cursor);
    }

    @Override
    public RestResponse<Organisation> version(String id, long number) {
        return responder.version(id, number);
    }

    @Override
    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        return responder.importRecords(idempotencyKey, body);
    }
}
