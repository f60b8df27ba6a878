package org.giswatch.contract.common;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a change feed: the latest change of one record after the requested time, with the record as it
 * stands after that change, or a tombstone when the record was deleted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change<T>(
        @Schema(examples = "kz") String id,
        @Schema(description = "upserted (created or changed) or deleted", examples = "upserted",
                enumeration = { "upserted", "deleted" }) String change,
        @Schema(description = "When the change was recorded; pass the last one you saw as updatedAfter next time",
                examples = "2026-11-29T10:15:30.123456Z") OffsetDateTime changedAt,
        @Schema(description = "Version number of the record after this change (as in /{id}/versions/{number})",
                examples = "3") long version,
        @Schema(description = "The record after the change; absent for deletions") T data) {

    public static final String UPSERTED = "upserted";
    public static final String DELETED = "deleted";
}
