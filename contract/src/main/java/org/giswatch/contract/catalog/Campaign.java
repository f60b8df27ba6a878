package org.giswatch.contract.catalog;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/**
 * A campaign: online (signature drives, clips, groups) or offline (the referendum initiative). Its numbers
 * (signatures, views, members) are observations in metrics-service that refer to this id.
 */
@Schema(name = "Campaign")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Campaign(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "elbasy-net-signature-drive") String id,
        @NotBlank @Size(max = 300) @Schema(examples = "elbasy.net signature drive") String name,
        @NotBlank @Pattern(regexp = Vocabulary.CAMPAIGN_MODES, message = Vocabulary.CAMPAIGN_MODES_MESSAGE)
        @Schema(enumeration = { "online", "offline", "online-and-offline" }, examples = "online") String mode,
        @NotNull @Size(max = Vocabulary.LIST_MAX)
        @Schema(description = "Platform slugs", examples = "[\"facebook\",\"moimir\",\"vkontakte\"]")
        List<@NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) String> platforms,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid Organiser> organisers,
        @Size(max = Vocabulary.LONG_TEXT)
        @Schema(description = "What it is for or against, in the chapter's words",
                examples = "to collect signatures in support of Nazarbayev’s resignation") String stance,
        @Valid @Schema(description = "Its stated aim") Statement aim,
        @Schema(examples = "2011-03-03") LocalDate startDate,
        @Size(max = Vocabulary.SHORT_TEXT) @Schema(examples = "late 2010") String startDateText,
        @Schema(examples = "2011-05-12") LocalDate endDate,
        @Size(max = Vocabulary.SHORT_TEXT) String endDateText,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "kz") String countryId,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "kz-presidential-2011") String electionId,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "A campaign this one answers", examples = "kz-referendum-initiative-2010") String relatedCampaignId,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid TimelineStep> timeline,
        @Valid Statement outcome,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid Statement> notes,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<Campaign> {

    public Campaign {
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        organisers = organisers == null ? List.of() : List.copyOf(organisers);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public Campaign withAudit(Audit newAudit) {
        return new Campaign(id, name, mode, platforms, organisers, stance, aim, startDate, startDateText, endDate,
                endDateText, countryId, electionId, relatedCampaignId, timeline, outcome, notes, sources, newAudit);
    }
}
