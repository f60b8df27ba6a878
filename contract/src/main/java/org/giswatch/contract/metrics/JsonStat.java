package org.giswatch.contract.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A JSON-stat 2.0 dataset (https://json-stat.org/format/) of observations: dimensions indicator × subject × period,
 * values and statuses keyed by the cell's position (row-major over {@code id}, the last dimension fastest).
 */
@Schema(name = "JsonStatDataset", description = "A JSON-stat 2.0 dataset: dimensions indicator × subject × period")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonStat(
        @Schema(required = true, examples = "2.0") String version,
        @JsonProperty("class") @Schema(required = true, examples = "dataset") String datasetClass,
        @Schema(required = true) String label,
        @Schema(required = true) String source,
        @Schema(description = "When the newest figure of the dataset was last changed (ISO 8601)") String updated,
        @Schema(required = true, description = "The dimensions, in the order of the cells") List<String> id,
        @Schema(required = true, description = "How many categories each dimension has") List<Integer> size,
        @Schema(required = true) Role role,
        @Schema(required = true) Map<String, Dimension> dimension,
        @Schema(required = true, description = "The figures by cell position; a cell without a figure is absent")
        Map<String, BigDecimal> value,
        @Schema(description = "The figures' qualifiers (hedges) by cell position, separated by ';'")
        Map<String, String> status,
        @Schema(description = "What JSON-stat has no place for") Extension extension) {

    public static final String VERSION = "2.0";

    /** period is the time dimension, indicator the metric one. */
    @Schema(name = "JsonStatRole")
    public record Role(List<String> time, List<String> metric) {
    }

    @Schema(name = "JsonStatDimension")
    public record Dimension(@Schema(required = true) String label, @Schema(required = true) Category category) {
    }

    @Schema(name = "JsonStatCategory")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Category(
            @Schema(required = true, description = "Category id → position") Map<String, Integer> index,
            Map<String, String> label,
            @Schema(description = "The unit of each indicator") Map<String, Unit> unit) {
    }

    @Schema(name = "JsonStatUnit")
    public record Unit(@Schema(required = true, examples = "percent") String label) {
    }

    /** The observation ids by cell position, so each value can be traced to its record and source. */
    @Schema(name = "JsonStatExtension")
    public record Extension(@Schema(required = true) Map<String, String> observation) {
    }
}
