package org.giswatch.metrics.service;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.giswatch.contract.metrics.Indicator;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.metrics.domain.ObservationEntity;
import org.giswatch.platform.cache.ReadCache;
import org.giswatch.platform.cache.ReadCaches;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.json.MergePatch;
import org.giswatch.platform.problem.ApiException;

import com.fasterxml.jackson.databind.JsonNode;

/** Owns the transactions for indicators; the reference-data loader writes through here too. */
@ApplicationScoped
public class IndicatorService {

    static final String KIND = "indicator";

    private final MergePatch mergePatch;
    private final ReadCache<String, Boolean> known;

    public IndicatorService(MergePatch mergePatch, ReadCaches caches) {
        this.mergePatch = mergePatch;
        this.known = caches.create("indicators-known", 1_000);
    }

    public List<IndicatorEntity> page(String q, String category, String afterId, int size) {
        return IndicatorEntity.page(q, category, afterId, size);
    }

    public IndicatorEntity get(String id) {
        return IndicatorEntity.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(KIND, id));
    }

    /** 404 unless the indicator exists (asked by every series query, so answered from memory). */
    public void requireExists(String id) {
        known.get(id, () -> {
            get(id);
            return Boolean.TRUE;
        });
    }

    @Transactional
    public IndicatorEntity create(Indicator indicator) {
        if (IndicatorEntity.findByIdOptional(indicator.id()).isPresent()) {
            throw ApiException.alreadyExists(KIND, indicator.id());
        }
        IndicatorEntity entity = new IndicatorEntity();
        entity.id = indicator.id();
        entity.apply(indicator);
        entity.persistAndFlush();
        return entity;
    }

    @Transactional
    public IndicatorEntity replace(String id, Indicator indicator, long expectedVersion) {
        if (!id.equals(indicator.id())) {
            throw ApiException.invalid("id", "must equal the id in the path ('" + id + "')");
        }
        IndicatorEntity entity = get(id);
        Preconditions.check(expectedVersion, entity.version);
        entity.apply(indicator);
        entity.flush();
        return entity;
    }

    @Transactional
    public IndicatorEntity patch(String id, JsonNode patch, long expectedVersion) {
        IndicatorEntity entity = get(id);
        return replace(id, mergePatch.apply(entity.toDto(), patch, Indicator.class), expectedVersion);
    }

    @Transactional
    public void delete(String id, long expectedVersion) {
        IndicatorEntity entity = get(id);
        Preconditions.check(expectedVersion, entity.version);
        if (ObservationEntity.usesIndicator(id)) {
            throw ApiException.conflict("Indicator '" + id + "' still has observations; delete them first");
        }
        entity.delete();
    }

    /** Creates or updates from reference data; returns false when the stored record already says the same. */
    @Transactional
    public boolean upsert(Indicator indicator) {
        return IndicatorEntity.findByIdOptional(indicator.id()).map(existing -> {
            if (Objects.equals(withoutAudit(existing.toDto()), withoutAudit(indicator))) {
                return false;
            }
            existing.apply(indicator);
            return true;
        }).orElseGet(() -> {
            create(indicator);
            return true;
        });
    }

    private static Indicator withoutAudit(Indicator i) {
        return new Indicator(i.id(), i.name(), i.description(), i.unit(), i.category(), i.higherIsBetter(), null);
    }
}
