package org.giswatch.catalog.service;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.giswatch.catalog.domain.CountryEntity;
import org.giswatch.contract.catalog.Country;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.json.MergePatch;
import org.giswatch.platform.problem.ApiException;

import com.fasterxml.jackson.databind.JsonNode;

/** Owns the transactions for countries; the reference-data loader writes through here too. */
@ApplicationScoped
public class CountryService {

    static final String KIND = "country";

    private final MergePatch mergePatch;

    public CountryService(MergePatch mergePatch) {
        this.mergePatch = mergePatch;
    }

    public List<CountryEntity> page(String q, String afterId, int size) {
        return CountryEntity.page(q, afterId, size);
    }

    public CountryEntity get(String id) {
        return CountryEntity.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(KIND, id));
    }

    @Transactional
    public CountryEntity create(Country country) {
        if (CountryEntity.findByIdOptional(country.id()).isPresent()) {
            throw ApiException.alreadyExists(KIND, country.id());
        }
        CountryEntity entity = new CountryEntity();
        entity.id = country.id();
        entity.apply(country);
        entity.persistAndFlush();
        return entity;
    }

    @Transactional
    public CountryEntity replace(String id, Country country, long expectedVersion) {
        if (!id.equals(country.id())) {
            throw ApiException.invalid("id", "must equal the id in the path ('" + id + "')");
        }
        CountryEntity entity = get(id);
        Preconditions.check(expectedVersion, entity.version);
        entity.apply(country);
        entity.flush();
        return entity;
    }

    @Transactional
    public CountryEntity patch(String id, JsonNode patch, long expectedVersion) {
        CountryEntity entity = get(id);
        return replace(id, mergePatch.apply(entity.toDto(), patch, Country.class), expectedVersion);
    }

    @Transactional
    public void delete(String id, long expectedVersion) {
        CountryEntity entity = get(id);
        Preconditions.check(expectedVersion, entity.version);
        entity.delete();
    }

    /** Creates or updates from reference data; returns false when the stored record already says the same. */
    @Transactional
    public boolean upsert(Country country) {
        return CountryEntity.findByIdOptional(country.id()).map(existing -> {
            if (Objects.equals(withoutAudit(existing.toDto()), withoutAudit(country))) {
                return false;
            }
            existing.apply(country);
            return true;
        }).orElseGet(() -> {
            create(country);
            return true;
        });
    }

    private static Country withoutAudit(Country c) {
        return new Country(c.id(), c.alpha2(), c.alpha3(), c.name(), c.sources(), null);
    }
}
