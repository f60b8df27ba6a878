package org.giswatch.citation.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Keyset pages of citations. Native SQL because the chapter filter is a jsonb containment test and {@code q} a
 * full-text match, both backed by GIN indexes (see V1__citation.sql); only the filters in use become predicates. The
 * order is by id with numbers compared as numbers (V3__natural_order.sql), so footnotes come in footnote order.
 */
public final class CitationQueries {

    private CitationQueries() {
    }

    @SuppressWarnings("unchecked")
    public static List<CitationEntity> page(EntityManager em, CitationFilter filter, String afterId, int size) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.chapter() != null) {
            where.add("cited_in @> cast(? as jsonb)");
            values.add("[{\"chapterId\":\"" + filter.chapter() + "\"}]"); // a validated slug: nothing to escape
        }
        if (filter.kind() != null) {
            where.add("kind = ?");
            values.add(filter.kind());
        }
        if (filter.language() != null) {
            where.add("lower(language) = lower(?)");
            values.add(filter.language());
        }
        if (filter.year() != null) {
            where.add("year = ?");
            values.add(filter.year());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("search @@ plainto_tsquery('simple', ?)");
            values.add(filter.q());
        }
        if (afterId != null) {
            where.add("(sort_key, id) > (natural_sort_key(?), ?)");
            values.add(afterId);
            values.add(afterId);
        }
        String sql = "select * from citation" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by sort_key, id limit " + size;
        Query query = em.createNativeQuery(sql, CitationEntity.class);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.getResultList();
    }
}
