package org.giswatch.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.giswatch.contract.catalog.Candidacy;
import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.contract.catalog.Election;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordHooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What every catalog kind adds to the record lifecycle: references to other catalog records are recorded as links
 * (the platform's ReferenceGuard checks them on every write and lists the links' referrers before a delete, with
 * CatalogReferences); an election's results name its candidates; the free-text column is kept up to date.
 */
final class CatalogHooks<D extends CatalogRecord<D>, E extends CatalogEntity<D>> implements RecordHooks<D, E> {

    private final String kind;

    CatalogHooks(String kind) {
        this.kind = kind;
    }

    @Override
    public D check(D record) {
        if (record instanceof Election election) {
            List<FieldError> errors = new ArrayList<>();
            Set<String> candidates = election.candidacies().stream().map(Candidacy::personId)
                    .collect(Collectors.toSet());
            for (int i = 0; i < election.results().size(); i++) {
                String person = election.results().get(i).personId();
                if (person != null && !candidates.contains(person)) {
                    errors.add(new FieldError("results[" + i + "].personId",
                            "'" + person + "' is not among the candidacies of this election"));
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.unknownReferences(errors);
            }
        }
        return record;
    }

    @Override
    public void stored(E entity) {
        EntityManager em = Panache.getEntityManager();
        List<Ref> references = entity.references();
        entity.search = searchText(entity.data());
        unlink(em, entity.id);
        for (Ref ref : new LinkedHashSet<>(references)) {
            em.persist(LinkEntity.of(kind, entity.id, ref));
        }
    }

    @Override
    public void beforeDelete(E entity) {
        unlink(Panache.getEntityManager(), entity.id);
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
