package org.giswatch.citation.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    /** The fields a footnote determines. */
    private static final List<String> READ_FIELDS = List.of("author", "authorType", "interviewee", "publisher", "editor",
            "place", "year", "date", "datePrinted", "title", "translatedTitle", "translatedTitleLanguage", "language",
            "url", "urlText", "archivedUrl", "containerTitle", "pages", "reportNumber");
    /** Those, the kind and the parser's notes: what a re-ingest updates where the footnote's reading changed. */
    private static final List<String> OWN_FIELDS = java.util.stream.Stream.concat(READ_FIELDS.stream(),
            java.util.stream.Stream.of("kind", "notes")).toList();

    private final CitationService citations;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager em;

    public FootnoteExtractionService(CitationService citations, ObjectMapper mapper, Validator validator,
            EntityManager em) {
        this.citations = citations;
        this.mapper = mapper;
        this.validator = validator;
        this.em = em;
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
            remember(footnote.citation());
            Citation now = CitationEntity.findByIdOptional(merged.id()).map(CitationEntity::toDto).orElse(merged);
            storedByOwner.put(footnote.number(), now);
            stored.add(new ExtractedFootnote(footnote.number(), footnote.text(), now, outcome, footnote.warnings()));
        }
        return new FootnoteExtraction(chapter, STORE, stored, read.warnings());
    }

    /** What the parser read for this citation at the last store, or null (footnote_reading, migration V27). */
    private JsonNode previousReading(String citationId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT CAST(reading AS text) FROM footnote_reading WHERE citation_id = ?1",
                String.class).setParameter(1, citationId).getResultList();
        try {
            return rows.isEmpty() ? null : mapper.readTree(rows.get(0));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void remember(Citation read) {
        ObjectNode reading = mapper.valueToTree(read);
        reading.remove(List.of("id", "citedIn", "audit"));
        em.createNativeQuery("INSERT INTO footnote_reading (citation_id, reading) VALUES (?1, CAST(?2 AS jsonb)) "
                + "ON CONFLICT (citation_id) DO UPDATE SET reading = EXCLUDED.reading, read_at = now()")
                .setParameter(1, read.id()).setParameter(2, reading.toString()).executeUpdate();
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

    /**
     * The stored citation with the fields the footnote changed updated, and this chapter's uses updated. Without an
     * earlier reading, what the footnote gives overwrites and the rest stays: the kind an editor stored (the
     * reference data's are written by hand), and notes unless they are the parser's own ({@link ChapterReader#UNREAD_NOTES}).
     */
    private Citation overlay(Citation existing, Citation extracted, String chapter) {
        ObjectNode base = mapper.valueToTree(existing);
        JsonNode read = mapper.valueToTree(extracted);
        JsonNode before = previousReading(extracted.id());
        if (before != null) {
            // What the footnote said last time is known: exactly the fields whose reading changed are updated (a
            // field it no longer gives is cleared); the others keep what is stored, an editor's corrections included.
            for (String field : OWN_FIELDS) {
                if (!before.path(field).equals(read.path(field))) {
                    if (read.hasNonNull(field)) {
                        base.set(field, read.get(field));
                    } else {
                        base.remove(field);
                    }
                }
            }
        } else {
            // First reading of a stored citation (reference data, or stored before readings were kept): what the
            // footnote gives overwrites, the rest stays; a kind is only filled in; notes only when they are the parser's.
            READ_FIELDS.forEach(field -> {
                if (read.hasNonNull(field)) {
                    base.set(field, read.get(field));
                }
            });
            if (!base.hasNonNull("kind") && read.hasNonNull("kind")) {
                base.set("kind", read.get("kind"));
            }
            boolean parsersNotes = !base.hasNonNull("notes")
                    || base.get("notes").asText().startsWith(ChapterReader.UNREAD_NOTES);
            if (parsersNotes && read.hasNonNull("notes")) {
                base.set("notes", read.get("notes"));
            } else if (parsersNotes) {
                base.remove("notes");
            }
        }
        if (base.hasNonNull("date") && base.hasNonNull("year")
                && !base.get("date").asText().startsWith(base.get("year").asText() + "-")) {
            // A stored date the footnote no longer gives, in another year than the one it now gives: not kept.
            base.remove("date");
            base.remove("datePrinted");
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
