package org.giswatch.contract.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a candidate is not a figure worth keeping. */
@Schema(name = "Rejection")
public record Rejection(
        @NotBlank @Size(max = 1000)
        @Schema(examples = "the president's age, not an indicator of the chapter") String reason) {
}
