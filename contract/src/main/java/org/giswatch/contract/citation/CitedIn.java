package org.giswatch.contract.citation;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Ids;

/** Where a chapter cites this source: the chapter's citation id, the footnote number and the passage it supports. */
@Schema(name = "CitedIn")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitedIn(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Id of the citation of kind chapter that cites this source", examples = "giswatch-2011-kazakhstan") String chapterId,
        @Min(1) @Max(999)
        @Schema(description = "Footnote number in that chapter", examples = "11") Integer footnote,
        @Size(max = 4000)
        @Schema(description = "The passage of the chapter the footnote supports, verbatim without the footnote marker",
                examples = "The incumbent president reportedly received 95.55% of the votes.") String passage,
        @Size(max = 50)
        @Schema(description = "The page this use cites (\"Ibid., p. 14\"); absent when the footnote gives none",
                examples = "14") String pages) {

    public CitedIn(String chapterId, Integer footnote, String passage) {
        this(chapterId, footnote, passage, null);
    }
}
