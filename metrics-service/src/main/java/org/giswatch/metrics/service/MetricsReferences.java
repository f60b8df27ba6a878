package org.giswatch.metrics.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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
        List<Match> matches = switch (target.kind()) {
            // Proposed or accepted candidates hold their source and chapter citations as an observation does.
            case ReferenceTarget.CITATION -> List.of(
                    new Match("observation", "citation_id = ?1", "'source.citationId'"),
                    new Match("candidate", "citation_id = ?1 AND status IN ('proposed', 'accepted')",
                            "'source.citationId'"),
                    new Match("candidate", "chapter_id = ?1 AND status IN ('proposed', 'accepted')", "'chapterId'"));
            case "indicator" -> List.of(new Match("observation", "indicator = ?1", "'indicator'"));
            // nothing here refers to these
            case "observation", "report", "chapter" -> List.of();
            // A country observation names kz as subject and as country: it is listed once, as subject.
            case "country" -> List.of(new Match("observation", "(subject = ?1 AND subject_type = ?2) OR country = ?1",
                    "CASE WHEN subject = ?1 AND subject_type = ?2 THEN 'subject' ELSE 'country' END"));
            default -> List.of(new Match("observation", "subject = ?1 AND subject_type = ?2", "'subject'"));
        };
        // Counted and listed by PostgreSQL: a target of a million observations reads ten ids, not a million.
        // Listed by collection ("candidates" before "observations"), then id.
        long total = 0;
        List<Referrer> items = new ArrayList<>();
        for (Match match : matches.stream().sorted(Comparator.comparing(Match::collection)).toList()) {
            total += ((Number) match.bind(em.createNativeQuery("SELECT count(*) FROM " + match.table() + " WHERE "
                    + match.where()), target).getSingleResult()).longValue();
            int room = limit - items.size();
            if (room > 0) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = match.bind(em.createNativeQuery("SELECT id, " + match.field() + " FROM "
                        + match.table() + " WHERE " + match.where() + " ORDER BY id LIMIT " + room), target)
                        .getResultList();
                for (Object[] row : rows) {
                    items.add(new Referrer(SERVICE, match.collection(), (String) row[0], (String) row[1]));
                }
            }
        }
        return new Referrers(target.toString(), total, items);
    }

    /**
     * Observations whose unit or value breaks the unit rule of their indicator as it is now (UnitRule). PostgreSQL
     * selects the rows that may break it (another unit, outside the bounds, a count that is negative or not whole),
     * so the report reads the offenders, not every observation; UnitRule then words each problem.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<DanglingReference> disagreements() {
        Map<String, IndicatorEntity> indicators = new HashMap<>();
        IndicatorEntity.<IndicatorEntity> listAll().forEach(i -> indicators.put(i.id, i));
        List<DanglingReference> found = new ArrayList<>();
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.indicator, o.unit, o.value FROM observation o"
                + " JOIN indicator i ON i.id = o.indicator WHERE o.unit IS DISTINCT FROM i.unit"
                + " OR o.value < coalesce(i.min_value, CASE WHEN i.unit IN ('percent', 'count', 'persons') THEN 0 END)"
                + " OR o.value > coalesce(i.max_value, CASE WHEN i.unit = 'percent' THEN 100 END)"
                + " OR (i.unit IN ('count', 'persons') AND o.value <> trunc(o.value)) ORDER BY o.id").getResultList();
        for (Object[] row : rows) {
            IndicatorEntity indicator = indicators.get((String) row[1]);
            List<FieldError> problems = new ArrayList<>();
            UnitRule.problems((String) row[2], (BigDecimal) row[3], indicator, "", problems);
            for (FieldError problem : problems) {
                found.add(new DanglingReference(SERVICE, ObservationService.KIND.collection(), (String) row[0],
                        problem.field(), "indicator:" + indicator.id, problem.message()));
            }
        }
        return found;
    }

    /** The rows of {@code table} that refer to a target ({@code ?1} its id, {@code ?2} its kind), and the field. */
    private record Match(String table, String where, String field) {
        String collection() {
            return table.equals("candidate") ? "candidates" : ObservationService.KIND.collection();
        }

        Query bind(Query query, ReferenceTarget target) {
            query.setParameter(1, target.id());
            if (where.contains("?2")) {
                query.setParameter(2, target.kind());
            }
            return query;
        }
    }
}
