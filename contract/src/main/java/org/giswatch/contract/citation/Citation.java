package org.giswatch.contract.citation;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;

/** A source. Placeholder shape owned by citation-service: it grows the fields of issue 4; {@code id} is stable. */
@Schema(name = "Citation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "giswatch-2011-kazakhstan-fn11") String id,
        @NotBlank @Size(max = 1000) @Schema(examples = "Нурсултан Назарбаев набрал 95,55% голосов на выборах президента Казахстана") String title,
        @Schema(readOnly = true) Audit audit) {
}
