package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
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

public class ElectionResource extends RecordResource<Election, ElectionEntity> implements ElectionApi {

    private final Responder<Election, ElectionEntity> responder;

    public ElectionResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.ELECTION, uri, request, headers);
    }

    @Override
    protected Responder<Election, ElectionEntity> responder() {
        return responder;
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
}
