package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.LinkEntity;
import org.giswatch.catalog.domain.PersonEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Person;
import org.giswatch.contract.catalog.PersonApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.jboss.resteasy.reactive.RestResponse;

public class PersonResource extends RecordResource<Person, PersonEntity> implements PersonApi {

    private final Responder<Person, PersonEntity> responder;

    public PersonResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.PERSON, uri, request, headers);
    }

    @Override
    protected Responder<Person, PersonEntity> responder() {
        return responder;
    }

    @Override
    public RestResponse<Page<Person>> list(String q, String organisation, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q)
                .condition(LinkEntity.referringTo(CatalogKind.PERSON, "roles"), organisation), asOf, limit, cursor);
    }
}
