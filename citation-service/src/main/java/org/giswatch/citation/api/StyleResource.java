package org.giswatch.citation.api;

import org.giswatch.citation.service.CitationFormats;
import org.giswatch.contract.citation.StyleApi;
import org.giswatch.contract.common.Page;
import org.jboss.resteasy.reactive.RestResponse;

public class StyleResource implements StyleApi {

    private final CitationFormats formats;

    public StyleResource(CitationFormats formats) {
        this.formats = formats;
    }

    @Override
    public RestResponse<Page<String>> list(String q) {
        return RestResponse.ok(new Page<>(formats.styles().stream().filter(id -> q == null || id.contains(q)).toList(), null));
    }
}
