package org.giswatch.citation.format;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.giswatch.contract.citation.Citation;

/**
 * BibTeX in UTF-8 (for biber/bibtexu/bibtex8; nothing is transliterated). Keys are the citation ids, so they are
 * stable and unique. LaTeX specials in text fields are escaped; titles are braced so styles keep their case;
 * organisations are braced so they are not split into first and last names; URLs are left as they are (url package).
 */
public final class BibTeX {

    private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec" };

    private BibTeX() {
    }

    public static String write(List<Work> works) {
        return works.stream().map(BibTeX::entry).collect(Collectors.joining("\n"));
    }

    static String entry(Work work) {
        Citation c = work.citation();
        Kinds.Types types = Kinds.of(c.kind());
        String type = types.bibtex();
        StringBuilder sb = new StringBuilder("@").append(type).append('{').append(c.id());
        if (types.entrySubtype() != null) {
            field(sb, "entrysubtype", types.entrySubtype());
        }
        if (work.authorName() != null) {
            // People "Surname, Given" joined by "and"; an organisation braced, so it is not split into names.
            field(sb, "author", work.authorIsPerson() ? names(work.people()) : "{" + escape(work.authorName()) + "}");
        }
        if (work.title() != null) {
            field(sb, "title", "{" + escape(work.title()) + "}");
        }
        if (c.translatedTitle() != null) {
            field(sb, "titleaddon", "{" + escape(c.translatedTitle()) + "}");
        }
        if (work.containerTitle() != null) {
            field(sb, types.periodical() ? "journal" : "booktitle", "{" + escape(work.containerTitle()) + "}");
        }
        if (work.editor() != null) {
            field(sb, "editor", names(work.editors()));
        }
        if (work.publisher() != null) {
            // Braced: BibTeX reads "and" in a name list as a separator, and "APC and Hivos" is one corporate name.
            field(sb, "techreport".equals(type) ? "institution" : "publisher", "{" + escape(work.publisher()) + "}");
        }
        if (work.publisherPlace() != null) {
            field(sb, "address", escape(work.publisherPlace()));
        }
        if ("interview".equals(c.kind()) && c.place() != null) {
            field(sb, "address", escape(c.place()));
        }
        if (c.year() != null) {
            field(sb, "year", String.valueOf(c.year()));
        }
        if (c.date() != null) {
            sb.append(",\n  month = ").append(MONTHS[c.date().getMonthValue() - 1]);
            field(sb, "day", String.valueOf(c.date().getDayOfMonth()));
            field(sb, "date", c.date().toString());
        }
        if (c.pages() != null) {
            field(sb, "pages", escape(c.pages()));
        }
        if (work.isbn() != null) {
            field(sb, "isbn", work.isbn());
        }
        if (c.issn() != null) {
            field(sb, "issn", c.issn());
        }
        if (c.reportNumber() != null) {
            field(sb, "number", escape(c.reportNumber()));
        }
        if (c.language() != null) {
            field(sb, "language", c.language().toLowerCase(Locale.ROOT));
        }
        if (c.url() != null) {
            field(sb, "url", c.url().replace("{", "%7B").replace("}", "%7D"));
            field(sb, "howpublished", "\\url{" + c.url().replace("{", "%7B").replace("}", "%7D") + "}");
        }
        if (c.archivedUrl() != null) {
            field(sb, "archiveurl", c.archivedUrl());
        }
        if (c.notes() != null) {
            field(sb, "note", escape(c.notes()));
        }
        return sb.append("\n}\n").toString();
    }

    private static String names(List<Names> people) {
        return people.stream().map(n -> escape(n.inverted())).collect(Collectors.joining(" and "));
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(",\n  ").append(name).append(" = {").append(value).append('}');
    }

    /** Escapes the characters LaTeX treats specially; everything else (Cyrillic included) stays as UTF-8. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> sb.append('\\').append(ch);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
