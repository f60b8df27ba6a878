package org.giswatch.contract.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/** Who has ruled the country, and since when, as the chapter states it. */
@Schema(name = "HeadOfState")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeadOfState(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "nursultan-nazarbayev") String personId,
        @Min(1800) @Max(2100) @Schema(examples = "1991") Integer sinceYear,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources) {

    public HeadOfState {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
