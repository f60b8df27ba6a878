package org.giswatch.metrics.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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
        Match match = switch (target.kind()) {
            case ReferenceTarget.CITATION -> new Match("citation_id = ?1", "'source.citationId'");
            case "indicator" -> new Match("indicator = ?1", "'indicator'");
            // nothing here refers to these
            case "observation", "report", "chapter" -> null;
            // A country observation names kz as subject and as country: it is listed once, as subject.
            case "country" -> new Match("(subject = ?1 AND subject_type = ?2) OR country = ?1",
                    "CASE WHEN subject = ?1 AND subject_type = ?2 THEN 'subject' ELSE 'country' END");
            default -> new Match("subject = ?1 AND subject_type = ?2", "'subject'");
        };
        if (match == null) {
            return new Referrers(target.toString(), 0, List.of());
        }
        // Counted and listed by PostgreSQL: a target of a million observations reads ten ids, not a million.
        long total = ((Number) match.bind(em.createNativeQuery("SELECT count(*) FROM observation WHERE "
                + match.where()), target).getSingleResult()).longValue();
        List<Referrer> items = new ArrayList<>();
        if (total > 0 && limit > 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = match.bind(em.createNativeQuery("SELECT id, " + match.field() + " FROM observation"
                    + " WHERE " + match.where() + " ORDER BY id LIMIT " + limit), target)
                    .getResultList();
            for (Object[] row : rows) {
                items.add(new Referrer(SERVICE, ObservationService.KIND.collection(), (String) row[0],
                        (String) row[1]));
            }
        }
        return new Referrers(target.toString(), total, items);
    }

    /** The observations that refer to a target ({@code ?1} its id, {@code ?2} its kind) and the field that does. */
    private record Match(String where, String field) {
        Query bind(Query query, ReferenceTarget target) {
            query.setParameter(1, target.id());
            if (where.contains("?2")) {
                query.setParameter(2, target.kind());
            }
            return query;
        }
    }
}
