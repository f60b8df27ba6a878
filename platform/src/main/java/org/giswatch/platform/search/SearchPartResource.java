package org.giswatch.platform.search;

import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Page;
import org.giswatch.contract.search.SearchHit;
import org.giswatch.contract.search.SearchPartApi;
import org.giswatch.platform.http.PageResponses;
import org.jboss.resteasy.reactive.RestResponse;

/** GET /search/local of every service: its own part of the search. */
public class SearchPartResource implements SearchPartApi {

    private final LocalSearch search;
    private final UriInfo uri;

    public SearchPartResource(LocalSearch search, UriInfo uri) {
        this.search = search;
        this.uri = uri;
    }

    @Override
    public RestResponse<Page<SearchHit>> search(String q, int limit, String cursor) {
        String query = SearchQueries.check(q);
        List<SearchHit> hits = search.search(query, SearchQueries.after(cursor), limit + 1);
        return SearchQueries.page(hits, limit, false, uri);
    }
}
