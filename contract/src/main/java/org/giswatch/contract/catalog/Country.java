package org.giswatch.contract.catalog;

import java.util.List;
import java.util.Locale;

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

/**
 * A country as the chapters describe it. Its id is the lower-case alpha-2 code; its codes follow the one country
 * rule ({@link org.giswatch.contract.common.CountryCodes}). Figures stay as the
 * chapter words them (numbers are metrics-service's).
 */
@Schema(name = "Country")
@CountryCodePair
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Country(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Lower-case ISO 3166-1 alpha-2 code", examples = "kz") String id,
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be two upper-case letters")
        @Schema(description = "ISO 3166-1 alpha-2 code, or XK (Kosovo); sent in any case, stored in upper case",
                examples = "KZ") String alpha2,
        @NotBlank @Pattern(regexp = "^[A-Z]{3}$", message = "must be three upper-case letters")
        @Schema(description = "ISO 3166-1 alpha-3 code of the same country, or XKX (Kosovo); sent in any case, stored "
                + "in upper case", examples = "KAZ") String alpha3,
        @NotBlank @Size(max = 200)
        @Schema(examples = "Kazakhstan") String name,
        @Valid @Schema(description = "The population as the chapter states it, with its hedge") Statement populationEstimate,
        @Min(1800) @Max(2100) @Schema(description = "Year of independence", examples = "1991") Integer independenceYear,
        @Valid HeadOfState headOfState,
        @NotNull @Size(max = 50) 
        @Schema(description = "Where the facts about this country come from") List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<Country> {

    public Country {
        // One country rule (CountryCodes): codes are accepted in any case and stored in upper case.
        alpha2 = alpha2 == null ? null : alpha2.strip().toUpperCase(Locale.ROOT);
        alpha3 = alpha3 == null ? null : alpha3.strip().toUpperCase(Locale.ROOT);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public Country withAudit(Audit newAudit) {
        return new Country(id, alpha2, alpha3, name, populationEstimate, independenceYear, headOfState, sources, newAudit);
    }
}
