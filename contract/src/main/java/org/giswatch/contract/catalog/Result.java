package org.giswatch.contract.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Ids;

/** A vote share the chapter reports for one candidate. */
@Schema(name = "Result")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "nursultan-nazarbayev") String personId,
        @Size(max = Vocabulary.SHORT_TEXT)
        @Schema(description = "How the chapter names the candidate", examples = "The incumbent president") String candidateAsStated,
        @NotNull @Valid Figure voteShare) {
}
