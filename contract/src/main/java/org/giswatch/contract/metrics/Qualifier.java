package org.giswatch.contract.metrics;

import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the source hedges or vouches for a figure. The chapter's hedges are kept here, never dropped. */
@Schema(name = "Qualifier", description = "approximate (\"around\"), upper-bound (\"or less\"), lower-bound (\"more than\"), "
        + "estimate (\"estimated\"), official (\"official data\"), alleged (\"allegedly\"), disputed (critics doubt it), "
        + "reported (\"reportedly\", \"according to\")")
public enum Qualifier {
    APPROXIMATE("approximate"),
    UPPER_BOUND("upper-bound"),
    LOWER_BOUND("lower-bound"),
    ESTIMATE("estimate"),
    OFFICIAL("official"),
    ALLEGED("alleged"),
    DISPUTED("disputed"),
    REPORTED("reported");

    /** For query-parameter validation, so an unknown value is a 400 naming the parameter. */
    public static final String PATTERN = "^(approximate|upper-bound|lower-bound|estimate|official|alleged|disputed|reported)$";
    public static final String MESSAGE = "must be one of approximate, upper-bound, lower-bound, estimate, official, "
            + "alleged, disputed, reported";

    private final String value;

    Qualifier(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Qualifier fromValue(String value) {
        for (Qualifier q : values()) {
            if (q.value.equals(value)) {
                return q;
            }
        }
        throw new IllegalArgumentException("Unknown qualifier: " + value);
    }

    @Override
    public String toString() {
        return value;
    }
}
