package org.giswatch.contract.catalog;

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

/** An online group, channel, video, website or page of a campaign. */
@Schema(name = "CampaignAsset")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignAsset(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "alga-youtube-channel") String id,
        @NotBlank @Size(max = 300) @Schema(examples = "“Alga’s” channel on YouTube") String name,
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "alga-boycott-2011") String campaignId,
        @NotBlank @Pattern(regexp = Vocabulary.ASSET_TYPES, message = Vocabulary.ASSET_TYPES_MESSAGE)
        @Schema(enumeration = { "group", "channel", "video", "website", "page" }, examples = "channel") String type,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Platform slug; absent where the chapter does not say", examples = "youtube") String platform,
        @Size(max = 2000) @Schema(description = "Address as printed", examples = "www.elbasy.net") String url,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid Statement> notes,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<CampaignAsset> {

    public CampaignAsset {
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public CampaignAsset withAudit(Audit newAudit) {
        return new CampaignAsset(id, name, campaignId, type, platform, url, notes, sources, newAudit);
    }
}
