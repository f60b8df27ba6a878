package org.giswatch.metrics.service;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.contract.metrics.Indicator;
import org.giswatch.contract.metrics.Units;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.platform.cache.ReadCache;
import org.giswatch.platform.cache.ReadCaches;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordHooks;
import org.giswatch.platform.record.RecordJson;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordService;

/** Indicators: their record kind (written through the platform lifecycle) and the queries series need. */
@ApplicationScoped
public class IndicatorService {

    /**
     * An indicator cannot be deleted while observations use it (ReferenceGuard, with MetricsReferences). Its bounds
     * must leave room for a value; changing its unit or bounds rewrites no observation (GET /integrity lists those
     * that no longer fit).
     */
    public static final RecordKind<Indicator, IndicatorEntity> KIND = new RecordKind<>("indicator", "indicators",
            Indicator.class, IndicatorEntity.class, IndicatorEntity::new, new RecordHooks<>() {
                @Override
                public Indicator check(Indicator indicator) {
                    BigDecimal min = Units.min(indicator.unit(), indicator.minValue());
                    BigDecimal max = Units.max(indicator.unit(), indicator.maxValue());
                    if (min != null && max != null && min.compareTo(max) > 0) {
                        throw ApiException.invalid(indicator.maxValue() != null ? "maxValue" : "minValue",
                                "must leave room for a value: minValue " + min.toPlainString() + " is above maxValue "
                                        + max.toPlainString() + " (percent defaults to 0–100, counts to at least 0)");
                    }
                    return indicator;
                }
            }, IndicatorEntity.JSON);

    private final RecordService records;
    private final ReadCache<String, Boolean> known;

    public IndicatorService(RecordService records, ReadCaches caches) {
        this.records = records;
        this.known = caches.create("indicators-known", 1_000);
    }

    public List<RecordJson.Row> page(String q, String category, String afterId, int size) {
        return IndicatorEntity.page(KIND, q, category, afterId, size);
    }

    /** 404 (or 410) unless the indicator exists (asked by every series query, so answered from memory). */
    public void requireExists(String id) {
        known.get(id, () -> {
            records.get(KIND, id);
            return Boolean.TRUE;
        });
    }
}
