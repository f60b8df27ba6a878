package org.giswatch.citation.api;

import java.util.List;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.citation.service.CitationFormats;
import org.giswatch.contract.citation.StyleApi;
import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.PageResponses;
import org.jboss.resteasy.reactive.RestResponse;

public class StyleResource implements StyleApi {

    private final CitationFormats formats;
    private final UriInfo uri;
    private final Request request;

    public StyleResource(CitationFormats formats, UriInfo uri, Request request) {
        this.formats = formats;
        this.uri = uri;
        this.request = request;
    }

    @Override
    public RestResponse<Page<String>> list(String q, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, 1);
        String afterId = after == null ? null : after.key(0);
        // The ids are sorted, so a page is the ids after the cursor's; the styles change only with the package.
        List<String> styles = formats.styles().stream().filter(id -> q == null || id.contains(q))
                .filter(id -> afterId == null || id.compareTo(afterId) > 0).limit(limit + 1L).toList();
        return PageResponses.page(styles, limit, id -> id, id -> Cursor.encode(id), id -> id, uri, request);
    }
}
