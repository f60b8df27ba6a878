package org.giswatch.metrics.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.metrics.Indicator;
import org.giswatch.platform.record.Keyset;
import org.giswatch.platform.record.RecordEntity;
import org.giswatch.platform.record.RecordJson;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordQuery;


@Entity
@Table(name = "indicator")
public class IndicatorEntity extends RecordEntity<Indicator> {

    /** {@link #toDto()} as PostgreSQL builds it (the fast read path, RecordJson). */
    public static final String JSON = RecordJson.object("id", "name", "description", "unit", "category",
            "higherIsBetter", "minValue", "maxValue");

    public String name;

    public String description;

    public String unit;

    public String category;

    @Column(name = "higher_is_better")
    public Boolean higherIsBetter;

    @Column(name = "min_value")
    public BigDecimal minValue;

    @Column(name = "max_value")
    public BigDecimal maxValue;

    public static Optional<IndicatorEntity> findByIdOptional(String id) {
        return find("id", id).firstResultOptional();
    }

    public static boolean exists(String id) {
        return count("id", id) > 0;
    }

    /** Which of the ids exist: one query per 1,000 ids (well below PostgreSQL's bind-parameter limit). */
    public static Set<String> existing(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < all.size(); from += 1000) {
            existing.addAll(getEntityManager().createQuery("select i.id from IndicatorEntity i where i.id in ?1",
                    String.class).setParameter(1, all.subList(from, Math.min(all.size(), from + 1000))).getResultList());
        }
        return existing;
    }

    /** Keyset page ordered by id, optionally filtered by a name fragment and a category. */
    public static List<RecordJson.Row> page(RecordKind<?, ?> kind, String q, String category, String afterId,
            int size) {
        RecordQuery query = RecordQuery.where().contains("lower(name)", q).equal("category", category);
        return query.json(getEntityManager(), kind, query.select("indicator"), Keyset.ascending("id"),
                afterId == null ? null : List.of(afterId), size);
    }

    @Override
    public void apply(Indicator indicator) {
        name = indicator.name();
        description = indicator.description();
        unit = indicator.unit();
        category = indicator.category();
        higherIsBetter = indicator.higherIsBetter();
        minValue = indicator.minValue();
        maxValue = indicator.maxValue();
    }

    @Override
    public Indicator toDto() {
        return new Indicator(id, name, description, unit, category, higherIsBetter, minValue, maxValue, audit());
    }
}
