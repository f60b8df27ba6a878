package org.giswatch.metrics.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.giswatch.contract.citation.ExtractedFootnote;
import org.giswatch.contract.citation.FootnoteExtraction;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.curation.Acceptance;
import org.giswatch.contract.curation.Candidate;
import org.giswatch.contract.curation.ChapterIngest;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Units;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.metrics.client.CitationExtraction;
import org.giswatch.platform.integrity.RemoteAsk;
import org.giswatch.metrics.domain.CandidateEntity;
import org.giswatch.metrics.domain.ChapterTextEntity;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.metrics.domain.ObservationEntity;
import org.giswatch.metrics.extract.Figure;
import org.giswatch.metrics.extract.FigureExtractor;
import org.giswatch.metrics.extract.Passages;
import org.giswatch.platform.problem.ApiException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The curation queue: ingest a chapter (its text here, its footnotes' citations in citation-service, its figures as
 * candidates here), then accept candidates into observations through {@link ObservationService#create} — the same
 * write path and reference checks as POST /observations — or reject them with a reason.
 */
@ApplicationScoped
public class CurationService {

    static final String KIND = "candidate";
    static final String TEXT_KIND = "chapter text";
    /** As citation-service's extraction: a chapter is ~25 KB of Markdown. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final Logger LOG = Logger.getLogger(CurationService.class);

    private final EntityManager em;
    private final CitationExtraction citations;
    private final ObservationService observations;
    private final Validator validator;

    public CurationService(EntityManager em, @RestClient CitationExtraction citations, ObservationService observations,
            Validator validator) {
        this.em = em;
        this.citations = citations;
        this.observations = observations;
        this.validator = validator;
    }

    public CandidateEntity get(String id) {
        return CandidateEntity.<CandidateEntity> findByIdOptional(id).orElseThrow(() -> ApiException.notFound(KIND, id));
    }

    public ChapterTextEntity text(String chapter) {
        return ChapterTextEntity.<ChapterTextEntity> findByIdOptional(chapter)
                .orElseThrow(() -> ApiException.notFound(TEXT_KIND, chapter));
    }

    /** Up to {@code size} candidates after the cursor id, in id (= first-found) order. */
    public List<CandidateEntity> page(String chapter, String status, Boolean present, String after, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (chapter != null) {
            where.append(" and chapterId = :chapter");
            params.put("chapter", chapter);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (present != null) {
            where.append(" and present = :present");
            params.put("present", present);
        }
        if (after != null) {
            where.append(" and id > :after");
            params.put("after", after);
        }
        return CandidateEntity.<CandidateEntity> find(where + " order by id", params).page(0, size).list();
    }

    /**
     * Stores the text, has citation-service store the footnotes (outside any local transaction: no connection waits
     * on another service), then queues the figures in one local transaction. Running it again changes nothing.
     */
    public ChapterIngest ingest(String chapter, String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The chapter exceeds " + MAX_BYTES + " bytes; send one chapter at a time");
        }
        if (text.isBlank()) {
            throw ApiException.invalid("body", "must be the chapter's Markdown");
        }
        FootnoteExtraction footnotes = storeFootnotes(chapter, text);
        Map<Integer, String> citationOf = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        for (ExtractedFootnote f : footnotes.footnotes()) {
            if (f.citation() != null && !"rejected".equals(f.outcome())) {
                citationOf.put(f.number(), f.citation().id());
            }
            if (f.sameAs() == null && f.outcome() != null) {
                switch (f.outcome()) {
                    case "created" -> created++;
                    case "updated" -> updated++;
                    case "unchanged" -> unchanged++;
                    default -> rejected++;
                }
            }
        }
        List<Figure> figures = FigureExtractor.extract(text);
        ChapterIngest.Citations citationCounts = new ChapterIngest.Citations(created, updated, unchanged, rejected);
        List<org.giswatch.contract.citation.ExtractionWarning> warnings = new ArrayList<>(footnotes.warnings());
        footnotes.footnotes().forEach(f -> warnings.addAll(f.warnings()));
        return QuarkusTransaction.requiringNew().call(() -> queue(chapter, text, figures, citationOf, citationCounts,
                warnings));
    }

    private FootnoteExtraction storeFootnotes(String chapter, String text) {
        try {
            return citations.extract(chapter, "store", text).getEntity();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404 || status == 422) {
                // Its footnotes' citations refer to the chapter in both services (referential integrity).
                throw ApiException.unknownReference("chapter", "The chapter '" + chapter + "' must exist in "
                        + "citation-service (a citation of kind chapter) and in catalog-service; create it first");
            }
            if (status == 401 || status == 403) {
                throw new ApiException(status == 401 ? ProblemType.UNAUTHORIZED : ProblemType.FORBIDDEN,
                        "citation-service did not accept your token for storing the chapter's citations");
            }
            throw unavailable(e);
        } catch (ProcessingException | IllegalStateException e) {
            throw unavailable(e);
        }
    }

    private static ApiException unavailable(Exception e) {
        LOG.warnf("citation-service could not store a chapter's footnotes: %s", e.getClass().getSimpleName());
        return ApiException.unavailable("citation-service is unavailable, so the chapter's footnotes cannot be stored; "
                + "nothing was stored. Retry later.", RemoteAsk.RETRY_AFTER_SECONDS);
    }

    private ChapterIngest queue(String chapter, String text, List<Figure> figures, Map<Integer, String> citationOf,
            ChapterIngest.Citations citationCounts, List<org.giswatch.contract.citation.ExtractionWarning> warnings) {
        // One ingest of a chapter at a time: the second waits and then finds the first one's candidates.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "candidate:" + chapter)
                .getSingleResult();
        String sha = sha256(text);
        ChapterTextEntity stored = ChapterTextEntity.findById(chapter);
        boolean textChanged = stored == null || !stored.sha256.equals(sha);
        if (stored == null) {
            stored = new ChapterTextEntity();
            stored.chapterId = chapter;
            stored.markdown = text;
            stored.sha256 = sha;
            stored.persist();
        } else if (textChanged) {
            stored.markdown = text;
            stored.sha256 = sha;
        }
        Map<String, CandidateEntity> existing = new LinkedHashMap<>();
        int next = 0;
        for (CandidateEntity c : CandidateEntity.<CandidateEntity> list("chapterId", chapter)) {
            existing.put(c.figureKey, c);
            next = Math.max(next, c.position);
        }
        List<String> added = new ArrayList<>();
        int kept = 0;
        Set<String> seen = new java.util.HashSet<>();
        // Every key of the new text is seen first, so a candidate whose sentence is unchanged is never taken by a
        // similar passage; a figure with no candidate under its key may continue one whose sentence was edited.
        Map<Figure, String> keys = new LinkedHashMap<>();
        figures.forEach(figure -> keys.put(figure, sha256(figure.key())));
        seen.addAll(keys.values());
        Map<Figure, CandidateEntity> reworded = new HashMap<>();
        Set<CandidateEntity> carried = new java.util.HashSet<>();
        for (Figure figure : figures) {
            if (!existing.containsKey(keys.get(figure))) {
                reworded(figure, existing.values(), seen, carried).ifPresent(c -> {
                    reworded.put(figure, c);
                    carried.add(c);
                });
            }
        }
        for (Figure figure : figures) {
            String key = keys.get(figure);
            String citationId = figure.footnote() == null ? chapter
                    : citationOf.getOrDefault(figure.footnote(), chapter);
            CandidateEntity candidate = existing.get(key);
            if (candidate == null && reworded.containsKey(figure)) {
                // The sentence was edited a little: the candidate (and its decision) is this figure's now.
                candidate = reworded.get(figure);
                candidate.figureKey = key;
            }
            if (candidate == null) {
                candidate = new CandidateEntity();
                candidate.position = ++next;
                candidate.id = chapter + "-c" + String.format("%04d", candidate.position);
                candidate.chapterId = chapter;
                candidate.figureKey = key;
                candidate.status = Candidate.PROPOSED;
                candidate.present = true;
                candidate.read(figure, citationId);
                candidate.persist();
                added.add(candidate.id);
            } else {
                kept++;
                candidate.present = true;
                if (Candidate.VANISHED.equals(candidate.status)) {
                    candidate.status = Candidate.PROPOSED;
                }
                if (Candidate.PROPOSED.equals(candidate.status)) {
                    // Not decided yet: what the extractor reads now (a new citation id, say) replaces what it read.
                    // A decided one keeps its reading: an accepted one's observation quotes that passage.
                    candidate.read(figure, citationId);
                }
            }
        }
        List<String> vanished = new ArrayList<>();
        for (CandidateEntity c : existing.values()) {
            if (!seen.contains(c.figureKey) && !carried.contains(c) && c.present) {
                c.present = false;
                // Undecided and gone from the text: reported apart, never in the queue of proposed candidates.
                if (Candidate.PROPOSED.equals(c.status)) {
                    c.status = Candidate.VANISHED;
                }
                vanished.add(c.id);
            }
        }
        em.flush();
        return new ChapterIngest(chapter, textChanged, citationCounts,
                new ChapterIngest.Candidates(added.size(), kept, vanished.size(), added, vanished), warnings);
    }

    /**
     * The candidate an edited sentence's figure continues: not in the new text under its own key, not taken by
     * another figure, with the same value, printed number and footnote, and the most similar passage of those at
     * least {@link Passages#SIMILAR} alike.
     */
    private static Optional<CandidateEntity> reworded(Figure figure, Collection<CandidateEntity> existing,
            Set<String> seen, Set<CandidateEntity> taken) {
        CandidateEntity best = null;
        double bestSimilarity = Passages.SIMILAR;
        for (CandidateEntity c : existing) {
            if (seen.contains(c.figureKey) || taken.contains(c) || c.value.compareTo(figure.value()) != 0
                    || !c.printed.equals(figure.printed()) || !Objects.equals(c.footnote, figure.footnote())) {
                continue;
            }
            double similarity = Passages.similarity(c.passage, figure.passage());
            if (similarity >= bestSimilarity) {
                best = c;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Deleting an accepted observation withdraws the decision (docs/api/curation.md#decisions-and-deletions): its
     * candidate is proposed again (vanished when the text no longer has it), so no candidate names a deleted
     * observation. Runs in the delete's transaction (ObservationService.KIND's hook), so both or neither happen.
     */
    static void released(String observationId) {
        CandidateEntity.<CandidateEntity> find("observationId", observationId).firstResultOptional().ifPresent(c -> {
            c.status = c.present ? Candidate.PROPOSED : Candidate.VANISHED;
            c.observationId = null;
        });
    }

    /** An accepted candidate and the version of its observation (the ETag an acceptance answers). */
    public record Accepted(CandidateEntity candidate, long observationVersion) {
    }

    /**
     * Creates the observation through {@link ObservationService#create} while holding the candidate's row lock, then
     * marks the candidate accepted. The observation's own transaction commits first; if this one then fails, the
     * observation carries the candidate's source, and accepting again links it instead of failing.
     */
    public Accepted accept(String id, Acceptance acceptance) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CandidateEntity candidate = locked(id);
            if (!Candidate.PROPOSED.equals(candidate.status)) {
                throw ApiException.conflict("Candidate '" + id + "' is " + candidate.status + "; only a proposed one can be accepted");
            }
            Observation observation = observation(candidate, acceptance);
            long version;
            try {
                version = observations.create(observation).version;
            } catch (ApiException e) {
                ObservationEntity earlier = e.type() == ProblemType.CONFLICT
                        ? ObservationEntity.<ObservationEntity> findByIdOptional(observation.id()).orElse(null) : null;
                if (earlier == null || !sameSource(earlier.toDto().source(), observation.source())) {
                    throw e;
                }
                LOG.infof("Candidate %s: observation %s already exists with its source; linking it", id, observation.id());
                version = earlier.version;
            }
            candidate.status = Candidate.ACCEPTED;
            candidate.observationId = observation.id();
            em.flush();
            return new Accepted(candidate, version);
        });
    }

    public CandidateEntity reject(String id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CandidateEntity candidate = locked(id);
            if (!Candidate.PROPOSED.equals(candidate.status)) {
                throw ApiException.conflict("Candidate '" + id + "' is " + candidate.status + "; only a proposed one can be rejected");
            }
            candidate.status = Candidate.REJECTED;
            candidate.rejectionReason = reason;
            em.flush();
            return candidate;
        });
    }

    private CandidateEntity locked(String id) {
        CandidateEntity candidate = em.find(CandidateEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (candidate == null) {
            throw ApiException.notFound(KIND, id);
        }
        return candidate;
    }

    /**
     * The observation an acceptance makes: the editor's choices, else the candidate's reading; its source always;
     * its unit the indicator's, which must be the candidate's (or the corrected one's): a currency stays that
     * currency, a count may be any count unit (persons), anything else is a 422 naming both.
     */
    private Observation observation(CandidateEntity c, Acceptance a) {
        String unit = a.unit() != null ? a.unit() : c.unit;
        IndicatorEntity indicator = a.indicator() == null ? null
                : IndicatorEntity.findByIdOptional(a.indicator()).orElse(null);
        if (indicator != null && !Units.compatible(unit, indicator.unit)) {
            String detail = (a.unit() != null ? "The corrected unit is " : "The candidate's unit is ") + unit
                    + " but indicator '" + indicator.id + "' is in " + indicator.unit + "; accept it into an "
                    + "indicator in " + unit + (a.unit() != null ? "" : ", or correct unit in the body if the "
                            + "extractor misread it");
            throw new ApiException(ProblemType.UNPROCESSABLE, detail, List.of(new FieldError(a.unit() != null
                    ? "unit" : "indicator", detail)), null);
        }
        Observation o = new Observation(a.observationId(), a.indicator(), a.subjectType(), a.subject(), a.country(),
                a.period() != null ? a.period() : c.period, null, null, a.value() != null ? a.value() : c.value,
                indicator == null ? null : indicator.unit, a.valueText() != null ? a.valueText() : c.valueText,
                a.qualifiers() != null ? a.qualifiers() : c.qualifierList(),
                new SourceRef(c.citationId, c.footnote, c.passage), a.note(), a.rank(), null, null);
        Set<ConstraintViolation<Observation>> violations = validator.validate(o);
        if (!violations.isEmpty()) {
            // A field taken from the candidate that an observation cannot hold: the editor corrects it in the body.
            throw ApiException.invalid(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        return o;
    }

    private static boolean sameSource(SourceRef a, SourceRef b) {
        return Objects.equals(a.citationId(), b.citationId()) && Objects.equals(a.footnote(), b.footnote())
                && Objects.equals(a.passage(), b.passage());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
