package org.giswatch.contract.catalog;

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

/** A country chapter of a report: title, author, section headings and its action steps verbatim. */
@Schema(name = "Chapter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Chapter(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "giswatch-2011-kazakhstan") String id,
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "giswatch-2011") String reportId,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "kz") String countryId,
        @NotBlank @Size(max = 300) @Schema(examples = "MOBILISING ONLINE FOR FREE ELECTIONS") String title,
        @Size(max = 300) @Schema(description = "The chapter's heading as printed", examples = "KAZAKHSTAN") String heading,
        @Size(max = 200) @Schema(examples = "Adil Nurmakov") String author,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "adil-nurmakov") String authorPersonId,
        @NotNull @Size(max = Vocabulary.LIST_MAX)
        @Schema(description = "Section headings in order") List<@NotBlank @Size(max = 300) String> sections,
        @NotNull @Size(max = Vocabulary.LIST_MAX)
        @Schema(description = "The action steps, verbatim and in order") List<@NotBlank @Size(max = Vocabulary.LONG_TEXT) String> actionSteps,
        @Min(1) @Max(10000) @Schema(description = "First page in the printed report; absent when unknown") Integer firstPage,
        @Min(1) @Max(10000) @Schema(description = "Last page in the printed report; absent when unknown") Integer lastPage,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<Chapter> {

    public Chapter {
        sections = sections == null ? List.of() : List.copyOf(sections);
        actionSteps = actionSteps == null ? List.of() : List.copyOf(actionSteps);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public Chapter withAudit(Audit newAudit) {
        return new Chapter(id, reportId, countryId, title, heading, author, authorPersonId, sections, actionSteps,
                firstPage, lastPage, sources, newAudit);
    }
}
