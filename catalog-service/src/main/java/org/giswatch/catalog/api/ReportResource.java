package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.ReportEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Report;
import org.giswatch.contract.catalog.ReportApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.jboss.resteasy.reactive.RestResponse;

public class ReportResource extends RecordResource<Report, ReportEntity> implements ReportApi {

    private final Responder<Report, ReportEntity> responder;

    public ReportResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.REPORT, uri, request, headers);
    }

    @Override
    protected Responder<Report, ReportEntity> responder() {
        return responder;
    }

    @Override
    public RestResponse<Page<Report>> list(String q, Integer year, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q).equal("year", year), asOf, limit, cursor);
    }
}
