package org.giswatch.contract.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** "What cites this?": the filters by source of every list whose records carry sources (any depth). */
public class SourceFilter {

    @Parameter(description = "Only records with a source that is this citation of citation-service",
            example = "giswatch-2011-kazakhstan-fn11")
    @QueryParam("citation")
    @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
    @Size(max = Ids.SLUG_MAX)
    public String citation;

    @Parameter(description = "Only records with a source printed under this footnote number; with `citation`, that "
            + "citation's footnote", example = "11")
    @QueryParam("footnote")
    @Min(1)
    @Max(100000)
    public Integer footnote;

    public boolean isEmpty() {
        return citation == null && footnote == null;
    }
}
