package org.giswatch.platform.record;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order of a list and how a page continues after its last row: the sort columns, unique together (the last is
 * the id). A cursor holds the last row's values of these columns.
 */
public record Keyset(List<Column> columns) {

    /**
     * One sort column. {@code valueExpression} turns the cursor's value into the column's type or form, with
     * {@code %s} for the value ("CAST(%s AS date)", "natural_sort_key(%s)").
     */
    public record Column(String name, boolean descending, String valueExpression) {

        public static Column ascending(String name) {
            return new Column(name, false, "%s");
        }

        public static Column descending(String name) {
            return new Column(name, true, "%s");
        }

        public Column comparedAs(String valueExpression) {
            return new Column(name, descending, valueExpression);
        }
    }

    public static Keyset of(Column... columns) {
        return new Keyset(List.of(columns));
    }

    /** Columns in ascending order. */
    public static Keyset ascending(String... names) {
        return new Keyset(List.of(names).stream().map(Column::ascending).toList());
    }

    public int size() {
        return columns.size();
    }

    String orderBy() {
        return columns.stream().map(c -> "r." + c.name() + (c.descending() ? " DESC" : ""))
                .collect(Collectors.joining(", "));
    }

    /**
     * Rows after the position {@code values}: a row comparison when every column runs the same way (PostgreSQL
     * walks a matching index), otherwise the lexicographic expansion.
     */
    String after(RecordQuery query, List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("a keyset of " + columns.size() + " columns, " + values.size() + " values");
        }
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            placeholders.add(columns.get(i).valueExpression().replace("%s", query.parameter(values.get(i))));
        }
        boolean descending = columns.get(0).descending();
        if (columns.stream().allMatch(c -> c.descending() == descending)) {
            return "(" + columns.stream().map(c -> "r." + c.name()).collect(Collectors.joining(", ")) + ")"
                    + (descending ? " < (" : " > (") + String.join(", ", placeholders) + ")";
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            StringBuilder alternative = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alternative.append("r.").append(columns.get(j).name()).append(" = ").append(placeholders.get(j))
                        .append(" AND ");
            }
            Column column = columns.get(i);
            alternative.append("r.").append(column.name()).append(column.descending() ? " < " : " > ")
                    .append(placeholders.get(i)).append(")");
            alternatives.add(alternative.toString());
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }
}
