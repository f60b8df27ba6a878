package org.giswatch.contract.catalog;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.SourceRef;

/** A percentage the chapter gives (turnout, vote share): the number, how it is printed, and its hedge. */
@Schema(name = "Figure")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(
        @NotNull @DecimalMin("0") @DecimalMax("100")
        @Schema(description = "Percentage", examples = "89.98") BigDecimal percent,
        @NotBlank @Size(max = Vocabulary.SHORT_TEXT)
        @Schema(description = "As printed", examples = "89.98%") String asStated,
        @Size(max = Vocabulary.SHORT_TEXT)
        @Schema(examples = "reportedly") String qualifier,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources) {

    public Figure {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
