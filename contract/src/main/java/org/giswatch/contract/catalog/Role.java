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

/** A role of a person, worded as the chapter words it. */
@Schema(name = "Role")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Role(
        @NotBlank @Size(max = Vocabulary.LONG_TEXT)
        @Schema(examples = "a leader of the human rights and youth activism group Ar-Rukh-Hak") String title,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "ar-rukh-hak") String organisationId,
        @Min(1800) @Max(2100) @Schema(examples = "1991") Integer sinceYear,
        @Size(max = Vocabulary.SHORT_TEXT) String qualifier,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources) {

    public Role {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
