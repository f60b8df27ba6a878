package org.giswatch.contract.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Outcome of a bulk import that was stored (a rejected one is a problem with one error per row and field). */
@Schema(name = "ImportResult")
public record ImportResult(
        @Schema(description = "Rows read", examples = "19") int rows,
        @Schema(description = "Records created", examples = "2") int created,
        @Schema(description = "Records changed", examples = "1") int updated,
        @Schema(description = "Rows identical to what was stored; nothing was written for them", examples = "16")
        int unchanged,
        @Schema(description = "Records deleted (rows with \"_deleted\": true)", examples = "0") int deleted) {

    public ImportResult(int rows, int created, int updated, int unchanged) {
        this(rows, created, updated, unchanged, 0);
    }
}
