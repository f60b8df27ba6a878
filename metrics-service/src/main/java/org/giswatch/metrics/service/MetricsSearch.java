package org.giswatch.metrics.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.platform.search.SearchableKind;
import org.giswatch.platform.search.SearchableRecords;

/**
 * Indicators by name, description and category; figures by their value as printed, hedges (qualifiers), note and
 * passage, shown with their indicator's name (migration V24).
 */
@ApplicationScoped
public class MetricsSearch implements SearchableRecords {

    @Override
    public String service() {
        return "metrics";
    }

    @Override
    public List<SearchableKind> kinds() {
        return List.of(
                new SearchableKind("indicator", IndicatorService.KIND.collection(), "indicator r",
                        "indicator_search_document(r.name, r.description, r.category)", "r.name"),
                new SearchableKind("observation", ObservationService.KIND.collection(),
                        "observation r JOIN indicator i ON i.id = r.indicator",
                        "observation_search_document(r.value_text, r.qualifiers, r.note, r.passage)",
                        "i.name || ': ' || coalesce(r.value_text, r.value::text) || ' (' || r.subject"
                                + " || coalesce(', ' || r.period, '') || ')'"));
    }
}
