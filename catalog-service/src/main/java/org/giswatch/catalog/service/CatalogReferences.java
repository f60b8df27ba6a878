package org.giswatch.catalog.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.giswatch.catalog.domain.CatalogEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.domain.Ref;
import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrer;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.platform.integrity.LocalReferences;
import org.giswatch.platform.integrity.Reference;
import org.giswatch.platform.integrity.SourceRefs;
import org.giswatch.platform.record.RecordKind;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The references catalog records hold: to other catalog records (their {@link Ref}s, also kept as links in
 * {@code catalog_link}) and to citation-service ({@code sources[].citationId} at any depth, with the footnote).
 */
@ApplicationScoped
public class CatalogReferences implements LocalReferences {

    static final String SERVICE = "catalog-service";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public CatalogReferences(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public List<RecordKind<?, ?>> kinds() {
        return CatalogKind.ALL;
    }

    @Override
    public List<Reference> of(RecordKind<?, ?> kind, Object record) {
        List<Reference> references = new ArrayList<>();
        for (Ref ref : refs(kind, (CatalogRecord<?>) record)) {
            // Platform slugs are a vocabulary, not records.
            if (ReferenceTarget.known(ref.kind())) {
                references.add(Reference.to(ref.field(), ref.kind(), ref.id()));
            }
        }
        for (SourceRefs.Found source : SourceRefs.in(mapper.valueToTree(record))) {
            references.add(Reference.source(source.path(), source.citationId(), source.footnote()));
        }
        return references;
    }

    /** The entity knows which of its fields are references: ask a transient copy. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static List<Ref> refs(RecordKind kind, CatalogRecord<?> record) {
        CatalogEntity entity = (CatalogEntity) kind.newEntity();
        entity.apply(record);
        return entity.references();
    }

    @Override
    public Referrers referrers(ReferenceTarget target, int limit) {
        return ReferenceTarget.CITATION.equals(target.kind()) ? citationReferrers(target, limit)
                : linkReferrers(target, limit);
    }

    private Referrers linkReferrers(ReferenceTarget target, int limit) {
        String where = " from LinkEntity l where l.toKind = :kind and l.toId = :id"
                + " and not (l.fromKind = :kind and l.fromId = :id)";
        long total = em.createQuery("select count(distinct concat(l.fromKind, ':', l.fromId))" + where, Long.class)
                .setParameter("kind", target.kind()).setParameter("id", target.id()).getSingleResult();
        List<Referrer> items = em.createQuery("select l.fromKind, l.fromId, min(l.rel)" + where
                + " group by l.fromKind, l.fromId order by l.fromKind, l.fromId", Object[].class)
                .setParameter("kind", target.kind()).setParameter("id", target.id()).setMaxResults(limit)
                .getResultStream()
                .map(row -> new Referrer(SERVICE, collection((String) row[0]), (String) row[1], (String) row[2]))
                .toList();
        return new Referrers(target.toString(), total, items);
    }

    /** Counted per kind by PostgreSQL; only the listed records (the first {@code limit}, kind by kind) are read. */
    private Referrers citationReferrers(ReferenceTarget target, int limit) {
        long total = 0;
        List<Referrer> items = new ArrayList<>();
        for (RecordKind<?, ?> kind : CatalogKind.ALL) {
            String where = " FROM " + kind.table()
                    + " WHERE jsonb_path_exists(data, 'lax $.** ? (@.citationId == $id)', jsonb_build_object('id', ?1))";
            long count = ((Number) em.createNativeQuery("SELECT count(*)" + where).setParameter(1, target.id())
                    .getSingleResult()).longValue();
            total += count;
            int room = limit - items.size();
            if (count > 0 && room > 0) {
                @SuppressWarnings("unchecked")
                List<String> ids = em.createNativeQuery("SELECT id" + where + " ORDER BY id LIMIT " + room,
                        String.class).setParameter(1, target.id()).getResultList();
                for (String id : ids) {
                    items.add(new Referrer(SERVICE, kind.collection(), id, firstField(kind, id, target.id())));
                }
            }
        }
        return new Referrers(target.toString(), total, items);
    }

    private String firstField(RecordKind<?, ?> kind, String id, String citationId) {
        CatalogEntity<?> entity = (CatalogEntity<?>) em.find(kind.entityType(), id);
        return SourceRefs.in(mapper.valueToTree(entity.data())).stream()
                .filter(s -> s.citationId().equals(citationId))
                .map(s -> SourceRefs.field(s.path(), "citationId")).findFirst().orElse(null);
    }

    private static String collection(String kind) {
        return CatalogKind.named(kind).map(RecordKind::collection).orElse(kind);
    }
}
