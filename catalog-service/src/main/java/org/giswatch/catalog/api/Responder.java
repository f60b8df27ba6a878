package org.giswatch.catalog.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.CatalogEntity;
import org.giswatch.catalog.domain.Sort;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.contract.common.SourceFilter;
import org.giswatch.platform.record.RecordQuery;
import org.giswatch.platform.record.RecordResponder;
import org.jboss.resteasy.reactive.RestResponse;

/** The platform's record responder plus the catalog's filtered, sorted lists. */
final class Responder<D extends CatalogRecord<D>, E extends CatalogEntity<D>> extends RecordResponder<D, E> {

    private final CatalogService service;

    Responder(CatalogService service, RecordLifecycle lifecycle, RecordKind<D, E> kind, UriInfo uri, Request request,
            HttpHeaders headers) {
        super(lifecycle, kind, uri, request, headers);
        this.service = service;
    }

    RestResponse<Page<D>> list(SourceFilter sources, RecordQuery query, String asOf, int limit, String cursor) {
        return list(sources, query, Sort.BY_ID, asOf, limit, cursor);
    }

    /**
     * With the records whose sources, at any depth of the record, name the citation and/or the footnote (the
     * jsonb of the record, SQL/JSON path).
     */
    RestResponse<Page<D>> list(SourceFilter sources, RecordQuery query, Sort sort, String asOf, int limit, String cursor) {
        if (sources.citation != null && sources.footnote != null) {
            query.condition("jsonb_path_exists(data, 'strict $.**.sources[*] ? (@.citationId == $s.c && @.footnote == $s.f)', "
                    + "jsonb_build_object('s', CAST(%s AS jsonb)))", "{\"c\":" + quoted(sources.citation) + ",\"f\":"
                    + sources.footnote + "}");
        } else if (sources.citation != null) {
            query.condition("jsonb_path_exists(data, 'strict $.**.sources[*] ? (@.citationId == $c)', "
                    + "jsonb_build_object('c', CAST(%s AS text)))", sources.citation);
        } else if (sources.footnote != null) {
            query.condition("jsonb_path_exists(data, 'strict $.**.sources[*] ? (@.footnote == $f)', "
                    + "jsonb_build_object('f', CAST(%s AS integer)))", sources.footnote);
        }
        return list(query, sort, asOf, limit, cursor);
    }

    /** A slug (validated) as a JSON string. */
    private static String quoted(String slug) {
        return "\"" + slug + "\"";
    }

    RestResponse<Page<D>> list(RecordQuery query, String asOf, int limit, String cursor) {
        return list(query, Sort.BY_ID, asOf, limit, cursor);
    }

    /** A page from the fast read path; its cursor holds the sort columns' values of the last row. */
    RestResponse<Page<D>> list(RecordQuery query, Sort sort, String asOf, int limit, String cursor) {
        if (asOf != null) {
            if (!query.unfiltered() || sort.attribute() != null) {
                throw ApiException.invalid("asOf", "combines only with limit and cursor (a past list is sorted by id)");
            }
            return page(asOf, limit, cursor, null);
        }
        Cursor after = Cursor.decode(cursor, sort.cursorSize());
        if (after != null && sort.attribute() != null && !after.key(0).matches("-?[0-9]{1,9}")) {
            throw ApiException.invalid("cursor", "is not a cursor this API issued; follow the 'next' link of a page");
        }
        return renderedPage(service.page(kind, query, sort, after == null ? null : after.keys(), limit + 1), limit,
                row -> Cursor.encode(row.sortKey().toArray(String[]::new)));
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
