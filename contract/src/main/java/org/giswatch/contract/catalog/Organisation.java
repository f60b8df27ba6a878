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

/** A party, body, court, company, NGO or other organisation the chapter names, with its name as printed. */
@Schema(name = "Organisation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organisation(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "alga") String id,
        @NotBlank @Size(max = 300) @Schema(description = "Name as the chapter prints it", examples = "People’s Party “Alga”") String name,
        @Size(max = 100) @Schema(description = "Short name or abbreviation the chapter uses", examples = "CEC") String shortName,
        @NotBlank @Pattern(regexp = Vocabulary.ORGANISATION_KINDS, message = Vocabulary.ORGANISATION_KINDS_MESSAGE)
        @Schema(enumeration = { "party", "electoral-body", "court", "company", "ngo", "international-body", "media",
                "legislature", "government-agency" }, examples = "party") String kind,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Country the organisation belongs to; absent for international bodies", examples = "kz") String countryId,
        @Pattern(regexp = Vocabulary.REGISTRATION_STATUSES, message = Vocabulary.REGISTRATION_STATUSES_MESSAGE)
        @Schema(description = "Parties only; absent where the chapter does not say", enumeration = { "registered",
                "unregistered" }, examples = "unregistered") String registrationStatus,
        @Size(max = Vocabulary.LIST_MAX) 
        @Schema(description = "What the chapter says about it, with hedges kept") List<@Valid Statement> notes,
        @NotNull @Size(max = Vocabulary.LIST_MAX) 
        @Schema(description = "Where the name, kind and registration status come from") List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<Organisation> {

    public Organisation {
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public Organisation withAudit(Audit newAudit) {
        return new Organisation(id, name, shortName, kind, countryId, registrationStatus, notes, sources, newAudit);
    }
}
