package org.giswatch.metrics.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.contract.metrics.Rank;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.platform.json.NoNulCharacters;
import org.giswatch.platform.record.RecordImport;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one CSV layout of observations, for export and import alike, so an exported file can be edited in a
 * spreadsheet and imported back. RFC 4180: comma-separated, CRLF, quoted where needed, UTF-8, one header row.
 * Read-only columns (periodStart, periodEnd, updatedAt) are ignored on import; unit may be empty on import (the
 * indicator's is taken) and is checked against the indicator when given.
 */
public final class ObservationCsv {

    public static final String[] HEADER = { "id", "indicator", "subjectType", "subject", "country", "period",
            "periodStart", "periodEnd", "value", "unit", "valueText", "qualifiers", "rank", "citationId", "footnote",
            "passage", "note", "updatedAt" };
    private static final Set<String> REQUIRED = Set.of("id", "indicator", "subjectType", "subject", "value",
            "citationId");

    public static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    public static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ObservationCsv() {
    }

    public static void write(CSVPrinter printer, Observation o) throws IOException {
        printer.printRecord(o.id(), o.indicator(), o.subjectType().value(), o.subject(), o.country(), o.period(),
                o.periodStart(), o.periodEnd(), o.value().toPlainString(), o.unit(), neutralise(o.valueText()),
                o.qualifiers().stream().map(Qualifier::value).collect(Collectors.joining(";")), o.rank().value(),
                o.source().citationId(), o.source().footnote(), neutralise(o.source().passage()), neutralise(o.note()),
                o.audit() == null ? null : o.audit().updatedAt());
    }

    /**
     * Problems with the header row, reported as field "header". With a {@code _deleted} column (deletions, as in
     * every collection's CSV import) the other columns are optional: a deletion row fills only id and _deleted, and
     * a row that is not one is checked field by field like a JSON row.
     */
    public static List<FieldError> checkHeader(Map<String, Integer> header) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : header.keySet()) {
            if (!Arrays.asList(HEADER).contains(column) && !column.equals(RecordImport.DELETED)) {
                errors.add(new FieldError("header", "unknown column '" + column + "'"));
            }
        }
        for (String column : REQUIRED) {
            if (!header.containsKey(column) && !header.containsKey(RecordImport.DELETED)) {
                errors.add(new FieldError("header", "missing column '" + column + "'"));
            }
        }
        return errors;
    }

    /**
     * The id a row deletes ({@code _deleted} set to true, and no cell but the id), or null when it is not a deletion;
     * the same rule as {@link RecordImport#deletion} for JSON rows.
     */
    public static String deletion(CSVRecord r, String prefix, List<FieldError> errors) {
        if (!r.isMapped(RecordImport.DELETED)) {
            return null;
        }
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        r.toMap().forEach((column, value) -> {
            if (value != null && !value.isEmpty()) {
                row.put(column, value);
            }
        });
        return RecordImport.deletion(row, prefix, errors);
    }

    /** One record as an observation (to be validated like a JSON body); cells that do not parse are reported. */
    public static Observation read(CSVRecord r, String prefix, List<FieldError> errors) {
        // PostgreSQL cannot store NUL in text: a 400 naming the cell, as JSON bodies get (platform NoNulCharacters).
        for (int i = 0; i < r.size(); i++) {
            if (NoNulCharacters.containsNul(r.get(i))) {
                errors.add(new FieldError(prefix + field(r.getParser().getHeaderNames().get(i)),
                        NoNulCharacters.MESSAGE));
            }
        }
        SubjectType subjectType = parse(r, "subjectType", SubjectType::fromValue, prefix + "subjectType",
                "has the wrong type or format", errors);
        BigDecimal value = parse(r, "value", BigDecimal::new, prefix + "value",
                "must be a decimal number such as 4700000 or 89.98", errors);
        Integer footnote = parse(r, "footnote", Integer::valueOf, prefix + "source.footnote", "must be a whole number",
                errors);
        Rank rank = parse(r, "rank", Rank::fromValue, prefix + "rank", "has the wrong type or format", errors);
        List<Qualifier> qualifiers = new ArrayList<>();
        String q = cell(r, "qualifiers");
        for (String part : q == null ? new String[0] : q.split(";")) {
            Qualifier qualifier = parse(part.trim(), Qualifier::fromValue, prefix + "qualifiers",
                    "unknown qualifier '" + part.trim() + "'", errors);
            if (qualifier != null) {
                qualifiers.add(qualifier);
            }
        }
        String citationId = cell(r, "citationId");
        String passage = text(r, "passage");
        SourceRef source = citationId == null && footnote == null && passage == null ? null
                : new SourceRef(citationId, footnote, passage);
        return new Observation(cell(r, "id"), cell(r, "indicator"), subjectType, cell(r, "subject"),
                cell(r, "country"), cell(r, "period"), null, null, value, cell(r, "unit"), text(r, "valueText"),
                qualifiers, source,
                text(r, "note"), rank, null, null);
    }

    /** The field of the JSON form that a column fills (the source's three columns sit under source). */
    private static String field(String column) {
        return switch (column) {
            case "citationId", "footnote", "passage" -> "source." + column;
            default -> column;
        };
    }

    private static <T> T parse(CSVRecord r, String column, Function<String, T> parser, String field, String problem,
            List<FieldError> errors) {
        String text = cell(r, column);
        return text == null ? null : parse(text, parser, field, problem, errors);
    }

    private static <T> T parse(String text, Function<String, T> parser, String field, String problem,
            List<FieldError> errors) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            // NumberFormatException is an IllegalArgumentException too.
            errors.add(new FieldError(field, problem));
            return null;
        }
    }

    /**
     * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so a passage a
     * partner submitted could execute in a reader's spreadsheet. Free-text cells that start so are written with a
     * leading apostrophe, which spreadsheets show as text and {@link #text} removes again on import.
     */
    public static String neutralise(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String text(CSVRecord r, String column) {
        String value = cell(r, column);
        return value != null && value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String value = r.get(column);
        return value.isEmpty() ? null : value;
    }
}
