package org.giswatch.metrics.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.giswatch.contract.integrity.DanglingReference;
import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrer;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.platform.integrity.LocalReferences;
import org.giswatch.platform.integrity.Reference;
import org.giswatch.platform.record.RecordKind;

/**
 * The references observations hold: indicator (here), subject and country (catalog-service) and source citation
 * with its footnote (citation-service). Indicators refer to nothing. Curation candidates that are proposed or
 * accepted refer to their chapter and source citations too, so those cannot be deleted under them
 * (docs/api/curation.md#decisions-and-deletions).
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
            case ReferenceTarget.CITATION -> {
                add(all, "source.citationId", "citation_id = ?1", target.id(), null);
                candidates(all, "source.citationId", "citation_id = ?1", target.id());
                candidates(all, "chapterId", "chapter_id = ?1", target.id());
            }
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
        all.forEach(r -> byId.putIfAbsent(r.collection() + "/" + r.id(), r));
        List<Referrer> distinct = new ArrayList<>(byId.values());
        distinct.sort(Comparator.comparing(Referrer::collection).thenComparing(Referrer::id));
        return new Referrers(target.toString(), distinct.size(), distinct.subList(0, Math.min(limit, distinct.size())));
    }

    /** Candidates still waiting for a decision or accepted: rejected and vanished ones hold no live reference. */
    @SuppressWarnings("unchecked")
    private void candidates(List<Referrer> into, String field, String where, String id) {
        var query = em.createNativeQuery("SELECT id FROM candidate WHERE " + where
                + " AND status IN ('proposed', 'accepted') ORDER BY id", String.class).setParameter(1, id);
        for (String candidate : (List<String>) query.getResultList()) {
            into.add(new Referrer(SERVICE, "candidates", candidate, field));
        }
    }

    /** Observations whose unit or value breaks the unit rule of their indicator as it is now (UnitRule). */
    @Override
    @SuppressWarnings("unchecked")
    public List<DanglingReference> disagreements() {
        Map<String, IndicatorEntity> indicators = new HashMap<>();
        IndicatorEntity.<IndicatorEntity> listAll().forEach(i -> indicators.put(i.id, i));
        List<DanglingReference> found = new ArrayList<>();
        List<Object[]> rows = em.createNativeQuery("SELECT id, indicator, unit, value FROM observation ORDER BY id")
                .getResultList();
        for (Object[] row : rows) {
            IndicatorEntity indicator = indicators.get((String) row[1]);
            if (indicator == null) {
                continue; // a dangling indicator: listed by the reference checks
            }
            List<FieldError> problems = new ArrayList<>();
            UnitRule.problems((String) row[2], (BigDecimal) row[3], indicator, "", problems);
            for (FieldError problem : problems) {
                found.add(new DanglingReference(SERVICE, ObservationService.KIND.collection(), (String) row[0],
                        problem.field(), "indicator:" + indicator.id, problem.message()));
            }
        }
        return found;
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
