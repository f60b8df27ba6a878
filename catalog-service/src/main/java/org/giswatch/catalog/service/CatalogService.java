package org.giswatch.catalog.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.giswatch.catalog.domain.CatalogEntity;
import org.giswatch.catalog.domain.CatalogQuery;
import org.giswatch.catalog.domain.Sort;
import org.giswatch.platform.record.RecordKind;

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
    public <E extends CatalogEntity<?>> List<E> page(RecordKind<?, E> kind, CatalogQuery query, Sort sort,
            List<String> after, int size) {
        return query.page(em, kind.entityType(), sort, after, size);
    }
}
