package org.giswatch.catalog.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.giswatch.catalog.domain.CatalogEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.domain.CatalogQuery;
import org.giswatch.catalog.domain.LinkEntity;
import org.giswatch.catalog.domain.Ref;
import org.giswatch.catalog.domain.Sort;
import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.json.MergePatch;
import org.giswatch.platform.problem.ApiException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Owns the transactions of every catalog kind; the reference-data loader writes through here too. References
 * to other catalog records are checked on every write (422 naming the field) and recorded as links, so a
 * record that others refer to cannot be deleted (409).
 */
@ApplicationScoped
public class CatalogService {

    private final EntityManager em;
    private final MergePatch mergePatch;
    private final ObjectMapper mapper;

    public CatalogService(EntityManager em, MergePatch mergePatch, ObjectMapper mapper) {
        this.em = em;
        this.mergePatch = mergePatch;
        this.mapper = mapper;
    }

    /** Up to {@code size} rows matching {@code query}, after the keyset {@code after} (null for the first page). */
    public <E extends CatalogEntity<?>> List<E> page(CatalogKind<?, E> kind, CatalogQuery query, Sort sort,
            List<String> after, int size) {
        return query.page(em, kind.entityType(), sort, after, size);
    }

    public <D extends CatalogRecord<D>, E extends CatalogEntity<D>> Optional<E> find(CatalogKind<D, E> kind, String id) {
        return Optional.ofNullable(em.find(kind.entityType(), id));
    }

    public <D extends CatalogRecord<D>, E extends CatalogEntity<D>> E get(CatalogKind<D, E> kind, String id) {
        return find(kind, id).orElseThrow(() -> ApiException.notFound(kind.name(), id));
    }

    @Transactional
    public <D extends CatalogRecord<D>, E extends CatalogEntity<D>> E create(CatalogKind<D, E> kind, D record) {
        if (find(kind, record.id()).isPresent()) {
            throw ApiException.alreadyExists(kind.name(), record.id());
        }
        E entity = kind.newEntity();
        entity.id = record.id();
        store(kind, entity, record);
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Transactional
    public <D extends CatalogRecord<D>, E extends CatalogEntity<D>> E replace(CatalogKind<D, E> kind, String id,
            D record, long expectedVersion) {
        if (!id.equals(record.id())) {
            throw ApiException.invalid("id", "must equal the id in the path ('" + id + "')");
        }
        E entity = get(kind, id);
        Preconditions.check(expectedVersion, entity.version);
        store(kind, entity, record);
        em.flush();
        return entity;
    }

    @Transactional
    public <D extends CatalogRecord<D>, E extends CatalogEntity<D>> E patch(CatalogKind<D, E> kind, String id,
            JsonNode patch, long expectedVersion) {
        E entity = get(kind, id);
        return replace(kind, id, mergePatch.apply(entity.toDto(), patch, kind.recordType()), expectedVersion);
    }

    @Transactional
    public <D extends CatalogRecord<D>, E extends CatalogEntity<D>> void delete(CatalogKind<D, E> kind, String id,
            long expectedVersion) {
        E entity = get(kind, id);
        Preconditions.check(expectedVersion, entity.version);
        List<String> referrers = em.createQuery("select distinct l.fromKind, l.fromId from LinkEntity l"
                + " where l.toKind = :kind and l.toId = :id and not (l.fromKind = :kind and l.fromId = :id)"
                + " order by l.fromKind, l.fromId", Object[].class)
                .setParameter("kind", kind.name()).setParameter("id", id).setMaxResults(5).getResultStream()
                .map(row -> row[0] + " '" + row[1] + "'").toList();
        if (!referrers.isEmpty()) {
            throw ApiException.conflict("The " + kind.name() + " '" + id + "' is referred to by "
                    + String.join(", ", referrers) + "; change or delete those first");
        }
        unlink(kind, id);
        em.remove(entity);
    }

    /** Creates or updates from reference data; returns false when the stored record already says the same. */
    @Transactional
    public <D extends CatalogRecord<D>, E extends CatalogEntity<D>> boolean upsert(CatalogKind<D, E> kind, D record) {
        Optional<E> existing = find(kind, record.id());
        if (existing.isEmpty()) {
            create(kind, record);
            return true;
        }
        if (Objects.equals(existing.get().data(), record.withAudit(null))) {
            return false;
        }
        replace(kind, record.id(), record, Preconditions.ANY_VERSION);
        return true;
    }

    private <D extends CatalogRecord<D>, E extends CatalogEntity<D>> void store(CatalogKind<D, E> kind, E entity,
            D record) {
        entity.apply(record);
        List<Ref> references = entity.references();
        checkReferences(references);
        entity.search = searchText(entity.data());
        unlink(kind, entity.id);
        for (Ref ref : new LinkedHashSet<>(references)) {
            em.persist(LinkEntity.of(kind.name(), entity.id, ref));
        }
    }

    private void checkReferences(List<Ref> references) {
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

    private void unlink(CatalogKind<?, ?> kind, String id) {
        em.createQuery("delete from LinkEntity l where l.fromKind = :kind and l.fromId = :id")
                .setParameter("kind", kind.name()).setParameter("id", id).executeUpdate();
    }

    private String searchText(Object record) {
        try {
            return mapper.writeValueAsString(record).toLowerCase(Locale.ROOT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a catalog record", e);
        }
    }
}
