package org.giswatch.contract.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.SourceRef;

/** Something the chapter states, in its words, with the hedge it carries and where it says so. */
@Schema(name = "Statement")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(
        @NotBlank @Size(max = Vocabulary.LONG_TEXT)
        @Schema(description = "What is stated, verbatim where possible", examples = "16.6 million") String text,
        @Size(max = Vocabulary.SHORT_TEXT)
        @Schema(description = "The hedge the chapter attaches, verbatim", examples = "estimated") String qualifier,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources) {

    public Statement {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
