package org.giswatch.catalog.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.giswatch.catalog.domain.CatalogEntity;
import org.giswatch.catalog.domain.Sort;
import org.giswatch.platform.record.RecordJson;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordQuery;

/**
 * The catalog's queries. Writes go through the platform record lifecycle (RecordService) with the catalog's hooks
 * (CatalogKind).
 */
@ApplicationScoped
public class CatalogService {

    private final EntityManager em;

    public CatalogService(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code size} rows matching {@code query}, after the keyset {@code after} (null for the first page). */
    public List<RecordJson.Row> page(RecordKind<?, ?> kind, RecordQuery query, Sort sort, List<String> after, int size) {
        List<Object> position = after == null ? null : new ArrayList<>(after);
        if (position != null && sort.attribute() != null) {
            position.set(0, Integer.valueOf(after.get(0))); // the only sort attribute, year, is an integer
        }
        return query.json(em, kind, query.select(kind.table()), sort.keyset(), position, size);
    }
}
