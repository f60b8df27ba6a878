package org.giswatch.citation.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.citation.domain.CitationEntity;
import org.giswatch.citation.domain.CitationFilter;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordHooks;
import org.giswatch.platform.record.RecordJson;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordQuery;
import org.giswatch.platform.record.RecordService;
import org.giswatch.platform.record.UpsertOutcome;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Citations: their record kind (written through the platform lifecycle, with the rules below as its hooks) and
 * queries. The reference-data loader and the footnote extraction write through here too.
 */
@ApplicationScoped
public class CitationService {

    public static final RecordKind<Citation, CitationEntity> KIND = new RecordKind<>("citation", "citations",
            Citation.class, CitationEntity.class, CitationEntity::new, new RecordHooks<>() {
                @Override
                public Citation check(Citation citation) {
                    CitationService.check(citation);
                    return citation;
                }
            }, CitationEntity.JSON);

    private final RecordService records;

    public CitationService(RecordService records) {
        this.records = records;
    }

    public List<CitationEntity> page(CitationFilter filter, String afterId, int size) {
        RecordQuery query = filter.query();
        return query.page(Panache.getEntityManager(), CitationEntity.class, query.select(KIND.table()),
                CitationFilter.ORDER, afterId == null ? null : List.of(afterId, afterId), size);
    }

    /** The same page as {@link #page}, from the fast read path (RecordJson). */
    public List<RecordJson.Row> pageJson(CitationFilter filter, String afterId, int size) {
        RecordQuery query = filter.query();
        return query.json(Panache.getEntityManager(), KIND, query.select(KIND.table()), CitationFilter.ORDER,
                afterId == null ? null : List.of(afterId, afterId), size);
    }

    public CitationEntity get(String id) {
        return records.get(KIND, id);
    }

    /** Creates or updates by id (reference data, footnote extraction in store mode). */
    public UpsertOutcome upsert(Citation citation) {
        return records.upsert(KIND, citation);
    }

    /** Rules Bean Validation cannot express: date and year agree, no footnote listed twice, not its own container. */
    static void check(Citation c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.date() != null && c.year() != null && c.date().getYear() != c.year()) {
            errors.add(new FieldError("date", "must lie in the year " + c.year()));
        }
        if (c.date() != null && c.year() == null) {
            errors.add(new FieldError("year", "must be given with a date"));
        }
        if (c.translatedTitle() != null && c.title() == null) {
            errors.add(new FieldError("title", "must be given with a translated title"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.citedIn().size(); i++) {
            CitedIn use = c.citedIn().get(i);
            if (!seen.add(use.chapterId() + "#" + use.footnote())) {
                errors.add(new FieldError("citedIn[" + i + "]", "lists the same chapter and footnote twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        // That its container and chapters exist is checked with every other reference (CitationReferences).
        if (c.id() != null && c.id().equals(c.containerId())) {
            throw ApiException.unknownReference("containerId", "A citation cannot contain itself");
        }
    }
}
