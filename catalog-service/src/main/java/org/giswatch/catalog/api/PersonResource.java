package org.giswatch.catalog.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

import org.giswatch.catalog.domain.PersonEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.domain.CatalogQuery;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Person;
import org.giswatch.contract.catalog.PersonApi;
import org.giswatch.contract.common.Page;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class PersonResource implements PersonApi {

    private final Responder<Person, PersonEntity> responder;

    public PersonResource(CatalogService service, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, CatalogKind.PERSON, uri, request, headers);
    }

    @Override
    public RestResponse<Page<Person>> list(String q, String organisation, int limit, String cursor) {
        return responder.list(CatalogQuery.where().text(q)
                .linked(CatalogKind.PERSON, List.of("roles"), organisation), limit, cursor);
    }

    @Override
    public RestResponse<Person> get(String id) {
        return responder.get(id);
    }

    @Override
    public RestResponse<Person> create(Person body) {
        return responder.create(body);
    }

    @Override
    public RestResponse<Person> replace(String id, Person body) {
        return responder.replace(id, body);
    }

    @Override
    public RestResponse<Person> patch(String id, JsonNode patch) {
        return responder.patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder.delete(id);
    }
}
