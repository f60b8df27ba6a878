package org.giswatch.contract.metrics;

/** The period syntax observations and query parameters share. */
public final class Periods {
    /** A year, year-month or date; optionally followed by "/" and another for a range. */
    public static final String PATTERN =
            "^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$";
    public static final String MESSAGE = "must be YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by '/'";
    /** A single year, year-month or date, for from/to. */
    public static final String POINT_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
    public static final String POINT_MESSAGE = "must be YYYY, YYYY-MM or YYYY-MM-DD";

    private Periods() {
    }
}
