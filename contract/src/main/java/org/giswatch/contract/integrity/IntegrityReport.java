package org.giswatch.contract.integrity;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The references stored by one service, checked now against their targets (in this service and the others).
 * Complete only when {@code unavailable} is empty.
 */
@Schema(name = "IntegrityReport")
public record IntegrityReport(
        @Schema(description = "The service whose records were checked", examples = "metrics-service") String service,
        @Schema(description = "When the check ran") OffsetDateTime checkedAt,
        @Schema(description = "How many stored references were checked", examples = "120") long checked,
        @Schema(description = "References whose target is missing or disagrees") List<DanglingReference> dangling,
        @Schema(description = "Services that could not be asked: their references are not checked",
                examples = "[]") List<String> unavailable) {

    public IntegrityReport {
        dangling = dangling == null ? List.of() : List.copyOf(dangling);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }
}
