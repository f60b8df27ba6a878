package org.giswatch.contract.curation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.citation.ExtractionWarning;

/** What ingesting a chapter did: its footnotes' citations and its figure candidates, counted and named. */
@Schema(name = "ChapterIngest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChapterIngest(
        @Schema(examples = "giswatch-2011-kazakhstan") String chapterId,
        @Schema(description = "Whether the stored text changed", examples = "false") boolean textChanged,
        @Schema(description = "Citations of the footnotes, as citation-service stored them") Citations citations,
        @Schema(description = "Figure candidates of the running text") Candidates candidates,
        @Schema(description = "What the footnote extraction could not read") List<ExtractionWarning> warnings) {

    public ChapterIngest {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Counts of citations by outcome; a footnote repeating an earlier source is counted with that source. */
    @Schema(name = "ChapterIngestCitations")
    public record Citations(@Schema(examples = "0") int created, @Schema(examples = "0") int updated,
            @Schema(examples = "11") int unchanged, @Schema(examples = "0") int rejected) {
    }

    /** Candidates new in this text, still in it (decisions kept), and gone from it (kept, marked not present). */
    @Schema(name = "ChapterIngestCandidates")
    public record Candidates(@JsonProperty("new") @Schema(examples = "1") int added, @Schema(examples = "24") int kept,
            @Schema(examples = "1") int vanished, @JsonProperty("newIds") List<String> addedIds, List<String> vanishedIds) {

        public Candidates {
            addedIds = addedIds == null ? List.of() : List.copyOf(addedIds);
            vanishedIds = vanishedIds == null ? List.of() : List.copyOf(vanishedIds);
        }
    }
}
