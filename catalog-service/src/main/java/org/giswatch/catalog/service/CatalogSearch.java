package org.giswatch.catalog.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.platform.search.SearchableKind;
import org.giswatch.platform.search.SearchableRecords;

/**
 * Every catalog kind is searchable by every string of its record (names, notes, timelines, sources' passages), as
 * stored in "data": the expression of the GIN indexes of migration V24.
 */
@ApplicationScoped
public class CatalogSearch implements SearchableRecords {

    static final String DOCUMENT = "catalog_search_document(r.data)";

    @Override
    public String service() {
        return "catalog";
    }

    @Override
    public List<SearchableKind> kinds() {
        return CatalogKind.ALL.stream().map(kind -> new SearchableKind(kind.name(), kind.collection(),
                kind.table() + " r", DOCUMENT, "r.name")).toList();
    }
}
