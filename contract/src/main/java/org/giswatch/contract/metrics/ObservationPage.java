package org.giswatch.contract.metrics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: the JSON shape of {@code Page<Observation>} for the operations that can also answer CSV
 * (and so return a plain Response).
 */
@Schema(name = "ObservationPage")
public record ObservationPage(
        @Schema(description = "The observations of this page") List<Observation> items,
        @Schema(description = "URL of the next page; absent on the last page") String next) {
}
