package org.giswatch.contract.integrity;

import java.util.List;
import java.util.Map;

import org.giswatch.contract.common.Ids;

/**
 * A record that can be referred to, written {@code kind:id} (such as {@code citation:giswatch-2011-kazakhstan-fn11}):
 * which service stores each kind (a reference is checked there) and which services may hold references to it (a
 * service deleting a record asks exactly those).
 */
public record ReferenceTarget(String kind, String id) {

    public static final String CATALOG = "catalog";
    public static final String METRICS = "metrics";
    public static final String CITATION = "citation";

    public static final String KIND_PATTERN =
            "country|person|organisation|election|campaign|campaign-asset|report|chapter|citation|indicator|observation";
    public static final String PATTERN = "^(" + KIND_PATTERN + "):[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be kind:id, kind one of country, person, organisation, election, "
            + "campaign, campaign-asset, report, chapter, citation, indicator, observation "
            + "(such as citation:giswatch-2011-kazakhstan-fn11)";
    public static final int MAX_LENGTH = Ids.SLUG_MAX + 20;

    /** Which services store references to each kind (the service that owns the kind included). */
    private static final Map<String, List<String>> REFERRED_FROM = Map.ofEntries(
            Map.entry("country", List.of(CATALOG, METRICS)),
            Map.entry("person", List.of(CATALOG, METRICS)),
            Map.entry("organisation", List.of(CATALOG, METRICS)),
            Map.entry("election", List.of(CATALOG, METRICS)),
            Map.entry("campaign", List.of(CATALOG, METRICS)),
            Map.entry("campaign-asset", List.of(CATALOG, METRICS)),
            Map.entry("report", List.of(CATALOG)),
            Map.entry("chapter", List.of(CATALOG, CITATION)),
            Map.entry("citation", List.of(CATALOG, METRICS, CITATION)),
            Map.entry("indicator", List.of(METRICS)),
            Map.entry("observation", List.of()));

    /** The service that stores each kind. */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("country", CATALOG), Map.entry("person", CATALOG), Map.entry("organisation", CATALOG),
            Map.entry("election", CATALOG), Map.entry("campaign", CATALOG), Map.entry("campaign-asset", CATALOG),
            Map.entry("report", CATALOG), Map.entry("chapter", CATALOG), Map.entry("citation", CITATION),
            Map.entry("indicator", METRICS), Map.entry("observation", METRICS));

    /** Whether records of {@code kind} can be referred to. */
    public static boolean known(String kind) {
        return OWNER.containsKey(kind);
    }

    public static ReferenceTarget parse(String target) {
        int colon = target.indexOf(':');
        if (colon < 0 || !REFERRED_FROM.containsKey(target.substring(0, colon))) {
            throw new IllegalArgumentException(MESSAGE);
        }
        return new ReferenceTarget(target.substring(0, colon), target.substring(colon + 1));
    }

    /** The service (short name: catalog, metrics, citation) that stores the target. */
    public String owner() {
        return OWNER.get(kind);
    }

    /** The services (short names: catalog, metrics, citation) that may hold references to this target. */
    public List<String> referredFrom() {
        return REFERRED_FROM.getOrDefault(kind, List.of());
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
