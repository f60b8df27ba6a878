package org.giswatch.metrics.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.contract.common.Page;
import org.giswatch.contract.search.SearchHit;
import org.giswatch.contract.search.SearchPartApi;
import org.giswatch.platform.integrity.RemoteAsk;
import org.giswatch.platform.integrity.RemoteServices;
import org.giswatch.platform.search.LocalSearch;
import org.giswatch.platform.search.SearchQueries;

/**
 * GET /search for the whole API: metrics-service's own hits plus those catalog-service and citation-service answer
 * for the same query and cursor (their {@code /search/local}, through RemoteAsk), merged by rank. Every part orders
 * and continues after a cursor alike (SearchQueries), so the merged page is the first {@code limit} hits of the
 * union. A service that cannot be asked makes the search 503: a page without its records would look complete.
 */
@ApplicationScoped
public class WholeSearch {

    /** The services asked besides this one. */
    static final List<String> OTHERS = List.of("catalog", "citation");

    private final LocalSearch local;
    private final RemoteAsk remote;
    private final RemoteServices services;

    public WholeSearch(LocalSearch local, RemoteAsk remote, RemoteServices services) {
        this.local = local;
        this.remote = remote;
        this.services = services;
    }

    /** The hits of one page, best first, and whether more follow. */
    public record Hits(List<SearchHit> hits, boolean more) {
    }

    /** Up to {@code limit + 1} hits (the extra one says that more follow); {@code q} is checked. */
    public Hits search(String q, int limit, String cursor) {
        SearchQueries.After after = SearchQueries.after(cursor);
        List<SearchHit> hits = new ArrayList<>(local.search(q, after, limit + 1));
        boolean more = false;
        for (String service : OTHERS) {
            SearchPartApi part = services.client(service, SearchPartApi.class);
            Page<SearchHit> page = remote.ask(service, "the search cannot cover its records",
                    () -> part.search(q, limit, cursor).getEntity());
            hits.addAll(page.items());
            // The part holds more than the page's limit: so does the union.
            more |= page.next() != null;
        }
        hits.sort(SearchQueries.ORDER);
        return new Hits(hits.size() > limit + 1 ? hits.subList(0, limit + 1) : hits, more);
    }
}
