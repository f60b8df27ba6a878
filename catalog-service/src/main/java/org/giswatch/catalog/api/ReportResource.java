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

import org.giswatch.catalog.domain.ReportEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Report;
import org.giswatch.contract.catalog.ReportApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class ReportResource implements ReportApi {

    private final Responder<Report, ReportEntity> responder;

    public ReportResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.REPORT, uri, request, headers);
    }

    @Override
    public RestResponse<Page<Report>> list(String q, Integer year, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q).equal("year", year), asOf, limit, cursor);
    }

    @Override
    public RestResponse<Report> get(String id, String asOf) {
        return responder.get(id, asOf);
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

    @Override
    public RestResponse<Page<Change<Report>>> changes(String updatedAfter, int limit, String cursor) {
        return responder.changes(updatedAfter, limit, cursor);
    }

    @Override
    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        return responder.versions(id, limit, cursor);
    }

    @Override
    public RestResponse<Report> version(String id, long number) {
        return responder.version(id, number);
    }

    @Override
    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        return responder.importRecords(idempotencyKey, body);
    }
}
