package org.giswatch.contract.citation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One footnote of a chapter and the citation read from it. */
@Schema(name = "ExtractedFootnote")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedFootnote(
        @Schema(examples = "11") int number,
        @Schema(description = "The footnote's text as the Markdown renders it",
                examples = "Tengri News (2011) Нурсултан Назарбаев набрал 95,55% голосов на выборах президента Казахстана (Nursultan Nazarbayev won 95.55% of the votes in the Kazakhstan presidential elections), 5 April. tengrinews.kz/vibori/183437") String text,
        @Schema(description = "The citation read from it; fields it cannot determine are absent") Citation citation,
        @Schema(description = "In store mode: created, updated or unchanged", examples = "created") String outcome,
        @Schema(description = "Fields left empty and why") List<ExtractionWarning> warnings,
        @Schema(description = "The earlier footnote whose source this one repeats (Ibid., op. cit., the same URL or "
                + "title): the citation is that footnote's, with this footnote as a further citedIn", examples = "5")
        Integer sameAs) {

    public ExtractedFootnote(int number, String text, Citation citation, String outcome, List<ExtractionWarning> warnings) {
        this(number, text, citation, outcome, warnings, null);
    }

    public ExtractedFootnote {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
