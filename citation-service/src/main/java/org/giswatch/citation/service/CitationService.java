package org.giswatch.citation.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.giswatch.citation.domain.CitationEntity;
import org.giswatch.citation.domain.CitationFilter;
import org.giswatch.citation.domain.CitationQueries;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.json.MergePatch;
import org.giswatch.platform.problem.ApiException;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.Panache;

/** Owns the transactions for citations; the reference-data loader and the footnote extraction write through here. */
@ApplicationScoped
public class CitationService {

    static final String KIND = "citation";

    private final MergePatch mergePatch;

    public CitationService(MergePatch mergePatch) {
        this.mergePatch = mergePatch;
    }

    public List<CitationEntity> page(CitationFilter filter, String afterId, int size) {
        return CitationQueries.page(Panache.getEntityManager(), filter, afterId, size);
    }

    public CitationEntity get(String id) {
        return CitationEntity.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(KIND, id));
    }

    /** The record a citation is part of (a chapter's report), if any. */
    public Citation containerOf(Citation citation) {
        return citation.containerId() == null ? null
                : CitationEntity.findByIdOptional(citation.containerId()).map(CitationEntity::toDto).orElse(null);
    }

    @Transactional
    public CitationEntity create(Citation citation) {
        if (CitationEntity.findByIdOptional(citation.id()).isPresent()) {
            throw ApiException.alreadyExists(KIND, citation.id());
        }
        check(citation);
        CitationEntity entity = new CitationEntity();
        entity.id = citation.id();
        entity.apply(citation);
        entity.persistAndFlush();
        return entity;
    }

    @Transactional
    public CitationEntity replace(String id, Citation citation, long expectedVersion) {
        if (!id.equals(citation.id())) {
            throw ApiException.invalid("id", "must equal the id in the path ('" + id + "')");
        }
        CitationEntity entity = get(id);
        Preconditions.check(expectedVersion, entity.version);
        check(citation);
        entity.apply(citation);
        entity.flush();
        return entity;
    }

    @Transactional
    public CitationEntity patch(String id, JsonNode patch, long expectedVersion) {
        CitationEntity entity = get(id);
        return replace(id, mergePatch.apply(entity.toDto().withAudit(null), patch, Citation.class), expectedVersion);
    }

    @Transactional
    public void delete(String id, long expectedVersion) {
        CitationEntity entity = get(id);
        Preconditions.check(expectedVersion, entity.version);
        if (CitationEntity.isContainerOfOthers(id) || !CitationQueries.page(Panache.getEntityManager(),
                new CitationFilter(id, null, null, null, null), null, 1).isEmpty()) {
            throw ApiException.conflict("Citation '" + id + "' is referenced by other citations (containerId or citedIn)");
        }
        entity.delete();
    }

    /**
     * Creates or updates; returns "created", "updated" or "unchanged" (nothing written, version kept). Used by the
     * reference-data loader and by footnote extraction in store mode.
     */
    @Transactional
    public String upsert(Citation citation) {
        return CitationEntity.findByIdOptional(citation.id()).map(existing -> {
            if (Objects.equals(existing.toDto().withAudit(null), citation.withAudit(null))) {
                return "unchanged";
            }
            check(citation);
            existing.apply(citation);
            existing.flush();
            return "updated";
        }).orElseGet(() -> {
            create(citation);
            return "created";
        });
    }

    /** Rules Bean Validation cannot express: references exist, date and year agree, no footnote listed twice. */
    void check(Citation c) {
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
        if (c.containerId() != null && (c.containerId().equals(c.id())
                || CitationEntity.findByIdOptional(c.containerId()).isEmpty())) {
            throw ApiException.unknownReference("containerId", "No citation with id '" + c.containerId() + "'");
        }
        for (int i = 0; i < c.citedIn().size(); i++) {
            String chapter = c.citedIn().get(i).chapterId();
            if (chapter.equals(c.id()) || CitationEntity.findByIdOptional(chapter).isEmpty()) {
                throw ApiException.unknownReference("citedIn[" + i + "].chapterId", "No citation with id '" + chapter + "'");
            }
        }
    }
}
