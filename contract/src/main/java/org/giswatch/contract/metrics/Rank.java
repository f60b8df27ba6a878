package org.giswatch.contract.metrics;

import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Lets conflicting figures for the same thing stand side by side, one of them marked preferred. */
@Schema(name = "Rank")
public enum Rank {
    PREFERRED("preferred"),
    NORMAL("normal"),
    DEPRECATED("deprecated");

    public static final String PATTERN = "^(preferred|normal|deprecated)$";
    public static final String MESSAGE = "must be one of preferred, normal, deprecated";

    private final String value;

    Rank(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Rank fromValue(String value) {
        for (Rank r : values()) {
            if (r.value.equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown rank: " + value);
    }

    @Override
    public String toString() {
        return value;
    }
}
