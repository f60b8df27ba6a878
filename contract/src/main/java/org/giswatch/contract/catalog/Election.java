package org.giswatch.contract.catalog;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/** An election with its candidacies, results and timeline. Dates only where the chapter gives them. */
@Schema(name = "Election")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Election(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "kz-presidential-2011") String id,
        @NotBlank @Size(max = 300) @Schema(examples = "Presidential elections 2011") String name,
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "kz") String countryId,
        @NotBlank @Pattern(regexp = Vocabulary.ELECTION_TYPES, message = Vocabulary.ELECTION_TYPES_MESSAGE)
        @Schema(enumeration = { "presidential", "parliamentary" }, examples = "presidential") String type,
        @NotNull @Min(1800) @Max(2100) @Schema(examples = "2011") Integer year,
        @Schema(description = "Polling day", examples = "2011-04-03") LocalDate heldOn,
        @Schema(description = "Whether it was held ahead of schedule") Boolean early,
        @Min(1800) @Max(2100) @Schema(description = "When it was originally due", examples = "2012") Integer originallyDueYear,
        @Schema(description = "When it was announced", examples = "2011-02-04") LocalDate announcedOn,
        @Schema(description = "Whether ballot papers offered \"against all\"") Boolean againstAllOption,
        @Valid @Schema(description = "Voter turnout as reported") Figure turnout,
        @Valid @Schema(description = "The outcome in the chapter's words") Statement outcome,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid Candidacy> candidacies,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid Result> results,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid TimelineStep> timeline,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid Statement> notes,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<Election> {

    public Election {
        candidacies = candidacies == null ? List.of() : List.copyOf(candidacies);
        results = results == null ? List.of() : List.copyOf(results);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public Election withAudit(Audit newAudit) {
        return new Election(id, name, countryId, type, year, heldOn, early, originallyDueYear, announcedOn,
                againstAllOption, turnout, outcome, candidacies, results, timeline, notes, sources, newAudit);
    }
}
