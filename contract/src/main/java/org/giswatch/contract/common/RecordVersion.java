package org.giswatch.contract.common;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored version of a record: what changed it, when and by whom. Read its content at {@code href}. */
@Schema(name = "RecordVersion")
public record RecordVersion(
        @Schema(description = "1 for the first version, counting every change of this id", examples = "2") long number,
        @Schema(description = "created, updated or deleted", enumeration = { "created", "updated", "deleted" },
                examples = "updated") String change,
        @Schema(description = "When the change was recorded", examples = "2026-11-29T10:15:30.123456Z")
        OffsetDateTime recordedAt,
        @Schema(description = "Who made the change", examples = "partner-ngo-1") String recordedBy,
        @Schema(description = "URL of this version's content", examples = "http://localhost:8081/countries/kz/versions/2")
        String href) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";
}
