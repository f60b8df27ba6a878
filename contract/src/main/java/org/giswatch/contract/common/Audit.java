package org.giswatch.contract.common;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who created and last changed a record, and when. Read-only: ignored on writes. */
@Schema(name = "Audit", readOnly = true)
public record Audit(
        @Schema(examples = "2026-11-29T10:15:30Z") OffsetDateTime createdAt,
        @Schema(examples = "reference-data") String createdBy,
        @Schema(examples = "2026-11-29T10:15:30Z") OffsetDateTime updatedAt,
        @Schema(examples = "partner-ngo-1") String updatedBy) {
}
