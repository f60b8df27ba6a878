package org.giswatch.citation.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrer;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.platform.integrity.LocalReferences;
import org.giswatch.platform.integrity.Reference;
import org.giswatch.platform.record.RecordKind;

/**
 * The references citations hold: {@code containerId} (another citation) and {@code citedIn[].chapterId} (the
 * chapter's citation here, and the chapter in catalog-service).
 */
@ApplicationScoped
public class CitationReferences implements LocalReferences {

    static final String SERVICE = "citation-service";

    private final EntityManager em;

    public CitationReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RecordKind<?, ?>> kinds() {
        return List.of(CitationService.KIND);
    }

    @Override
    public List<Reference> of(RecordKind<?, ?> kind, Object record) {
        Citation c = (Citation) record;
        List<Reference> references = new ArrayList<>();
        if (c.containerId() != null) {
            references.add(Reference.to("containerId", ReferenceTarget.CITATION, c.containerId()));
        }
        for (int i = 0; i < c.citedIn().size(); i++) {
            String chapter = c.citedIn().get(i).chapterId();
            references.add(Reference.to("citedIn[" + i + "].chapterId", ReferenceTarget.CITATION, chapter));
            references.add(Reference.to("citedIn[" + i + "].chapterId", "chapter", chapter));
        }
        return references;
    }

    @Override
    public Referrers referrers(ReferenceTarget target, int limit) {
        long total = 0;
        List<Referrer> items = new ArrayList<>();
        if (target.kind().equals(ReferenceTarget.CITATION)) {
            total += add(items, limit, "containerId", "container_id = ?1 AND id <> ?1", target.id());
        }
        if (target.kind().equals(ReferenceTarget.CITATION) || target.kind().equals("chapter")) {
            total += add(items, limit, "citedIn", "cited_in @> jsonb_build_array(jsonb_build_object("
                    + "'chapterId', CAST(?1 AS text))) AND id <> ?1", target.id());
        }
        return new Referrers(target.toString(), total, items);
    }

    /**
     * Counts the citations {@code where} selects and adds the first of them to {@code items}, up to {@code limit}
     * items in all: PostgreSQL counts, only the listed ids are read.
     */
    private long add(List<Referrer> items, int limit, String field, String where, String id) {
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM citation WHERE " + where)
                .setParameter(1, id).getSingleResult()).longValue();
        int room = limit - items.size();
        if (count > 0 && room > 0) {
            @SuppressWarnings("unchecked")
            List<String> ids = em.createNativeQuery("SELECT id FROM citation WHERE " + where + " ORDER BY id LIMIT "
                    + room, String.class).setParameter(1, id).getResultList();
            ids.forEach(citation -> items.add(new Referrer(SERVICE, CitationService.KIND.collection(), citation, field)));
        }
        return count;
    }
}
