package org.giswatch.citation.domain;

import org.giswatch.platform.record.Keyset;
import org.giswatch.platform.record.Keyset.Column;
import org.giswatch.platform.record.RecordQuery;

/** The filters of GET /citations; null means "any". */
public record CitationFilter(String chapter, String kind, String language, Integer year, String q) {

    /**
     * Footnote order: by id with the numbers in it compared as numbers (V3__natural_order.sql), so fn2 comes before
     * fn10; the cursor holds the last id.
     */
    public static final Keyset ORDER = Keyset.of(Column.ascending("sort_key").comparedAs("natural_sort_key(%s)"),
            Column.ascending("id"));

    /** As SQL: the chapter is a jsonb containment test and q a full-text match, both on GIN indexes (V1__citation.sql). */
    public RecordQuery query() {
        return RecordQuery.where()
                // a validated slug: nothing to escape inside the JSON
                .condition("cited_in @> CAST(%s AS jsonb)", chapter == null ? null
                        : "[{\"chapterId\":\"" + chapter + "\"}]")
                .equal("kind", kind)
                .condition("lower(language) = lower(%s)", language)
                .equal("year", year)
                .condition("search @@ plainto_tsquery('simple', %s)", q == null || q.isBlank() ? null : q);
    }
}
