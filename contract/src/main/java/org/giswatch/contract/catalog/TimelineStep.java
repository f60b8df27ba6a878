package org.giswatch.contract.catalog;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/**
 * One step of a timeline, in order. {@code date} is set only where the chapter gives the date; {@code dateText}
 * keeps how the chapter words the time ("late 2010", "4 February").
 */
@Schema(name = "TimelineStep")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineStep(
        @Schema(examples = "2011-02-04") LocalDate date,
        @Size(max = Vocabulary.SHORT_TEXT) @Schema(examples = "4 February") String dateText,
        @NotBlank @Size(max = Vocabulary.LONG_TEXT)
        @Schema(examples = "Nazarbayev scheduled the elections for 3 April") String event,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Person acting, if any", examples = "nursultan-nazarbayev") String personId,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Organisation acting, if any", examples = "kz-central-election-commission") String organisationId,
        @Size(max = Vocabulary.SHORT_TEXT) @Schema(examples = "hastily") String qualifier,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources) {

    public TimelineStep {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
