package org.giswatch.metrics.service;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;

/**
 * The tidy CSV of observations: one row per figure with everything a spreadsheet, R or pandas needs without joins
 * (indicator name and unit, country code and name). Export only; the import keeps {@link ObservationCsv}'s layout.
 * RFC 4180, UTF-8, one header row; a text cell that a spreadsheet would run as a formula starts with {@code '}, as
 * in ObservationCsv.
 */
public final class TidyCsv {

    public static final String[] HEADER = { "observation_id", "indicator_id", "indicator_name", "unit", "currency",
            "country_code", "country_name", "subject_type", "subject_id", "period", "period_start", "period_end",
            "value", "value_as_printed", "qualifiers", "rank", "citation_id", "footnote", "passage", "note" };

    public static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    /** What a row says about the figure's indicator and country, looked up once per export. */
    public record Context(String indicatorName, String unit, String currency, String countryName) {
    }

    private TidyCsv() {
    }

    public static void write(CSVPrinter printer, Observation o, Context context) throws IOException {
        printer.printRecord(o.id(), o.indicator(), ObservationCsv.neutralise(context.indicatorName()), context.unit(),
                context.currency(), o.country() == null ? null : o.country().toUpperCase(Locale.ROOT),
                ObservationCsv.neutralise(context.countryName()), o.subjectType().value(), o.subject(), o.period(),
                o.periodStart(), o.periodEnd(), o.value().toPlainString(), ObservationCsv.neutralise(o.valueText()),
                o.qualifiers().stream().map(Qualifier::value).collect(Collectors.joining(";")), o.rank().value(),
                o.source().citationId(), o.source().footnote(), ObservationCsv.neutralise(o.source().passage()),
                ObservationCsv.neutralise(o.note()));
    }
}
