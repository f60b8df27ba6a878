package org.giswatch.contract.citation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of reading a chapter's footnotes: the citations found, and warnings for what could not be read. */
@Schema(name = "FootnoteExtraction")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootnoteExtraction(
        @Schema(description = "The chapter the footnotes belong to (store mode, or when given)", examples = "giswatch-2011-kazakhstan") String chapterId,
        @Schema(description = "dry-run (nothing stored) or store", examples = "dry-run") String mode,
        @Schema(description = "The footnotes in document order") List<ExtractedFootnote> footnotes,
        @Schema(description = "Problems with the document as a whole") List<ExtractionWarning> warnings) {

    public FootnoteExtraction {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
