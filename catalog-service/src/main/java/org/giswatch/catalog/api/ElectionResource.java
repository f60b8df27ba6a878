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

import java.time.LocalDate;

import org.giswatch.catalog.domain.LinkEntity;
import org.giswatch.catalog.domain.Sort;

import org.giswatch.catalog.domain.ElectionEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Election;
import org.giswatch.contract.catalog.ElectionApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.giswatch.platform.http.CountryParameter;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class ElectionResource implements ElectionApi {

    private final Responder<Election, ElectionEntity> responder;

    public ElectionResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.ELECTION, uri, request, headers);
    }

    @Override
    public RestResponse<Page<Election>> list(String q, String country, String type, String candidate, Integer year,
            String from, String to, String sort, SourceFilter sources, String asOf, int limit, String cursor) {
        LocalDate fromDate = Responder.date("from", from);
        LocalDate toDate = Responder.date("to", to);
        // The chapter gives no polling day for some elections: those are selected by their year.
        RecordQuery query = RecordQuery.where().contains("search", q)
                .equal("country_id", CountryParameter.id("country", country)).equal("type", type).equal("year", year)
                .condition(LinkEntity.referringTo(CatalogKind.ELECTION, "candidacies"), candidate)
                .condition("held_on >= %s OR (held_on IS NULL AND year >= "
                        + (fromDate == null ? 0 : fromDate.getYear()) + ")", fromDate)
                .condition("held_on <= %s OR (held_on IS NULL AND year <= "
                        + (toDate == null ? 0 : toDate.getYear()) + ")", toDate);
        return responder.list(sources, query, Sort.parse(sort), asOf, limit, cursor);
    }

    @Override
    public RestResponse<Election> get(String id, String asOf) {
        return responder.get(id, asOf);
    }

    @Override
    public RestResponse<Election> create(Election body) {
        return responder.create(body);
    }

    @Override
    public RestResponse<Election> replace(String id, Election body) {
        return responder.replace(id, body);
    }

    @Override
    public RestResponse<Election> patch(String id, JsonNode patch) {
        return responder.patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder.delete(id);
    }

    @Override
    public RestResponse<Page<Change<Election>>> changes(String updatedAfter, int limit, String cursor) {
        return responder.changes(updatedAfter, limit, cursor);
    }

    @Override
    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        return responder.versions(id, limit, cursor);
    }

    @Override
    public RestResponse<Election> version(String id, long number) {
        return responder.version(id, number);
    }

    @Override
    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        return responder.importRecords(idempotencyKey, body);
    }
}
