package org.giswatch.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordHooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What every catalog kind adds to the record lifecycle: references to other catalog records are checked on every
 * write (422 naming the field) and recorded as links, so a record that others refer to cannot be deleted (409);
 * the free-text column is kept up to date.
 */
final class CatalogHooks<D extends CatalogRecord<D>, E extends CatalogEntity<D>> implements RecordHooks<D, E> {

    private final String kind;

    CatalogHooks(String kind) {
        this.kind = kind;
    }

    @Override
    public void stored(E entity) {
        EntityManager em = Panache.getEntityManager();
        List<Ref> references = entity.references();
        checkReferences(em, references);
        entity.search = searchText(entity.data());
        unlink(em, entity.id);
        for (Ref ref : new LinkedHashSet<>(references)) {
            em.persist(LinkEntity.of(kind, entity.id, ref));
        }
    }

    @Override
    public void beforeDelete(E entity) {
        EntityManager em = Panache.getEntityManager();
        List<String> referrers = LinkEntity.referrers(kind, entity.id, 5);
        if (!referrers.isEmpty()) {
            throw ApiException.conflict("The " + kind + " '" + entity.id + "' is referred to by "
                    + String.join(", ", referrers) + "; change or delete those first");
        }
        unlink(em, entity.id);
    }

    private static void checkReferences(EntityManager em, List<Ref> references) {
        List<Ref> unknown = new ArrayList<>();
        for (Ref ref : references) {
            CatalogKind.named(ref.kind())
                    .filter(target -> em.find(target.entityType(), ref.id()) == null)
                    .ifPresent(target -> unknown.add(ref));
        }
        if (!unknown.isEmpty()) {
            Ref first = unknown.get(0);
            throw ApiException.unknownReference(first.field(), "No " + first.kind() + " with id '" + first.id() + "'");
        }
    }

    private void unlink(EntityManager em, String id) {
        em.createQuery("delete from LinkEntity l where l.fromKind = :kind and l.fromId = :id")
                .setParameter("kind", kind).setParameter("id", id).executeUpdate();
    }

    private static String searchText(Object record) {
        try {
            return Arc.container().instance(ObjectMapper.class).get().writeValueAsString(record)
                    .toLowerCase(Locale.ROOT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a catalog record", e);
        }
    }
}
