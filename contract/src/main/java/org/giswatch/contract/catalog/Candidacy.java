package org.giswatch.contract.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/**
 * A candidate in an election. {@code partyId} is the party behind the candidate; {@code noParty} is true only
 * where the chapter says there is none (both absent: the chapter does not say).
 */
@Schema(name = "Candidacy")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidacy(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "ghani-kassymov") String personId,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "patriots-party") String partyId,
        @Schema(description = "True where the chapter states no party is behind the candidate") Boolean noParty,
        @Schema(description = "Whether the chapter calls the candidate registered") Boolean registered,
        @Size(max = Vocabulary.SHORT_TEXT) String qualifier,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid Statement> notes,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources) {

    public Candidacy {
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
