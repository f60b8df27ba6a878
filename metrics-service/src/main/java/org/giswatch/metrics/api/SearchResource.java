package org.giswatch.metrics.api;

import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Page;
import org.giswatch.contract.search.SearchApi;
import org.giswatch.contract.search.SearchHit;
import org.giswatch.metrics.service.WholeSearch;
import org.giswatch.platform.search.SearchQueries;
import org.jboss.resteasy.reactive.RestResponse;

/** GET /search: the whole API's records, merged from the three services. */
public class SearchResource implements SearchApi {

    private final WholeSearch search;
    private final UriInfo uri;

    public SearchResource(WholeSearch search, UriInfo uri) {
        this.search = search;
        this.uri = uri;
    }

    @Override
    public RestResponse<Page<SearchHit>> search(String q, int limit, String cursor) {
        WholeSearch.Hits hits = search.search(SearchQueries.check(q), limit, cursor);
        return SearchQueries.page(hits.hits(), limit, hits.more(), uri);
    }
}
