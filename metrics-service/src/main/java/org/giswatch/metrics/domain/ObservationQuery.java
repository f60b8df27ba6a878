package org.giswatch.metrics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

/**
 * The observation filters as one SQL query, built from the filters actually given (so every predicate can use its
 * index). Order: indicator, subject type, subject, period start (undated first), id; keyset paging continues after
 * a sort key. {@code mrv} keeps the N most recent figures of each series after the other filters.
 */
public class ObservationQuery {

    /** Sort position of undated figures; mirrors the generated column period_sort. */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    private static final String ORDER = "indicator, subject_type, subject, period_sort, id";

    public String indicator;
    public String subjectType;
    public String subject;
    public String country;
    public LocalDate from;
    public LocalDate to;
    public Integer mrv;
    public String qualifier;
    public String rank;

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Up to {@code size} rows after {@code after} (a sort key, or null for the first page). */
    @SuppressWarnings("unchecked")
    public List<ObservationEntity> page(EntityManager em, String[] after, int size) {
        StringBuilder sql = new StringBuilder("SELECT o.* FROM (").append(filtered()).append(") o");
        Map<String, Object> all = new LinkedHashMap<>(params);
        if (after != null) {
            sql.append(" WHERE (").append(ORDER).append(") > (:k0, :k1, :k2, CAST(:k3 AS date), :k4)");
            for (int i = 0; i < after.length; i++) {
                all.put("k" + i, after[i]);
            }
        }
        sql.append(" ORDER BY ").append(ORDER).append(" LIMIT ").append(size);
        Query query = em.createNativeQuery(sql.toString(), ObservationEntity.class);
        // Pages are only read: no snapshots for dirty checking, nothing to flush at commit.
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        all.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * What changes when the result changes: row count, latest update, latest deletion. Validates a streamed
     * response (CSV) without reading it.
     */
    public String fingerprint(EntityManager em) {
        Query query = em.createNativeQuery("SELECT count(*) || ':' || coalesce(max(updated_at)::text, '-') || ':' || "
                + "(SELECT coalesce(max(seq)::text, '-') FROM record_history WHERE collection = 'observations' "
                + "AND change = 'deleted') FROM (" + filtered() + ") o");
        params.forEach(query::setParameter);
        return String.valueOf(query.getSingleResult());
    }

    private String filtered() {
        where.clear();
        params.clear();
        equal("indicator", indicator);
        equal("subject_type", subjectType);
        equal("subject", subject);
        equal("country", country);
        equal("rank", rank);
        if (qualifier != null) {
            where.add("qualifiers @> CAST(ARRAY[:qualifier] AS text[])");
            params.put("qualifier", qualifier);
        }
        // A figure matches a date range when its period overlaps it; undated figures never do.
        if (from != null) {
            where.add("period_end >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("period_start <= :to");
            params.put("to", to);
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        if (mrv == null) {
            return "SELECT * FROM observation" + condition;
        }
        params.put("mrv", mrv);
        return "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY indicator, subject_type, subject "
                + "ORDER BY period_end DESC NULLS LAST, period_start DESC NULLS LAST, "
                + "CASE rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, id) AS recency "
                + "FROM observation" + condition + ") r WHERE recency <= :mrv";
    }

    private void equal(String column, String value) {
        if (value != null) {
            where.add(column + " = :" + column);
            params.put(column, value);
        }
    }
}
