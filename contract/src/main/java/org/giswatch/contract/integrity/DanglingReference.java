package org.giswatch.contract.integrity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored reference whose target does not exist, or whose footnote disagrees with the cited citation. */
@Schema(name = "DanglingReference")
public record DanglingReference(
        @Schema(description = "The service that stores the referring record", examples = "catalog-service") String service,
        @Schema(description = "Its collection", examples = "elections") String collection,
        @Schema(description = "Its id", examples = "kz-presidential-2011") String id,
        @Schema(description = "The field that holds the reference", examples = "sources[0].citationId") String field,
        @Schema(description = "The target, as kind:id", examples = "citation:giswatch-2011-kazakhstan-fn11") String target,
        @Schema(description = "What is wrong", examples = "no citation 'giswatch-2011-kazakhstan-fn11' in citation-service")
        String problem) {
}
