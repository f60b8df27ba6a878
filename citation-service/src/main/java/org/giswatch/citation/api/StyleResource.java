package org.giswatch.citation.api;

import java.util.List;

import jakarta.ws.rs.core.Request;

import org.giswatch.citation.service.CitationFormats;
import org.giswatch.contract.citation.StyleApi;
import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.ETags;
import org.jboss.resteasy.reactive.RestResponse;

public class StyleResource implements StyleApi {

    private final CitationFormats formats;
    private final Request request;

    public StyleResource(CitationFormats formats, Request request) {
        this.formats = formats;
        this.request = request;
    }

    @Override
    public RestResponse<Page<String>> list(String q) {
        List<String> styles = formats.styles().stream().filter(id -> q == null || id.contains(q)).toList();
        // Like every GET: an ETag to revalidate with (the styles change only with the styles package).
        return ETags.ok(request, ETags.weak("styles " + q, styles), new Page<>(styles, null));
    }
}
