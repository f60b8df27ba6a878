package org.giswatch.contract.search;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record found by {@code GET /search}: what kind it is, where it lives and how well it matches. Hits come in
 * order of {@code rank} (highest first), then type and id, so a page boundary is stable.
 */
@Schema(name = "SearchHit")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(
        @Schema(description = "Kind of record", required = true, enumeration = { "country", "person", "organisation",
                "election", "campaign", "campaign-asset", "report", "chapter", "indicator", "observation",
                "citation" }, examples = "election") String type,
        @Schema(description = "The record's id in its collection", required = true,
                examples = "kz-presidential-2011") String id,
        @Schema(description = "What to show for the hit: the record's name or title (for a figure, its indicator "
                + "and value as printed)", required = true, examples = "2011 presidential election") String title,
        @Schema(description = "The service that stores the record; behind the Ingress its paths start with "
                + "`/<service>`", required = true, enumeration = { "catalog", "metrics", "citation" },
                examples = "catalog") String service,
        @Schema(description = "Path of the record on its service", required = true,
                examples = "/elections/kz-presidential-2011") String href,
        @Schema(description = "Relevance (PostgreSQL ts_rank of the record's text against the query, normalised by "
                + "the text's length, to six decimals); higher is better", required = true,
                examples = "0.075991") BigDecimal rank) {
}
