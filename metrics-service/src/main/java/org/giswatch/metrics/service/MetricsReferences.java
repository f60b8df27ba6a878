package org.giswatch.metrics.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrer;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.platform.integrity.LocalReferences;
import org.giswatch.platform.integrity.Reference;
import org.giswatch.platform.record.RecordKind;

/**
 * The references observations hold: indicator (here), subject and country (catalog-service) and source citation
 * with its footnote (citation-service). Indicators refer to nothing.
 */
@ApplicationScoped
public class MetricsReferences implements LocalReferences {

    static final String SERVICE = "metrics-service";

    private final EntityManager em;

    public MetricsReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RecordKind<?, ?>> kinds() {
        return List.of(IndicatorService.KIND, ObservationService.KIND);
    }

    @Override
    public List<Reference> of(RecordKind<?, ?> kind, Object record) {
        if (!(record instanceof Observation o)) {
            return List.of();
        }
        List<Reference> references = new ArrayList<>();
        references.add(Reference.to("indicator", "indicator", o.indicator()));
        if (o.subjectType() != null) {
            references.add(Reference.to("subject", o.subjectType().value(), o.subject()));
        }
        if (o.country() != null) {
            references.add(Reference.to("country", "country", o.country()));
        }
        if (o.source() != null) {
            references.add(Reference.source("source", o.source().citationId(), o.source().footnote()));
        }
        return references;
    }

    @Override
    public Referrers referrers(ReferenceTarget target, int limit) {
        List<Referrer> all = new ArrayList<>();
        switch (target.kind()) {
            case ReferenceTarget.CITATION -> add(all, "source.citationId", "citation_id = ?1", target.id(), null);
            case "indicator" -> add(all, "indicator", "indicator = ?1", target.id(), null);
            case "observation", "report", "chapter" -> {
                // nothing here refers to these
            }
            default -> {
                add(all, "subject", "subject = ?1 AND subject_type = ?2", target.id(), target.kind());
                if (target.kind().equals("country")) {
                    add(all, "country", "country = ?1", target.id(), null);
                }
            }
        }
        // A country observation names kz as subject and as country: list it once.
        Map<String, Referrer> byId = new LinkedHashMap<>();
        all.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<Referrer> distinct = new ArrayList<>(byId.values());
        distinct.sort(Comparator.comparing(Referrer::id));
        return new Referrers(target.toString(), distinct.size(), distinct.subList(0, Math.min(limit, distinct.size())));
    }

    @SuppressWarnings("unchecked")
    private void add(List<Referrer> into, String field, String where, String id, String kind) {
        var query = em.createNativeQuery("SELECT id FROM observation WHERE " + where + " ORDER BY id", String.class)
                .setParameter(1, id);
        if (kind != null) {
            query.setParameter(2, kind);
        }
        for (String observation : (List<String>) query.getResultList()) {
            into.add(new Referrer(SERVICE, ObservationService.KIND.collection(), observation, field));
        }
    }
}
