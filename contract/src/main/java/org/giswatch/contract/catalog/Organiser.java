package org.giswatch.contract.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/**
 * Who is behind a campaign: a person, an organisation, or only a description where the chapter names nobody
 * ("Unidentified enthusiasts", "an anonymous user").
 */
@Schema(name = "Organiser")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organiser(
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "bakhytzhana-toregozhina") String personId,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "alga") String organisationId,
        @Size(max = Vocabulary.LONG_TEXT)
        @Schema(description = "The chapter's words for the organiser", examples = "Unidentified enthusiasts") String text,
        @Size(max = Vocabulary.SHORT_TEXT)
        @Schema(examples = "allegedly associated with the opposition") String qualifier,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources) {

    public Organiser {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
