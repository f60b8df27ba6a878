package org.giswatch.contract.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of catalog record that observations and other services can refer to. */
public enum SubjectType {
    COUNTRY("country"),
    PERSON("person"),
    ORGANISATION("organisation"),
    ELECTION("election"),
    CAMPAIGN("campaign"),
    CAMPAIGN_ASSET("campaign-asset");

    private final String value;

    SubjectType(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static SubjectType fromValue(String value) {
        for (SubjectType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown subject type: " + value);
    }

    @Override
    public String toString() {
        return value;
    }
}
