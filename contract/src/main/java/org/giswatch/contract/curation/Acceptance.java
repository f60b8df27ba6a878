package org.giswatch.contract.curation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.metrics.Periods;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.contract.metrics.Rank;
import org.giswatch.contract.metrics.Units;

/**
 * What an editor confirms or corrects when accepting a candidate. The observation gets the candidate's source
 * (citation, footnote, passage); value, unit, valueText, period and qualifiers default to the candidate's when absent;
 * the unit must be the indicator's.
 */
@Schema(name = "Acceptance")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Acceptance(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Id of the observation to create", examples = "kz-internet-users-2009") String observationId,
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Indicator code", examples = "internet-users") String indicator,
        @NotNull @Schema(examples = "country") SubjectType subjectType,
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Catalog id of the subject", examples = "kz") String subject,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "kz") String country,
        @Size(max = 50) @Pattern(regexp = Periods.PATTERN, message = Periods.MESSAGE)
        @Schema(description = "The period; the candidate's guess when absent", examples = "2009") String period,
        @Digits(integer = 18, fraction = 6)
        @Schema(description = "A corrected value; the candidate's when absent") BigDecimal value,
        @Size(max = 50) @Units.Unit
        @Schema(description = "A corrected unit (" + Units.DESCRIPTION + "); the candidate's when absent. The "
                + "indicator must be in it (any count unit for count), else 422", examples = "EUR") String unit,
        @Size(max = 100) @Schema(description = "A corrected printed value; the candidate's when absent") String valueText,
        @Size(max = 8) @Schema(description = "Corrected qualifiers; the candidate's when absent") List<@NotNull Qualifier> qualifiers,
        @Size(max = 4000) @Schema(description = "Context for the observation, such as the critics' doubts") String note,
        @Schema(examples = "normal") Rank rank) {

    public Acceptance {
        unit = Units.normalise(unit);
    }
}
