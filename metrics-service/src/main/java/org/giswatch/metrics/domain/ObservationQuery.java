package org.giswatch.metrics.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.giswatch.platform.record.Keyset;
import org.giswatch.platform.record.Keyset.Column;
import org.giswatch.platform.record.RecordJson;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordQuery;

/**
 * The observation filters (RecordQuery, like every list). Order: indicator, subject type, subject, period start
 * (undated first), id; keyset paging continues after a sort key. {@code mrv} keeps the N most recent figures of each
 * series after the other filters.
 */
public class ObservationQuery {

    /** Sort position of undated figures; mirrors the generated column period_sort. */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    public static final Keyset ORDER = Keyset.of(Column.ascending("indicator"), Column.ascending("subject_type"),
            Column.ascending("subject"), Column.ascending("period_sort").comparedAs("CAST(%s AS date)"),
            Column.ascending("id"));

    private static final String TABLE = "observation";

    public String indicator;
    public String subjectType;
    public String subject;
    public String country;
    public LocalDate from;
    public LocalDate to;
    public Integer mrv;
    public String qualifier;
    public String rank;
    public String citation;
    public Integer footnote;

    /** Up to {@code size} rows after {@code after} (a sort key, or null for the first page). */
    public List<ObservationEntity> page(EntityManager em, String[] after, int size) {
        RecordQuery query = filters();
        return query.page(em, ObservationEntity.class, rows(query), ORDER, after == null ? null : List.of(after), size);
    }

    /** The same page as {@link #page}, as JSON that PostgreSQL builds (the fast read path). */
    public List<RecordJson.Row> json(EntityManager em, RecordKind<?, ?> kind, String[] after, int size) {
        RecordQuery query = filters();
        return query.json(em, kind, rows(query), ORDER, after == null ? null : List.of(after), size);
    }

    /**
     * What changes when the result changes: row count, latest update, latest deletion. Validates a streamed
     * response (CSV) without reading it.
     */
    public String fingerprint(EntityManager em) {
        RecordQuery query = filters();
        return String.valueOf(query.bind(em.createNativeQuery(
                "SELECT count(*) || ':' || coalesce(max(updated_at)::text, '-') || ':' || "
                        + "(SELECT coalesce(max(seq)::text, '-') FROM record_history WHERE collection = 'observations' "
                        + "AND change = 'deleted') FROM (" + rows(query) + ") o")).getSingleResult());
    }

    private RecordQuery filters() {
        return RecordQuery.where().equal("indicator", indicator).equal("subject_type", subjectType)
                .equal("subject", subject).equal("country", country).equal("rank", rank)
                .equal("citation_id", citation).equal("footnote", footnote)
                .condition("qualifiers @> CAST(ARRAY[%s] AS text[])", qualifier)
                // A figure matches a date range when its period overlaps it; undated figures never do.
                .condition("period_end >= %s", from)
                .condition("period_start <= %s", to);
    }

    private String rows(RecordQuery query) {
        if (mrv == null) {
            return query.select(TABLE);
        }
        return "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY indicator, subject_type, subject "
                + "ORDER BY period_end DESC NULLS LAST, period_start DESC NULLS LAST, "
                + "CASE rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, id) AS recency "
                + "FROM (" + query.select(TABLE) + ") f) w WHERE recency <= " + query.parameter(mrv);
    }
}
