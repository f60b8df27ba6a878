package org.giswatch.catalog.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.CatalogEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.domain.CatalogQuery;
import org.giswatch.catalog.domain.Sort;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** The HTTP side of one catalog kind, the same for all: paging, ETags, 201 + Location, If-Match. */
final class Responder<D extends CatalogRecord<D>, E extends CatalogEntity<D>> {

    private final CatalogService service;
    private final CatalogKind<D, E> kind;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    Responder(CatalogService service, CatalogKind<D, E> kind, UriInfo uri, Request request, HttpHeaders headers) {
        this.service = service;
        this.kind = kind;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    RestResponse<Page<D>> list(CatalogQuery query, int limit, String cursor) {
        return list(query, Sort.BY_ID, null, limit, cursor);
    }

    /** @param sortKey the value of the sort attribute of a row, for the cursor (null when sorting by id) */
    RestResponse<Page<D>> list(CatalogQuery query, Sort sort, Function<E, Object> sortKey, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, sort.cursorSize());
        if (after != null && sort.attribute() != null && !after.key(0).matches("-?[0-9]{1,9}")) {
            throw ApiException.invalid("cursor", "is not a cursor this API issued; follow the 'next' link of a page");
        }
        return PageResponses.page(service.page(kind, query, sort, after == null ? null : after.keys(), limit + 1), limit,
                CatalogEntity::toDto,
                e -> sort.attribute() == null ? Cursor.encode(e.id) : Cursor.encode(String.valueOf(sortKey.apply(e)), e.id),
                e -> e.id + ":" + e.version, uri, request);
    }

    RestResponse<D> get(String id) {
        E entity = service.get(kind, id);
        return ETags.ok(request, ETags.item(entity.version), entity.toDto());
    }

    RestResponse<D> create(D body) {
        E entity = service.create(kind, body);
        return RestResponse.ResponseBuilder.<D> created(uri.getBaseUriBuilder().path(kind.path()).path(entity.id).build())
                .entity(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    RestResponse<D> replace(String id, D body) {
        return ok(service.replace(kind, id, body, Preconditions.expectedVersion(headers)));
    }

    RestResponse<D> patch(String id, JsonNode patch) {
        return ok(service.patch(kind, id, patch, Preconditions.expectedVersion(headers)));
    }

    RestResponse<Void> delete(String id) {
        service.delete(kind, id, Preconditions.expectedVersion(headers));
        return RestResponse.noContent();
    }

    private RestResponse<D> ok(E entity) {
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }

    /** An ISO date query parameter (its format is already validated), or null. */
    static LocalDate date(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(parameter, "is not a valid date");
        }
    }
}
