package org.giswatch.contract.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/**
 * One figure as the source prints it: the value of an indicator for a catalog subject over a period, with its
 * hedges (qualifiers), its source and a rank among conflicting figures.
 */
@Schema(name = "Observation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Observation(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "kz-internet-subscribers-2004") String id,
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Indicator code", examples = "internet-subscribers") String indicator,
        @NotNull
        @Schema(description = "Kind of catalog record the figure is about", examples = "country") SubjectType subjectType,
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Catalog id of the subject (checked against catalog-service on write)", examples = "kz")
        String subject,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Country the figure belongs to (catalog country id); equals subject for country subjects",
                examples = "kz") String country,
        @Size(max = 50) @Pattern(regexp = Periods.PATTERN, message = Periods.MESSAGE)
        @Schema(description = "Period as the source gives it: a year, a month, a date, or a start/end range; absent "
                + "when the source gives none", examples = "2011-03-03/2011-05-12") String period,
        @Schema(readOnly = true, description = "First day of the period (derived from period)", examples = "2011-03-03")
        LocalDate periodStart,
        @Schema(readOnly = true, description = "Last day of the period (derived from period)", examples = "2011-05-12")
        LocalDate periodEnd,
        @NotNull @Digits(integer = 18, fraction = 6)
        @Schema(description = "Exact decimal value, within the bounds of the indicator's unit (docs/api/metrics.md#units)",
                examples = "4700000") BigDecimal value,
        @Size(max = 50) @Units.Unit
        @Schema(description = "Unit of the value: the indicator's (" + Units.DESCRIPTION + "). Taken from the indicator "
                + "when absent on write; a different one is 422", pattern = Units.PATTERN, examples = "count")
        String unit,
        @Size(max = 100)
        @Schema(description = "The value as printed in the source", examples = "4.7 million") String valueText,
        @NotNull @Size(max = 8)
        @Schema(description = "Hedges and status of the figure") List<@NotNull Qualifier> qualifiers,
        @NotNull @Valid
        @Schema(description = "Citation (checked against citation-service on write), footnote and verbatim passage")
        SourceRef source,
        @Size(max = 4000)
        @Schema(description = "Context the source gives, such as the critics' doubts") String note,
        @Schema(description = "preferred, normal (default) or deprecated", examples = "normal") Rank rank,
        @Schema(readOnly = true, description = "The full citation; only with expand=citation and when citation-service answers")
        Citation citation,
        @Schema(readOnly = true) Audit audit) implements ApiRecord<Observation> {

    public Observation {
        unit = Units.normalise(unit);
        qualifiers = qualifiers == null ? List.of() : qualifiers;
        rank = rank == null ? Rank.NORMAL : rank;
    }

    /** The same observation in {@code newUnit} (its indicator's, filled in on write). */
    public Observation withUnit(String newUnit) {
        return new Observation(id, indicator, subjectType, subject, country, period, periodStart, periodEnd, value,
                newUnit, valueText, qualifiers, source, note, rank, citation, audit);
    }

    @Override
    public Observation withAudit(Audit newAudit) {
        return new Observation(id, indicator, subjectType, subject, country, period, periodStart, periodEnd, value, unit,
                valueText, qualifiers, source, note, rank, citation, newAudit);
    }
}
