package org.giswatch.citation.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.platform.search.SearchableKind;
import org.giswatch.platform.search.SearchableRecords;

/** Citations are searchable by their titles, names and notes and by the passages that cite them (migration V24). */
@ApplicationScoped
public class CitationSearch implements SearchableRecords {

    @Override
    public String service() {
        return "citation";
    }

    @Override
    public List<SearchableKind> kinds() {
        return List.of(new SearchableKind("citation", CitationService.KIND.collection(), "citation r",
                "citation_search_document(r.title, r.subtitle, r.translated_title, r.author, r.editor, r.publisher, "
                        + "r.interviewee, r.notes, r.cited_in)",
                "coalesce(r.title, r.url_text, r.url, r.id)"));
    }
}
