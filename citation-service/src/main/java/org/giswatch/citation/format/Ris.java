package org.giswatch.citation.format;

import java.util.List;
import java.util.stream.Collectors;

import org.giswatch.contract.citation.Citation;

/**
 * RIS: one {@code TAG  - value} line per field, CRLF line ends, each record closed by {@code ER  - }. Values are
 * single lines (line breaks become spaces). TT carries the translated title; Y2/UR/L2 the dates and links.
 */
public final class Ris {

    private static final String EOL = "\r\n";

    private Ris() {
    }

    public static String write(List<Work> works) {
        return works.stream().map(Ris::record).collect(Collectors.joining(EOL));
    }

    static String record(Work work) {
        Citation c = work.citation();
        StringBuilder sb = new StringBuilder();
        Kinds.Types types = Kinds.of(c.kind());
        line(sb, "TY", types.ris());
        line(sb, "ID", c.id());
        if (work.authorIsPerson()) {
            work.people().forEach(person -> line(sb, "AU", person.inverted()));
        } else {
            line(sb, "AU", work.authorName());
        }
        work.editors().forEach(editor -> line(sb, "A2", editor.inverted()));
        line(sb, "TI", work.title());
        line(sb, "TT", c.translatedTitle());
        line(sb, "T2", work.containerTitle());
        if (types.periodical()) {
            line(sb, "JO", work.containerTitle());
        }
        if (c.year() != null) {
            line(sb, "PY", String.valueOf(c.year()));
        }
        if (c.date() != null) {
            line(sb, "DA", "%04d/%02d/%02d/".formatted(c.date().getYear(), c.date().getMonthValue(), c.date().getDayOfMonth()));
        }
        line(sb, "LA", c.language());
        line(sb, "PB", work.publisher());
        line(sb, "CY", "interview".equals(c.kind()) ? c.place() : work.publisherPlace());
        line(sb, "SP", c.pages());
        line(sb, "SN", work.isbn());
        line(sb, "SN", c.issn());
        line(sb, "M1", c.reportNumber());
        line(sb, "UR", c.url());
        line(sb, "L2", c.archivedUrl());
        line(sb, "N1", c.notes());
        line(sb, "ER", "");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String tag, String value) {
        if (value == null) {
            return;
        }
        sb.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append(EOL);
    }
}
