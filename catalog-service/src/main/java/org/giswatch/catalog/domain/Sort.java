package org.giswatch.catalog.domain;

import org.giswatch.platform.record.Keyset;
import org.giswatch.platform.record.Keyset.Column;

/**
 * Collection order: by id, or by an integer attribute (ascending or descending) with id as tie-breaker. The
 * keyset cursor holds the attribute value (when sorting by one) and the id of the last row.
 */
public record Sort(String attribute, boolean descending) {

    public static final Sort BY_ID = new Sort(null, false);

    /** "year", "-year" or "id"/null. */
    public static Sort parse(String value) {
        if (value == null || value.equals("id")) {
            return BY_ID;
        }
        return value.startsWith("-") ? new Sort(value.substring(1), true) : new Sort(value, false);
    }

    public int cursorSize() {
        return keyset().size();
    }

    /** The sort attribute is a column of the same name (only "year" is offered). */
    public Keyset keyset() {
        if (attribute == null) {
            return Keyset.ascending("id");
        }
        return Keyset.of(descending ? Column.descending(attribute) : Column.ascending(attribute), Column.ascending("id"));
    }
}
