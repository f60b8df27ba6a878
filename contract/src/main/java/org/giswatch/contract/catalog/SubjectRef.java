package org.giswatch.contract.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalog record that other services may point at (for example as the subject of an observation). */
@Schema(name = "SubjectRef")
public record SubjectRef(
        @Schema(description = "Kind of record", examples = "campaign") SubjectType type,
        @Schema(examples = "elbasy-net-signature-drive") String id,
        @Schema(examples = "elbasy.net signature drive") String name,
        @Schema(description = "Path of the full record in this API", examples = "/campaigns/elbasy-net-signature-drive") String href) {
}
