package org.giswatch.citation.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.giswatch.citation.domain.CitationEntity;
import org.giswatch.citation.extract.ChapterReader;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.giswatch.contract.citation.ExtractedFootnote;
import org.giswatch.contract.citation.ExtractionWarning;
import org.giswatch.contract.citation.FootnoteExtraction;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.ApiException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Footnote extraction: dry-run returns what the chapter's footnotes say; store mode writes them as
 * {@code <chapter>-fn<N>} through {@link CitationService#upsert}, so a second run changes nothing.
 */
@ApplicationScoped
public class FootnoteExtractionService {

    /** A GISWatch chapter is ~25 KB of Markdown; a whole report fits too. */
    public static final int MAX_BYTES = 512 * 1024;
    public static final String DRY_RUN = "dry-run";
    public static final String STORE = "store";

    private static final Logger LOG = Logger.getLogger(FootnoteExtractionService.class);
    /** Fields the reader may determine; in store mode only these overwrite what is stored. */
    private static final Set<String> NOT_OVERLAID = Set.of("id", "citedIn", "audit");

    private final CitationService citations;
    private final ObjectMapper mapper;
    private final Validator validator;

    public FootnoteExtractionService(CitationService citations, ObjectMapper mapper, Validator validator) {
        this.citations = citations;
        this.mapper = mapper;
        this.validator = validator;
    }

    public FootnoteExtraction dryRun(String markdown, String chapter) {
        return read(markdown, chapter, DRY_RUN);
    }

    @Transactional
    public FootnoteExtraction store(String markdown, String chapter) {
        if (chapter == null) {
            throw ApiException.invalid("chapter", "is required with mode=store");
        }
        CitationEntity chapterEntity = CitationEntity.findByIdOptional(chapter).orElseThrow(
                () -> ApiException.unknownReference("chapter", "No citation with id '" + chapter + "'"));
        if (!"chapter".equals(chapterEntity.kind)) {
            throw ApiException.unknownReference("chapter", "Citation '" + chapter + "' is not of kind chapter");
        }
        FootnoteExtraction read = read(markdown, chapter, STORE);
        List<ExtractedFootnote> stored = new ArrayList<>();
        Map<Integer, Citation> storedByOwner = new java.util.HashMap<>();
        for (ExtractedFootnote footnote : read.footnotes()) {
            if (footnote.citation() == null) {
                stored.add(footnote);
                continue;
            }
            if (footnote.sameAs() != null) {
                // Stored with the footnote it repeats (as a further citedIn); no citation of its own.
                stored.add(new ExtractedFootnote(footnote.number(), footnote.text(),
                        storedByOwner.getOrDefault(footnote.sameAs(), footnote.citation()), null, footnote.warnings(),
                        footnote.sameAs()));
                continue;
            }
            Citation merged = CitationEntity.findByIdOptional(footnote.citation().id())
                    .map(existing -> overlay(existing.toDto().withAudit(null), footnote.citation(), chapter))
                    .orElse(footnote.citation());
            Set<ConstraintViolation<Citation>> violations = validator.validate(merged);
            if (!violations.isEmpty()) {
                List<ExtractionWarning> warnings = new ArrayList<>(footnote.warnings());
                violations.forEach(v -> warnings.add(new ExtractionWarning(footnote.number(),
                        v.getPropertyPath().toString(), "not stored: " + v.getMessage())));
                stored.add(new ExtractedFootnote(footnote.number(), footnote.text(), footnote.citation(), "rejected", warnings));
                continue;
            }
            String outcome = citations.upsert(merged).name().toLowerCase(Locale.ROOT);
            Citation now = CitationEntity.findByIdOptional(merged.id()).map(CitationEntity::toDto).orElse(merged);
            storedByOwner.put(footnote.number(), now);
            stored.add(new ExtractedFootnote(footnote.number(), footnote.text(), now, outcome, footnote.warnings()));
        }
        return new FootnoteExtraction(chapter, STORE, stored, read.warnings());
    }

    private FootnoteExtraction read(String markdown, String chapter, String mode) {
        String text = markdown == null ? "" : markdown;
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The chapter exceeds " + MAX_BYTES + " bytes; send one chapter at a time");
        }
        try {
            return ChapterReader.read(text, chapter, mode);
        } catch (RuntimeException e) {
            // Input we cannot read is the caller's problem, reported as a warning, never a 500.
            LOG.debugf(e, "Footnote extraction gave up");
            return new FootnoteExtraction(chapter, mode, List.of(),
                    List.of(new ExtractionWarning(null, null, "the document could not be read as a chapter")));
        }
    }

    /** The stored citation with every field the footnotes determined replaced, and this chapter's uses updated. */
    private Citation overlay(Citation existing, Citation extracted, String chapter) {
        ObjectNode base = mapper.valueToTree(existing);
        JsonNode read = mapper.valueToTree(extracted);
        for (Iterator<Map.Entry<String, JsonNode>> it = read.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!NOT_OVERLAID.contains(field.getKey()) && !field.getValue().isNull()) {
                base.set(field.getKey(), field.getValue());
            }
        }
        List<CitedIn> uses = new ArrayList<>(existing.citedIn());
        for (CitedIn readUse : extracted.citedIn()) {
            boolean replaced = false;
            for (int i = 0; i < uses.size(); i++) {
                CitedIn use = uses.get(i);
                if (use.chapterId().equals(chapter) && readUse.footnote().equals(use.footnote())) {
                    uses.set(i, new CitedIn(chapter, readUse.footnote(),
                            readUse.passage() != null ? readUse.passage() : use.passage(),
                            readUse.pages() != null ? readUse.pages() : use.pages()));
                    replaced = true;
                }
            }
            if (!replaced) {
                uses.add(readUse);
            }
        }
        try {
            return mapper.treeToValue(base, Citation.class).withCitedIn(uses);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
