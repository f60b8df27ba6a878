package org.giswatch.contract.citation;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the extractor could not read: which footnote (absent for the whole document), which field, and why. */
@Schema(name = "ExtractionWarning")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractionWarning(
        @Schema(examples = "5") Integer footnote,
        @Schema(description = "Citation field left empty", examples = "title") String field,
        @Schema(examples = "the footnote gives no title, only a URL") String message) {
}
