package org.giswatch.contract.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record that refers to a target: where it lives and which of its fields holds the reference. */
@Schema(name = "Referrer")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referrer(
        @Schema(description = "The service that stores the referring record", examples = "metrics-service") String service,
        @Schema(description = "Its collection", examples = "observations") String collection,
        @Schema(description = "Its id", examples = "kz-presidential-2011-votes-nazarbayev") String id,
        @Schema(description = "The field that holds the reference, when known", examples = "source.citationId") String field) {
}
