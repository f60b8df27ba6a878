package org.giswatch.metrics.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** The first and last day of a period written as a year, a month, a date, or two of them joined by "/". */
public record PeriodRange(LocalDate start, LocalDate end) {

    /** @throws IllegalArgumentException with a message fit for a client when the text is not a valid period */
    public static PeriodRange parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("must be one period or two joined by '/'");
        }
        LocalDate start = first(parts[0]);
        LocalDate end = last(parts[parts.length - 1]);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("ends before it starts");
        }
        return new PeriodRange(start, end);
    }

    /** First day of a year, month or date. */
    public static LocalDate first(String point) {
        return day(point, true);
    }

    /** Last day of a year, month or date. */
    public static LocalDate last(String point) {
        return day(point, false);
    }

    private static LocalDate day(String point, boolean first) {
        try {
            return switch (point.length()) {
                case 4 -> first ? LocalDate.of(Integer.parseInt(point), 1, 1) : LocalDate.of(Integer.parseInt(point), 12, 31);
                case 7 -> {
                    YearMonth month = isoNumbers(point) ? YearMonth.of(number(point, 0, 4), number(point, 5, 7))
                            : YearMonth.parse(point);
                    yield first ? month.atDay(1) : month.atEndOfMonth();
                }
                case 10 -> isoNumbers(point) ? LocalDate.of(number(point, 0, 4), number(point, 5, 7), number(point, 8, 10))
                        : LocalDate.parse(point);
                default -> throw new IllegalArgumentException("must be YYYY, YYYY-MM or YYYY-MM-DD");
            };
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("is not a real year, month or date");
        }
    }

    /**
     * Whether the text is YYYY-MM or YYYY-MM-DD in ASCII digits: then the numbers are read directly, which is what
     * the ISO parser does with them (same range checks) at a fraction of the cost; anything else goes to the parser.
     */
    private static boolean isoNumbers(String point) {
        for (int i = 0; i < point.length(); i++) {
            char c = point.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
