package org.giswatch.platform.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.arc.Arc;

/**
 * The filters of one list request, as SQL, and its keyset pages: the one query style of every collection of every
 * service. Only filters with a value become predicates, so each query is plain SQL without "(:x is null or …)" (which
 * defeats indexes and type inference). Native SQL, because the filters use PostgreSQL's own operators and indexes
 * (jsonb containment, full-text match, window functions); rows still map to the Panache entities.
 */
public final class RecordQuery {

    /** A placeholder of {@link #parameter} (":p0"), not a PostgreSQL cast ("::text"). */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![:\\w]):(p[0-9]+)\\b");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private RecordQuery() {
    }

    public static RecordQuery where() {
        return new RecordQuery();
    }

    /** {@code column = value}; skipped when the value is null. */
    public RecordQuery equal(String column, Object value) {
        return condition(column + " = %s", value);
    }

    /**
     * A case-insensitive fragment of a lower-cased text expression ({@code search}, {@code lower(name)}); skipped when
     * blank. LIKE's wildcards in the fragment match themselves.
     */
    public RecordQuery contains(String lowerCasedExpression, String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return this;
        }
        return condition(lowerCasedExpression + " LIKE %s", "%" + fragment.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    /** Any condition with one value, written {@code %s} in the clause; skipped when the value is null. */
    public RecordQuery condition(String clause, Object value) {
        if (value != null) {
            conditions.add("(" + clause.replace("%s", parameter(value)) + ")");
        }
        return this;
    }

    /** True when no filter was given. */
    public boolean unfiltered() {
        return conditions.isEmpty();
    }

    /** Registers a value and answers its placeholder (":p0", ":p1", …) for a clause written by hand. */
    public String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    /** The filtered rows of {@code table}: a source for {@link #page} or the inside of a larger query. */
    public String select(String table) {
        return "SELECT * FROM " + table + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }

    /**
     * Up to {@code size} rows of {@code rows} (a select, usually {@link #select}) after the keyset position
     * {@code after} (null for the first page), in {@code order}. Read-only: no snapshots kept for dirty checking.
     */
    @SuppressWarnings("unchecked")
    public <E> List<E> page(EntityManager em, Class<E> type, String rows, Keyset order, List<?> after, int size) {
        Query query = em.createNativeQuery(pageSql("r.*", rows, order, after, size), type);
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        return bind(query).getResultList();
    }

    /**
     * The same page as {@link #page}, as JSON that PostgreSQL builds (the fast read path, {@link RecordJson}), on a
     * read-only pooled connection: {@code em} is not used (the read no longer opens a Hibernate session, issue 30);
     * callers may move to {@link #json(RecordJson, RecordKind, String, Keyset, List, int)}.
     */
    public List<RecordJson.Row> json(EntityManager em, RecordKind<?, ?> kind, String rows, Keyset order, List<?> after,
            int size) {
        return json(Arc.container().instance(RecordJson.class).get(), kind, rows, order, after, size);
    }

    /** The same page as {@link #page}, as JSON that PostgreSQL builds, read by {@code reader}. */
    public List<RecordJson.Row> json(RecordJson reader, RecordKind<?, ?> kind, String rows, Keyset order,
            List<?> after, int size) {
        Positional sql = positional(pageSql(RecordJson.select(kind, order), rows, order, after, size));
        return reader.rows(sql.sql(), sql.values(), order.size());
    }

    /** SQL for plain JDBC: the named placeholders become "?", and their values are listed in the order they appear. */
    record Positional(String sql, List<Object> values) {
    }

    Positional positional(String sql) {
        List<Object> values = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (placeholder.find()) {
            values.add(parameters.get(placeholder.group(1)));
            placeholder.appendReplacement(positional, "?");
        }
        placeholder.appendTail(positional);
        return new Positional(positional.toString(), values);
    }

    private String pageSql(String select, String rows, Keyset order, List<?> after, int size) {
        StringBuilder sql = new StringBuilder("SELECT ").append(select).append(" FROM (").append(rows).append(") r");
        if (after != null) {
            sql.append(" WHERE ").append(order.after(this, after));
        }
        return sql.append(" ORDER BY ").append(order.orderBy()).append(" LIMIT ").append(size).toString();
    }

    /** Binds the registered values to a native query written around this one's SQL. */
    public Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
