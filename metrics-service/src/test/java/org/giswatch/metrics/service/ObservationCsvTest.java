package org.giswatch.metrics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Rank;
import org.giswatch.contract.problem.FieldError;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would run as formulas are exported as text and imported back as written. */
class ObservationCsvTest {

    static final String FORMULA_NOTE = "=HYPERLINK(\"http://127.0.0.1/\",\"click\")";
    static final String FORMULA_PASSAGE = "@SUM(1+1)";
    static final String NEGATIVE_TEXT = "-5 (as printed)";

    @Test
    void formulaLikeTextIsExportedAsTextAndImportedBackUnchanged() throws Exception {
        Observation original = new Observation("csv-formula", "video-views", SubjectType.COUNTRY, "kz", "kz", "2011",
                null, null, new BigDecimal("-5"), "count", NEGATIVE_TEXT, List.of(),
                new SourceRef("giswatch-2011-kazakhstan", null, FORMULA_PASSAGE), FORMULA_NOTE, Rank.NORMAL, null,
                null);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, ObservationCsv.WRITE)) {
            ObservationCsv.write(printer, original);
        }
        String csv = out.toString();
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertTrue(csv.contains("'@SUM"), csv);
        assertTrue(csv.contains(",-5,"), "numbers stay numbers: " + csv);

        CSVRecord record = ObservationCsv.READ.parse(new StringReader(csv)).getRecords().get(0);
        List<FieldError> errors = new ArrayList<>();
        Observation back = ObservationCsv.read(record, "rows[1].", errors);
        assertEquals(List.of(), errors);
        assertEquals(FORMULA_NOTE, back.note());
        assertEquals(FORMULA_PASSAGE, back.source().passage());
        assertEquals(NEGATIVE_TEXT, back.valueText());
        assertEquals(0, new BigDecimal("-5").compareTo(back.value()));
    }
}
