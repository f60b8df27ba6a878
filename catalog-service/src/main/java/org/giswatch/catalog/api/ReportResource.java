package org.giswatch.catalog.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.ReportEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.domain.CatalogQuery;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Report;
import org.giswatch.contract.catalog.ReportApi;
import org.giswatch.contract.common.Page;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class ReportResource implements ReportApi {

    private final Responder<Report, ReportEntity> responder;

    public ReportResource(CatalogService service, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, CatalogKind.REPORT, uri, request, headers);
    }

    @Override
    public RestResponse<Page<Report>> list(String q, Integer year, int limit, String cursor) {
        return responder.list(CatalogQuery.where().text(q).equal("year", year), limit, cursor);
    }

    @Override
    public RestResponse<Report> get(String id) {
        return responder.get(id);
    }

    @Override
    public RestResponse<Report> create(Report body) {
        return responder.create(body);
    }

    @Override
    public RestResponse<Report> replace(String id, Report body) {
        return responder.replace(id, body);
    }

    @Override
    public RestResponse<Report> patch(String id, JsonNode patch) {
        return responder.patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder.delete(id);
    }
}
