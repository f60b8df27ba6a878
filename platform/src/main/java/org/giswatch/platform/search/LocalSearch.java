package org.giswatch.platform.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.giswatch.contract.search.SearchHit;

/**
 * Searches this service's records: one UNION ALL over its {@link SearchableKind}s, each branch matched through its
 * GIN index ({@code document @@ websearch_to_tsquery('simple', q)}), ranked by ts_rank normalised by the text's
 * length and rounded, so that hits of the three services compare exactly and a cursor's rank matches again.
 * 'simple' keeps every word as written: Russian and English alike, no stemming, no stop words. The query is
 * lower-cased by the builtin pg_c_utf8 collation, as the services' search documents are (their migrations), so any
 * case matches whatever the database's locale.
 */
@ApplicationScoped
public class LocalSearch {

    private static final String QUERY = "websearch_to_tsquery('simple'::regconfig, lower(:q COLLATE \"pg_c_utf8\"))";

    private final EntityManager em;
    private final SearchableRecords records;
    private final String sql;

    public LocalSearch(EntityManager em, Instance<SearchableRecords> records) {
        this.em = em;
        this.records = records.isResolvable() ? records.get() : null;
        this.sql = this.records == null ? null : sql(this.records.kinds());
    }

    /** Up to {@code limit} hits after {@code after} (null: from the best), in {@link SearchQueries#ORDER}. */
    @Transactional
    public List<SearchHit> search(String q, SearchQueries.After after, int limit) {
        if (records == null) {
            return List.of();
        }
        String statement = sql.replace("/*after*/", after == null ? ""
                : "WHERE rank < :rank OR (rank = :rank AND (type, id) > (:type COLLATE \"C\", :id COLLATE \"C\"))");
        Query query = em.createNativeQuery(statement).setParameter("q", q).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("rank", after.rank()).setParameter("type", after.type()).setParameter("id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new SearchHit((String) row[0], (String) row[1], (String) row[2],
                records.service(), (String) row[3], (BigDecimal) row[4])).toList();
    }

    /**
     * ts_rank's normalisation 1 divides by 1 + log(length), so a long record does not outrank a short one by size
     * alone; rounded so that the ranks of the three services compare exactly and a cursor's rank matches again.
     */
    static String sql(List<SearchableKind> kinds) {
        String branches = kinds.stream().map(kind -> "SELECT '" + kind.type() + "'::text COLLATE \"C\" AS type, "
                + "r.id::text COLLATE \"C\" AS id, (" + kind.title() + ")::text AS title, '/" + kind.collection()
                + "/' || r.id AS href, round(ts_rank(" + kind.document() + ", " + QUERY + ", 1)::numeric, 6) AS rank"
                + " FROM " + kind.from() + " WHERE " + kind.document() + " @@ " + QUERY)
                .collect(Collectors.joining("\nUNION ALL\n"));
        return "SELECT type, id, title, href, rank FROM (\n" + branches + "\n) hits /*after*/\n"
                + "ORDER BY rank DESC, type, id LIMIT :limit";
    }
}
