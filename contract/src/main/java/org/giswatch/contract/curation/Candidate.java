package org.giswatch.contract.curation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.metrics.Qualifier;

/**
 * A figure the extractor found in a chapter, waiting for an editor: proposed, then accepted (it became the observation
 * {@code observationId}) or rejected (with a reason). Read-only: it changes through ingest, accept and reject.
 */
@Schema(name = "Candidate")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(
        @Schema(examples = "giswatch-2011-kazakhstan-c3f9a2b71d") String id,
        @Schema(description = "Citation id of the chapter it was found in", examples = "giswatch-2011-kazakhstan") String chapterId,
        @Schema(description = "proposed, accepted, rejected, or vanished (undecided and no longer in the chapter's "
                + "current text; proposed again if it comes back)", examples = "proposed") String status,
        @Schema(description = "Whether the chapter's current text still has it; false when an edit removed it "
                + "(decisions are kept)", examples = "true") boolean present,
        @Schema(description = "The number, normalised", examples = "4700000") BigDecimal value,
        @Schema(description = "The number as printed", examples = "4.7 million") String printed,
        @Schema(description = "The number with the hedge words around it, as printed", examples = "around 400 or less") String valueText,
        @Schema(description = "Unit guess: percent, an ISO 4217 currency code (EUR, KZT), or count. An acceptance "
                + "needs an indicator in this unit (any count unit for count)", examples = "count") String unit,
        @Schema(description = "The word the number counts, when one follows it", examples = "users") String noun,
        @Schema(description = "A period guessed from the sentence", examples = "2009") String period,
        @Schema(description = "The hedges of the sentence mapped to qualifiers") List<Qualifier> qualifiers,
        @Schema(description = "The words that gave each qualifier, in the same order", examples = "[\"government sources\"]")
        List<String> hedges,
        @Schema(description = "The citation, footnote and passage an accepted observation will carry: the footnote's "
                + "citation (as citation-service stored it at ingest), or the chapter when the sentence has none")
        SourceRef source,
        @Schema(description = "Whether the footnote is the previous sentence's (this sentence has none of its own)")
        Boolean footnoteFromPreviousSentence,
        @Schema(description = "The observation an accepted candidate became") String observationId,
        @Schema(description = "Why an editor rejected it", examples = "the president's age, not an indicator") String rejectionReason,
        @Schema(readOnly = true) Audit audit) {

    public static final String PROPOSED = "proposed";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final String VANISHED = "vanished";
    public static final String STATUS_PATTERN = "^(proposed|accepted|rejected|vanished)$";
    public static final String STATUS_MESSAGE = "must be proposed, accepted, rejected or vanished";

    public Candidate {
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }
}
