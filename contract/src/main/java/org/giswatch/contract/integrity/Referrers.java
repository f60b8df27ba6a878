package org.giswatch.contract.integrity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records that refer to a target: the first few of them and how many there are in all. */
@Schema(name = "Referrers")
public record Referrers(
        @Schema(description = "The target, as kind:id", examples = "citation:giswatch-2011-kazakhstan-fn11") String target,
        @Schema(description = "How many records refer to the target (items lists at most the requested limit)",
                examples = "3") long total,
        @Schema(description = "The first referrers, sorted by service, collection and id") List<Referrer> items) {

    public Referrers {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Referrers none(String target) {
        return new Referrers(target, 0, List.of());
    }
}
