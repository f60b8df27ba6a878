package org.giswatch.contract.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a fact comes from: a citation of citation-service, the footnote number it is printed under in the chapter
 * (absent when the fact comes from the chapter's own text), and the passage quoted verbatim.
 */
@Schema(name = "SourceRef")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Id of the citation in citation-service", examples = "giswatch-2011-kazakhstan-fn11") String citationId,
        @Min(1) @Max(999)
        @Schema(description = "Footnote number in the chapter, when the fact carries one", examples = "11") Integer footnote,
        @Size(max = 4000)
        @Schema(description = "The passage of the chapter that states the fact, verbatim",
                examples = "According to the official data, voter turnout was 89.98%.") String passage) {
}
