package org.giswatch.contract.metrics;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed: an observation created or updated (with its state), or deleted (a tombstone). */
@Schema(name = "ObservationChange")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationChange(
        @Schema(examples = "kz-internet-subscribers-2004") String id,
        @Schema(description = "upserted or deleted", examples = "deleted") String change,
        @Schema(description = "When the change happened; pass the last one you saw as updatedAfter next time",
                examples = "2026-11-29T10:15:30Z") OffsetDateTime changedAt,
        @Schema(description = "The current state; absent for deletions") Observation observation) {

    public static final String UPSERTED = "upserted";
    public static final String DELETED = "deleted";
}
