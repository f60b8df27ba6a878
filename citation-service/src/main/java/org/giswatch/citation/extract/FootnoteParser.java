package org.giswatch.citation.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.giswatch.contract.citation.ExtractionWarning;

/**
 * Reads one footnote (the inline nodes after its number) in the forms the GISWatch chapters use:
 * <ul>
 * <li>{@code Author (Year) Title (Translated title), D Month. [url](http://url)} — news, reports, statistics;
 * the title may be in italics, the translation and the date may be missing;</li>
 * <li>{@code Interview with Person (Place), D Month YYYY.}</li>
 * <li>a bare URL, as a Markdown link, an autolink or plain text.</li>
 * </ul>
 * Nothing is guessed: a field the footnote does not give stays null and gets a warning.
 */
final class FootnoteParser {

    private static final Pattern AUTHOR_YEAR = Pattern.compile("^(?<author>.+?)\\s+\\((?<year>\\d{4})\\)\\s*(?<rest>.*)$",
            Pattern.DOTALL);
    private static final Pattern INTERVIEW = Pattern.compile(
            "^(?<title>Interview with (?<person>[^(,]+?))\\s*(?:\\((?<place>[^)]+)\\))?\\s*(?:,\\s*(?<date>\\d{1,2} \\p{L}+(?: \\d{4})?))?\\s*\\.?$",
            Pattern.DOTALL);
    private static final Pattern TRAILING_DATE = Pattern.compile(",\\s*(?<date>\\d{1,2} \\p{Lu}\\p{Ll}+(?: \\d{4})?)\\s*\\.?$");
    private static final String PAGES = "(?:,\\s*|\\s+)pp?\\.\\s*(?<pages>\\d+(?:\\s*[–-]\\s*\\d+)?)";
    static final Pattern IBID = Pattern.compile("^(?i:ibid)\\.?(?:" + PAGES + ")?\\s*\\.?$");
    static final Pattern OP_CIT = Pattern.compile("^(?:(?<author>[^,]+?),\\s*)?(?i:op\\.?\\s*cit)\\.?(?:" + PAGES + ")?\\s*\\.?$");
    private static final Pattern PAGES_IN = Pattern.compile(PAGES);
    /** Words that join a second URL to the first ("and …", "archived at …"), left behind when the links are taken out. */
    private static final Pattern LINK_CONNECTORS = Pattern.compile(
            "(?i)(?:[,;.]?\\s*(?:\\b(?:and|or|archived(?: copy)?(?: at)?|archive)\\b:?|\\(archived\\)))+\\s*$");
    private static final Pattern BARE_URL = Pattern.compile("(?<![\\w/])(?:https?://|www\\.)[^\\s<>()\\[\\]]+");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** Letters of the Kazakh Cyrillic alphabet that Russian does not have. */
    private static final Pattern KAZAKH_ONLY = Pattern.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final int number;
    private final String chapterId;
    private final List<ExtractionWarning> warnings = new ArrayList<>();

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();
    private String emphasis;
    private int emphasisStart = -1;
    private final List<String[]> links = new ArrayList<>();

    private FootnoteParser(int number, String chapterId) {
        this.number = number;
        this.chapterId = chapterId;
    }

    /** What a footnote that only points back says: Ibid. or (Author,) op. cit., with the page it cites, if any. */
    record Repeat(String form, String author, String pages) {
    }

    /** A footnote read: its citation, or (for Ibid. and op. cit.) only what it points back to. */
    record Result(String text, Citation citation, List<ExtractionWarning> warnings, Repeat repeat) {
    }

    /**
     * @param leading text of the footnote before the first part (the rest of the text node that held the number)
     * @param parts the first inline node of each paragraph of the footnote (more than one when it is broken)
     */
    static Result parse(int number, String chapterId, String leading, List<Node> parts, String passage) {
        FootnoteParser parser = new FootnoteParser(number, chapterId);
        parser.text.append(leading);
        parser.plain.append(leading);
        for (Node first : parts) {
            if (parser.text.length() > 0) {
                parser.text.append(' ');
                parser.plain.append(' ');
            }
            for (Node node = first; node != null; node = node.getNext()) {
                parser.collect(node, false);
            }
        }
        Matcher repeat = IBID.matcher(parser.plain.toString().strip());
        Matcher opCit = OP_CIT.matcher(parser.plain.toString().strip());
        if (repeat.matches() || opCit.matches()) {
            Matcher m = repeat.matches() ? repeat : opCit;
            String author = m == opCit && opCit.group("author") != null ? opCit.group("author").strip() : null;
            return new Result(parser.text.toString().strip(), null, List.of(),
                    new Repeat(m == repeat ? "ibid" : "op-cit", author, m.group("pages")));
        }
        return parser.read(passage);
    }

    private void collect(Node node, boolean inEmphasis) {
        if (node instanceof Text t) {
            text.append(t.getLiteral());
            plain.append(t.getLiteral());
        } else if (node instanceof Code c) {
            text.append(c.getLiteral());
            plain.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
            plain.append(' ');
        } else if (node instanceof Link link) {
            String label = InlineText.of(link);
            links.add(new String[] { link.getDestination(), label });
            text.append(label);
        } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            int start = plain.length();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, true);
            }
            if (emphasis == null && !inEmphasis) {
                emphasis = plain.substring(start).strip();
                emphasisStart = start;
            }
        } else if (!(node instanceof HtmlInline)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, inEmphasis);
            }
        }
    }

    private Result read(String passage) {
        List<String[]> urls = new ArrayList<>(links);
        String body = plain.toString().strip();
        // A URL written as plain text (no Markdown link) counts as a link where it stands.
        Matcher bare = BARE_URL.matcher(body);
        StringBuilder withoutUrls = new StringBuilder();
        int from = 0;
        while (bare.find()) {
            String found = stripTrailingPunctuation(bare.group());
            urls.add(new String[] { found.startsWith("www.") ? "http://" + found : found, found });
            withoutUrls.append(body, from, bare.start());
            from = bare.start() + found.length();
        }
        withoutUrls.append(body.substring(from));
        body = withoutUrls.toString().strip();
        // "… [first](…) and [second](…)", "archived at …": what joined the links is not part of the text.
        body = LINK_CONNECTORS.matcher(body).replaceAll("").strip();
        String url = null;
        String urlText = null;
        String archivedUrl = null;
        if (!urls.isEmpty()) {
            url = urls.get(0)[0];
            urlText = urls.get(0)[1];
        }
        if (urls.size() > 1) {
            // The second URL is the archived or alternative copy of the first.
            archivedUrl = urls.get(1)[0];
            if (!archivedUrl.matches("^https?://\\S+$")) {
                warn("archivedUrl", "the link target '" + archivedUrl + "' is not an absolute http(s) URL");
                archivedUrl = null;
            }
        }
        for (int i = 2; i < urls.size(); i++) {
            warn("url", "a further URL is not stored: " + urls.get(i)[0]);
        }
        if (url != null && !url.matches("^https?://\\S+$")) {
            warn("url", "the link target '" + url + "' is not an absolute http(s) URL");
            url = null;
        }
        String pages = null;
        Matcher pageMatch = PAGES_IN.matcher(body);
        if (pageMatch.find()) {
            pages = pageMatch.group("pages").replaceAll("\\s+", "");
            body = (body.substring(0, pageMatch.start()) + body.substring(pageMatch.end())).strip();
        }

        String kind = null;
        String author = null;
        String interviewee = null;
        String place = null;
        Integer year = null;
        String datePrinted = null;
        String title = null;
        String translated = null;
        String containerTitle = null;

        Matcher interview = INTERVIEW.matcher(body);
        Matcher authorYear = AUTHOR_YEAR.matcher(body);
        if (interview.matches()) {
            kind = "interview";
            title = interview.group("title").strip();
            interviewee = interview.group("person").strip();
            place = interview.group("place");
            datePrinted = interview.group("date");
        } else if (authorYear.matches()) {
            author = authorYear.group("author").strip();
            year = Integer.valueOf(authorYear.group("year"));
            String rest = authorYear.group("rest").strip();
            Matcher date = TRAILING_DATE.matcher(rest);
            if (date.find()) {
                datePrinted = date.group("date");
                rest = rest.substring(0, date.start()).strip();
            }
            rest = stripSuffix(rest, ".");
            int at = emphasis == null || emphasis.isEmpty() ? -1 : rest.indexOf(emphasis);
            String before = at < 0 ? "" : stripQuotes(rest.substring(0, at).strip().replaceAll("[.,:]$", "").strip());
            if (at > 0 && !before.isEmpty()) {
                // "Article title. *Journal*": the plain title is the work's, the italic one its container's.
                title = before;
                containerTitle = emphasis;
            } else if (at >= 0) {
                title = emphasis;
                String after = rest.substring(at + emphasis.length()).strip();
                if (after.startsWith("(") && after.endsWith(")")) {
                    translated = after.substring(1, after.length() - 1).strip();
                }
            } else if (rest.endsWith(")")) {
                int open = matchingOpen(rest);
                if (open > 0) {
                    translated = rest.substring(open + 1, rest.length() - 1).strip();
                    title = rest.substring(0, open).strip();
                } else {
                    title = rest;
                }
            } else if (!rest.isEmpty()) {
                title = rest;
            }
        } else if (!body.isEmpty()) {
            Matcher date = TRAILING_DATE.matcher(body);
            if (emphasis != null && !emphasis.isEmpty() && date.find()
                    && stripSuffix(body.substring(0, date.start()).strip(), ".").equals(emphasis)) {
                // "*Launch statement*, 14 June.": a titled document with its day and month, no author.
                title = emphasis;
                datePrinted = date.group("date");
            } else {
                warn("author", "the footnote does not have the form 'Author (Year) Title'; its text is kept in notes");
            }
        }
        if (title == null || title.isEmpty()) {
            title = null;
            warn("title", url != null && body.isEmpty() ? "the footnote gives only a URL" : "no title found");
        }
        if (author == null && interviewee == null) {
            warn("author", "the footnote names no author or publisher");
        }
        LocalDate date = null;
        if (datePrinted != null) {
            String full = datePrinted.matches(".*\\d{4}$") ? datePrinted : year == null ? null : datePrinted + " " + year;
            try {
                date = full == null ? null : LocalDate.parse(full, DAY_MONTH_YEAR);
                if (year == null && date != null) {
                    year = date.getYear();
                }
            } catch (DateTimeException e) {
                warn("date", "'" + datePrinted + "' is not a date in the form '19 October'");
            }
        } else {
            warn("date", "the footnote gives no day and month");
        }
        if (year == null) {
            warn("year", "the footnote gives no year");
        }
        if (kind == null) {
            warn("kind", "the kind of source cannot be told from the footnote's form");
        }
        String language = null;
        if (title != null) {
            if (CYRILLIC.matcher(title).find()) {
                language = KAZAKH_ONLY.matcher(title).find() ? "kk" : "ru";
            } else if (LATIN.matcher(title).find() && translated == null && !"interview".equals(kind)) {
                // The series is in English and translates every title that is not: an untranslated title is English.
                language = "en";
            } else {
                warn("language", "the language of the title cannot be told");
            }
        }
        if (url == null) {
            warn("url", "the footnote gives no URL");
        }
        String notes = kind == null && author == null && title == null && !body.isEmpty() ? body : null;
        List<CitedIn> citedIn = List.of(new CitedIn(chapterId, number, passage));
        if (passage == null) {
            warn("citedIn.passage", "no footnote marker " + number + " found in the chapter's text");
        }
        Citation citation = new Citation(chapterId == null ? null : chapterId + "-fn" + number, kind, author,
                null, null, null, interviewee, place, year, date, datePrinted, title, null,
                language, translated, translated == null ? null : "en", url, urlText, archivedUrl, containerTitle, null, pages, null,
                null, null, null, null, notes, citedIn, null);
        return new Result(text.toString().strip(), citation, warnings, null);
    }

    private void warn(String field, String message) {
        warnings.add(new ExtractionWarning(number, field, message));
    }

    /** Index of the '(' that the final ')' closes, or -1. */
    private static int matchingOpen(String s) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char ch = s.charAt(i);
            if (ch == ')') {
                depth++;
            } else if (ch == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stripQuotes(String s) {
        return s.length() > 1 && "‘“'\"".indexOf(s.charAt(0)) >= 0 && "’”'\"".indexOf(s.charAt(s.length() - 1)) >= 0
                ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()).strip() : s;
    }

    private static String stripTrailingPunctuation(String url) {
        return url.replaceAll("[.,;:]+$", "");
    }
}
