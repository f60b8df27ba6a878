package org.giswatch.catalog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.giswatch.platform.record.RecordKind;

/**
 * The filters of one collection request. Only filters with a value are added, so every query is plain HQL
 * without "(:x is null or …)" (which defeats indexes and type inference).
 */
public final class CatalogQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public static CatalogQuery where() {
        return new CatalogQuery();
    }

    /** Free text: a case-insensitive fragment of the record. */
    public CatalogQuery text(String q) {
        if (q != null && !q.isBlank()) {
            add("e.search like :%s", "%" + q.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return this;
    }

    public CatalogQuery equal(String attribute, Object value) {
        if (value != null) {
            add("e." + attribute + " = :%s", value);
        }
        return this;
    }

    /** Records of {@code fromKind} that refer to {@code toId} through one of the fields {@code rels}. */
    public CatalogQuery linked(RecordKind<?, ?> fromKind, Collection<String> rels, String toId) {
        if (toId != null) {
            String kind = param(fromKind.name());
            String names = param(List.copyOf(rels));
            add("e.id in (select l.fromId from LinkEntity l where l.fromKind = :" + kind + " and l.rel in :" + names
                    + " and l.toId = :%s)", toId);
        }
        return this;
    }

    /** Any condition with one parameter, written as {@code %s} in the clause; skipped when the value is null. */
    public CatalogQuery condition(String clause, Object value) {
        if (value != null) {
            add(clause, value);
        }
        return this;
    }

    /** Up to {@code size} matching rows after the keyset {@code after} (null for the first page), in {@code sort} order. */
    public <E> List<E> page(EntityManager em, Class<E> type, Sort sort, List<String> after, int size) {
        StringBuilder hql = new StringBuilder("from ").append(type.getSimpleName()).append(" e where ").append(clause());
        if (after != null) {
            String id = param(after.get(after.size() - 1));
            if (sort.attribute() == null) {
                hql.append(" and e.id > :").append(id);
            } else {
                String value = param(Integer.valueOf(after.get(0)));
                String attribute = "e." + sort.attribute();
                hql.append(" and (").append(attribute).append(sort.descending() ? " < :" : " > :").append(value)
                        .append(" or (").append(attribute).append(" = :").append(value)
                        .append(" and e.id > :").append(id).append("))");
            }
        }
        hql.append(" order by ");
        if (sort.attribute() != null) {
            hql.append("e.").append(sort.attribute()).append(sort.descending() ? " desc, " : ", ");
        }
        hql.append("e.id");
        TypedQuery<E> query = em.createQuery(hql.toString(), type);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(size).getResultList();
    }

    /** True when no filter was given (asOf reads combine with none). */
    public boolean unfiltered() {
        return conditions.isEmpty();
    }

    String clause() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    String param(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return name;
    }

    private void add(String clause, Object value) {
        String name = param(value);
        conditions.add("(" + clause.replace("%s", name) + ")");
    }
}
