package org.giswatch.contract.metrics;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;

/** What is measured: the code observations refer to, its unit (see {@link Units}), bounds and category. */
@Schema(name = "Indicator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Stable indicator code", examples = "internet-subscribers") String id,
        @NotBlank @Size(max = 200)
        @Schema(examples = "Internet subscribers") String name,
        @Size(max = 2000)
        @Schema(examples = "Number of internet subscriptions (connections) counted by the source") String description,
        @NotBlank @Size(max = 50) @Units.Unit
        @Schema(description = "Unit of the values: " + Units.DESCRIPTION, pattern = Units.PATTERN, examples = "count")
        String unit,
        @NotBlank @Size(max = 100) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Grouping of indicators", examples = "internet-access") String category,
        @Schema(description = "Whether a higher value is better; absent where that means nothing", examples = "true")
        Boolean higherIsBetter,
        @Digits(integer = 18, fraction = 6)
        @Schema(description = "Lowest value an observation may have; absent: 0 for percent and counts, none otherwise",
                examples = "0") BigDecimal minValue,
        @Digits(integer = 18, fraction = 6)
        @Schema(description = "Highest value an observation may have; absent: 100 for percent, none otherwise",
                examples = "100") BigDecimal maxValue,
        @Schema(readOnly = true) Audit audit) implements ApiRecord<Indicator> {

    public Indicator {
        unit = Units.normalise(unit);
    }

    @Override
    public Indicator withAudit(Audit newAudit) {
        return new Indicator(id, name, description, unit, category, higherIsBetter, minValue, maxValue, newAudit);
    }
}
