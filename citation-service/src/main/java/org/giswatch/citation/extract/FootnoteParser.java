package org.giswatch.citation.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Reads one footnote (the inline nodes after its number) in the forms the GISWatch chapters use. The parts are found
 * wherever they stand, not in one fixed order:
 * <ul>
 * <li>{@code Author (Year)} at the start; a person is written {@code Surname, I.} (several joined by "and"), anything
 * else is an organisation;</li>
 * <li>the title, plain, quoted or in italics, with its translation in parentheses; a plain title followed by an
 * italic one is an article in a newspaper, magazine or journal (the italic one is the container);
 * {@code In Editor (ed.) *Book*} makes it a chapter of an edited volume; {@code Place: Publisher} after it;</li>
 * <li>a day and month ("15 April", "15 April 2012", "April 15, 2012", "10 января") and pages ("p. 4", "pp. 23-41",
 * "с. 12") anywhere; a year anywhere when there is no {@code (Year)};</li>
 * <li>URLs as Markdown links, autolinks or plain text; a second URL (or one on an archive's host) is the archived
 * copy;</li>
 * <li>{@code Interview with Name[, role][, organisation] (Place), D Month YYYY.};</li>
 * <li>repeats: {@code Ibid.}, {@code Ibid., p. 12}, {@code Author, op. cit.} (and the Russian "Там же", "Указ. соч.").</li>
 * </ul>
 * The kind of source follows from the form (see {@link #kindOf}). Nothing is guessed: a field the footnote does not
 * give stays null, and the warnings name what it does not give of author, title, year, day and month, URL and kind
 * (a year printed in the date is a year given). The work is bounded: a footnote longer than {@link #MAX_CHARS} is
 * refused before any pattern runs, emphasis is read without recursion past {@link #MAX_DEPTH}, and every pattern is
 * anchored or made of bounded, non-nested repetitions, so a footnote is read in time linear (per pattern start) in a
 * length that is itself capped.
 */
final class FootnoteParser {

    /** The longest footnote read; those of the series are a few hundred characters. */
    static final int MAX_CHARS = 2_000;
    /** Nesting of emphasis and links followed recursively; deeper markup is read as flat text. */
    static final int MAX_DEPTH = 16;

    /** The text the parser writes to {@code notes} when it cannot read a footnote; a re-ingest replaces such notes. */
    static final String UNREAD_NOTES = "Footnote not read into fields: ";

    private static final String MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String MONTHS_RU = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
            + "|декабря";
    private static final Map<String, Integer> MONTH_NUMBERS = months();
    /** "15 April", "15 April 2012", "15 Apr. 2012", "10 января 2011 г.", "April 15, 2012", standing as a part of its own. */
    private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\d])(?:(?<day>\\d{1,2})\\s(?<month>" + MONTHS_EN + "|"
            + MONTHS_RU + ")\\.?(?:\\s(?<year>\\d{4})(?:\\s?г\\.)?)?|(?<month2>" + MONTHS_EN + ")\\.?\\s(?<day2>\\d{1,2}),\\s"
            + "(?<year2>\\d{4}))(?![\\p{L}\\d])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** "Author (Year)" or "Author. (Year)." at the start; "(n.d.)" when the footnote says there is no date. */
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "^(?<author>[^()]{1,500}?)\\s{0,3}\\((?:(?<year>\\d{4})[a-z]?|n\\.\\s?d\\.)\\)\\.?\\s*");
    /** A year in a part of its own: "(2011)", ", 2011." — not in a range ("2007-2011") or a number. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d\\p{L}/.,-])(?<year>(?:18|19|20)\\d{2})(?![\\d\\p{L}/-])");
    private static final Pattern INTERVIEW = Pattern.compile("^(?:(?i)interview with|Интервью с)\\s+(?<rest>.{1,1000})$",
            Pattern.DOTALL);
    /** "In A. Finlay (ed.)", "In: Finlay, A. (eds.)", "В кн.: Иванов И. (ред.)" before the book's title. */
    private static final Pattern IN_EDITED = Pattern.compile(
            "(?:^|[.,]\\s{0,3})(?:In|В кн\\.):?\\s(?<editor>[^()]{1,300}?)\\s?\\((?:eds?|ред)\\.?\\)[.,:]?\\s*");
    /** "Johannesburg: APC and Hivos" after a book's or report's title. */
    private static final Pattern PLACE_PUBLISHER = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L} .'’-]{0,60}):\\s(?<publisher>[^:]{1,300})$");
    private static final Pattern NUMBER = Pattern.compile("(?:^|[,.]\\s{0,3})(?:No|Nr|№)\\.?\\s?(?<number>\\d[\\p{L}\\d/-]{0,40})");
    private static final String PAGES = "(?:,\\s*|\\s+)(?:pp?|с|стр)\\.\\s*(?<pages>\\d+(?:\\s*[–-]\\s*\\d+)?)";
    static final Pattern IBID = Pattern.compile("^(?:(?i:ibid)|Там же)\\.?(?:" + PAGES + ")?\\s*\\.?$");
    static final Pattern OP_CIT = Pattern.compile(
            "^(?:(?<author>[^,]{1,300}?),\\s*)?(?:(?i:op\\.?\\s*cit)|Указ\\.\\s?соч)\\.?(?:" + PAGES + ")?\\s*\\.?$");
    private static final Pattern PAGES_IN = Pattern.compile(PAGES);
    /** What is left of "(archived at [url])", "[a] and [b]", "Archived copy: [url]" when the links are taken out. */
    private static final Pattern LINK_LEFTOVERS = Pattern.compile(
            "(?i)\\(\\s{0,3}(?:archived(?: copy)?(?: at| on)?:?|archive:?)?\\s{0,3}\\)|(?:[,;.]?\\s{0,3}(?:\\b(?:and|or|"
                    + "archived(?: copy)?(?: at| on)?|archive)\\b:?))+\\s*$");
    private static final Pattern BARE_URL = Pattern.compile("(?<![\\w/])(?:https?://|www\\.)[^\\s<>()\\[\\]]{1,2000}");
    private static final Pattern ARCHIVE_HOST = Pattern.compile(
            "^https?://(?:web\\.archive\\.org|archive\\.org/web|archive\\.(?:today|is|ph|li|vn|md)|(?:www\\.)?webcitation\\.org|perma\\.cc)[/:].*");
    /** "Surname, I.", "Surname, I. J.", "Surname, Given"; several joined by "and" or "&". */
    private static final String PERSON = "\\p{Lu}[\\p{L}'’-]{1,40}(?:\\s\\p{Lu}[\\p{L}'’-]{1,40})?,\\s(?:(?:\\p{Lu}\\.\\s?-?){1,3}|\\p{Lu}\\p{Ll}{1,30})";
    private static final Pattern PERSONS = Pattern.compile("^" + PERSON + "(?:(?:,|\\s(?:and|&|и))\\s" + PERSON + "){0,9}$");
    private static final Pattern LEGAL = Pattern.compile("(?:\\b(?:Law|Act|Decree|Code|Constitution|Resolution|Ordinance|Statute)\\b"
            + "|(?iu)(?<!\\p{L})(?:закон|указ|постановлени|кодекс|конституци|заң)\\p{L}*)");
    private static final Pattern STATISTICS = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:statistic\\p{L}*|census|table\\s\\d+|статисти\\p{L}*|перепис\\p{L}*)");
    private static final Pattern SURVEY = Pattern.compile("(?iu)(?<!\\p{L})(?:survey|review of|обзор|опрос)(?!\\p{L})");
    private static final Pattern MAGAZINE = Pattern.compile("(?iu)(?<!\\p{L})(?:magazine|weekly|журнал)(?!\\p{L})");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** Letters of the Kazakh Cyrillic alphabet that Russian does not have. */
    private static final Pattern KAZAKH_ONLY = Pattern.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]");
    private static final String OPEN_QUOTES = "‘“'\"«";
    private static final String CLOSE_QUOTES = "’”'\"»";

    private final int number;
    private final String chapterId;
    private final List<ExtractionWarning> warnings = new ArrayList<>();

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();
    private String emphasis;
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
            for (Node node = first; node != null && parser.text.length() <= MAX_CHARS; node = node.getNext()) {
                parser.collect(node, 0);
            }
        }
        if (parser.text.length() > MAX_CHARS) {
            // Not a footnote of the series (or a hostile one): refused before any pattern looks at it.
            String start = parser.text.substring(0, 60).strip();
            parser.warn(null, "the footnote is longer than " + MAX_CHARS + " characters and is not read (it starts '"
                    + start + "…')");
            return new Result(start + "…", null, parser.warnings, null);
        }
        String all = parser.plain.toString().strip();
        Matcher repeat = IBID.matcher(all);
        Matcher opCit = OP_CIT.matcher(all);
        if (repeat.matches() || opCit.matches()) {
            Matcher m = repeat.matches() ? repeat : opCit;
            String author = m == opCit && opCit.group("author") != null ? opCit.group("author").strip() : null;
            return new Result(parser.text.toString().strip(), null, List.of(),
                    new Repeat(m == repeat ? "ibid" : "op-cit", author, m.group("pages")));
        }
        return parser.read(passage);
    }

    private void collect(Node node, int depth) {
        if (text.length() > MAX_CHARS) {
            return;
        }
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
        } else if (depth >= MAX_DEPTH) {
            String flat = InlineText.of(node);
            text.append(flat);
            plain.append(flat);
        } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            int start = plain.length();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, depth + 1);
            }
            if (emphasis == null && depth == 0) {
                emphasis = plain.substring(Math.min(start, plain.length())).strip();
            }
        } else if (!(node instanceof HtmlInline)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, depth + 1);
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
            String found = bare.group().replaceAll("[.,;:]+$", "");
            urls.add(new String[] { found.startsWith("www.") ? "http://" + found : found, found });
            withoutUrls.append(body, from, bare.start());
            from = bare.start() + found.length();
        }
        withoutUrls.append(body.substring(from));
        // "… [first](…) and [second](…)", "(archived at …)": what joined the links is not part of the text.
        body = tidy(LINK_LEFTOVERS.matcher(withoutUrls.toString()).replaceAll(""));
        String url = null;
        String urlText = null;
        String archivedUrl = null;
        if (urls.size() > 1 && ARCHIVE_HOST.matcher(urls.get(0)[0]).matches()
                && !ARCHIVE_HOST.matcher(urls.get(1)[0]).matches()) {
            urls.add(0, urls.remove(1)); // "archived at [a] from [b]": the archive's host says which is which
        }
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
        if (urls.size() > 2) {
            warn("url", (urls.size() == 3 ? "a further URL is" : urls.size() - 2 + " further URLs are")
                    + " not stored: " + urls.get(2)[0] + (urls.size() == 3 ? "" : " …"));
        }
        if (url != null && !url.matches("^https?://\\S+$")) {
            warn("url", "the link target '" + url + "' is not an absolute http(s) URL");
            url = null;
            urlText = null;
        }
        Fields f = new Fields();
        f.url = url;
        f.urlText = urlText;
        f.archivedUrl = archivedUrl;
        Matcher pageMatch = PAGES_IN.matcher(body);
        if (pageMatch.find()) {
            f.pages = pageMatch.group("pages").replaceAll("\\s+", "");
            body = tidy(body.substring(0, pageMatch.start()) + body.substring(pageMatch.end()));
        }

        Matcher interview = INTERVIEW.matcher(body);
        if (interview.matches()) {
            readInterview(interview.group("rest"), f);
        } else if (!body.isEmpty()) {
            readWork(body, f);
        }
        if (f.title == null || f.title.isEmpty()) {
            f.title = null;
            warn("title", url != null && body.isEmpty() ? "the footnote gives only a URL" : "no title found");
        }
        if (f.author == null && f.interviewee == null) {
            warn("author", "the footnote names no author or publisher");
        }
        LocalDate date = null;
        if (f.datePrinted != null) {
            Matcher d = DATE.matcher(f.datePrinted);
            d.find();
            Integer printedYear = d.group("year") != null ? Integer.valueOf(d.group("year"))
                    : d.group("year2") != null ? Integer.valueOf(d.group("year2")) : null;
            Integer dateYear = printedYear != null ? printedYear : f.year;
            String day = d.group("day") != null ? d.group("day") : d.group("day2");
            String month = d.group("month") != null ? d.group("month") : d.group("month2");
            if (printedYear != null && f.year != null && !printedYear.equals(f.year)) {
                warn("date", "'" + f.datePrinted + "' does not lie in the year " + f.year + "; the full date is not stored");
            } else if (dateYear != null) {
                try {
                    date = LocalDate.of(dateYear, MONTH_NUMBERS.get(month.toLowerCase(Locale.ROOT).replace(".", "")),
                            Integer.parseInt(day));
                    f.year = dateYear;
                } catch (DateTimeException e) {
                    warn("date", "'" + f.datePrinted + "' is not a date of the calendar");
                }
            }
        } else {
            warn("date", "the footnote gives no day and month");
        }
        if (f.year == null) {
            warn("year", "the footnote gives no year");
        }
        String kind = f.title == null && f.author == null && f.interviewee == null ? null : kindOf(f);
        if (kind == null) {
            warn("kind", url != null && body.isEmpty()
                    ? "a bare URL does not say what kind of source it is (web page, article, report …)"
                    : "the kind of source cannot be told from the footnote's form");
        }
        String language = null;
        if (f.title != null) {
            if (CYRILLIC.matcher(f.title).find()) {
                language = KAZAKH_ONLY.matcher(f.title).find() ? "kk" : "ru";
            } else if (LATIN.matcher(f.title).find() && f.translated == null && !"interview".equals(kind)) {
                // The series is in English and translates every title that is not: an untranslated title is English.
                language = "en";
            } else {
                warn("language", "the language of the title cannot be told");
            }
        }
        if (url == null) {
            warn("url", "the footnote gives no URL");
        }
        String notes = kind == null && f.author == null && f.title == null && !body.isEmpty() ? UNREAD_NOTES + body : null;
        List<CitedIn> citedIn = List.of(new CitedIn(chapterId, number, passage));
        if (passage == null) {
            warn("citedIn.passage", "no footnote marker " + number + " found in the chapter's text");
        }
        String authorType = f.author == null ? null : PERSONS.matcher(f.author).matches() ? "person" : "organisation";
        Citation citation = new Citation(chapterId == null ? null : chapterId + "-fn" + number, kind, f.author,
                authorType, f.publisher, f.editor, f.interviewee, f.place, f.year, date, f.datePrinted, f.title, null,
                language, f.translated, f.translated == null ? null : "en", f.url, f.urlText, f.archivedUrl,
                f.containerTitle, null, f.pages, null, null, f.reportNumber, null, null, notes, citedIn, null);
        return new Result(text.toString().strip(), citation, warnings, null);
    }

    /** What the parts of a footnote say, filled in as they are found. */
    private static final class Fields {
        String author;
        String interviewee;
        String place;
        String publisher;
        String editor;
        Integer year;
        String datePrinted;
        String title;
        String translated;
        String containerTitle;
        String pages;
        String reportNumber;
        String url;
        String urlText;
        String archivedUrl;
        boolean italicTitle;
        boolean interview;
    }

    /** "Name[, role][, organisation] (Place), D Month YYYY": the title keeps name, role and organisation as printed. */
    private void readInterview(String rest, Fields f) {
        f.interview = true;
        String remaining = takeDate(rest, f);
        int close = remaining.lastIndexOf(')');
        if (close >= 0 && close == remaining.length() - 1) {
            int open = matchingOpen(remaining);
            if (open > 0) {
                f.place = remaining.substring(open + 1, close).strip();
                remaining = tidy(remaining.substring(0, open));
            }
        }
        Matcher year = YEAR.matcher(remaining);
        if (f.datePrinted == null && year.find()) {
            f.year = Integer.valueOf(year.group("year"));
            remaining = tidy(remaining.substring(0, year.start()) + remaining.substring(year.end()));
        }
        int comma = remaining.indexOf(',');
        f.interviewee = (comma < 0 ? remaining : remaining.substring(0, comma)).strip();
        f.title = (rest.startsWith("Интервью") ? "Интервью с " : "Interview with ") + remaining;
        if (f.interviewee.isEmpty()) {
            f.interviewee = null;
        }
    }

    /** Everything that is not an interview: author and year, title, container, editor, publisher, date, number. */
    private void readWork(String body, Fields f) {
        String rest = body;
        Matcher authorYear = AUTHOR_YEAR.matcher(rest);
        if (authorYear.lookingAt()) {
            f.author = tidy(authorYear.group("author"));
            f.year = authorYear.group("year") == null ? null : Integer.valueOf(authorYear.group("year"));
            rest = rest.substring(authorYear.end());
        }
        rest = takeDate(rest, f);
        Matcher edited = IN_EDITED.matcher(rest);
        if (edited.find()) {
            f.editor = edited.group("editor").strip();
            rest = rest.substring(0, edited.start()) + ". " + rest.substring(edited.end());
        }
        rest = tidy(rest);
        if (f.year == null) {
            Matcher year = YEAR.matcher(rest);
            if (year.find()) {
                // "A year present anywhere": the last one standing on its own, as references put it after the title.
                int start;
                int end;
                do {
                    f.year = Integer.valueOf(year.group("year"));
                    start = year.start();
                    end = year.end();
                } while (year.find());
                String without = tidy(rest.substring(0, start) + rest.substring(end));
                if (!without.isEmpty()) {
                    rest = without;
                }
            }
        }
        int at = emphasis == null || emphasis.isEmpty() ? -1 : rest.indexOf(emphasis);
        String after = "";
        if (at >= 0) {
            String before = stripQuotes(tidy(rest.substring(0, at)));
            after = tidy(rest.substring(at + emphasis.length()));
            if (!before.isEmpty()) {
                // "Article title. *Journal*": the plain title is the work's, the italic one its container's.
                titleWithTranslation(before, f);
                f.containerTitle = emphasis;
            } else {
                f.title = emphasis;
                f.italicTitle = true;
                if (after.startsWith("(")) {
                    int close = closingParen(after);
                    if (close > 0) {
                        f.translated = after.substring(1, close).strip();
                        after = tidy(after.substring(close + 1));
                    }
                }
            }
        } else if (!rest.isEmpty() && OPEN_QUOTES.indexOf(rest.charAt(0)) >= 0) {
            int close = -1;
            for (int i = 1; i < rest.length() && close < 0; i++) {
                close = CLOSE_QUOTES.indexOf(rest.charAt(i)) >= 0 ? i : -1;
            }
            if (close > 0) {
                // "“Headline”, Newspaper": what follows the quoted title names where it appeared.
                titleWithTranslation(rest.substring(1, close).strip(), f);
                after = tidy(rest.substring(close + 1));
                if (!after.isEmpty() && !PLACE_PUBLISHER.matcher(after).matches()) {
                    f.containerTitle = after;
                    after = "";
                }
            } else {
                titleWithTranslation(rest, f);
            }
        } else if (!rest.isEmpty()) {
            titleWithTranslation(rest, f);
        }
        Matcher number = NUMBER.matcher(after);
        if (number.find()) {
            // "*Title*, No. 178-IV": the number of a report or law, printed after its title.
            f.reportNumber = number.group("number");
            after = tidy(after.substring(0, number.start()) + after.substring(number.end()));
        }
        if (!after.isEmpty()) {
            Matcher placePublisher = PLACE_PUBLISHER.matcher(after);
            if (placePublisher.matches()) {
                f.place = placePublisher.group("place").strip();
                f.publisher = placePublisher.group("publisher").strip();
            } else {
                warn("notes", "a part of the footnote is not read into any field: '" + after + "'");
            }
        }
        if (f.author == null && f.title == null && f.datePrinted == null && f.year == null) {
            warn("author", "the footnote does not have the form 'Author (Year) Title'; its text is kept in notes");
        }
    }

    /** A plain title with its translation in final parentheses: "Заголовок (Headline)". */
    private static void titleWithTranslation(String s, Fields f) {
        String title = s;
        if (title.endsWith(")")) {
            int open = matchingOpen(title);
            if (open > 0) {
                f.translated = title.substring(open + 1, title.length() - 1).strip();
                title = title.substring(0, open).strip();
            }
        }
        f.title = stripQuotes(tidy(title));
    }

    /** Takes the day and month (the last one standing as a part of its own) out of the text. */
    private static String takeDate(String s, Fields f) {
        Matcher date = DATE.matcher(s);
        int start = -1;
        int end = -1;
        String found = null;
        while (date.find()) {
            if (partBoundary(s, date.start(), date.end())) {
                start = date.start();
                end = date.end();
                found = date.group();
            }
        }
        if (found == null) {
            return s;
        }
        f.datePrinted = found.strip();
        return tidy(s.substring(0, start) + " " + s.substring(end));
    }

    /** A date is a part of the footnote, not words of a title: punctuation or the edge on both sides. */
    private static boolean partBoundary(String s, int start, int end) {
        String before = s.substring(0, start).stripTrailing();
        String after = s.substring(end).stripLeading();
        boolean left = before.isEmpty() || ",.;:(".indexOf(before.charAt(before.length() - 1)) >= 0;
        boolean right = after.isEmpty() || ",.;:)".indexOf(after.charAt(0)) >= 0;
        return left && right;
    }

    /**
     * The kind the footnote's form shows. A plain title then an italic container: a newspaper, magazine or journal
     * article (pages make it a journal's); "In … (ed.)": a chapter; a legal instrument's name: legal text; a
     * statistics office or table: statistics; a survey or review: survey; an italic title of its own: a report; a
     * plain title with a day and month: a news article; a plain title with a URL only: a web page.
     */
    private static String kindOf(Fields f) {
        String words = String.join(" ", nonNull(f.title), nonNull(f.translated), nonNull(f.author));
        if (f.interview) {
            return "interview";
        }
        if (f.editor != null) {
            return "chapter";
        }
        if (f.containerTitle != null) {
            if (MAGAZINE.matcher(f.containerTitle).find()) {
                return "magazine-article";
            }
            return f.pages != null && f.datePrinted == null ? "journal-article" : "news-article";
        }
        if (LEGAL.matcher(nonNull(f.title) + " " + nonNull(f.author)).find()) {
            return "legislation";
        }
        if (STATISTICS.matcher(words).find()) {
            return "statistics";
        }
        if (SURVEY.matcher(words).find()) {
            return "survey";
        }
        if (f.title == null) {
            return null;
        }
        if (f.italicTitle) {
            return "report";
        }
        if (f.datePrinted != null) {
            return "news-article";
        }
        return f.url != null ? "website" : null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
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

    /** Index of the ')' that closes the '(' at 0, or -1. */
    private static int closingParen(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Spaces collapsed, and the punctuation that joined a part taken out left off the ends. */
    private static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").replaceAll(" ([,.;:])", "$1").replaceAll("([,;:])[,.;:]+", "$1").strip();
        int startAt = 0;
        while (startAt < t.length() && ",.;:".indexOf(t.charAt(startAt)) >= 0) {
            startAt++;
        }
        int endAt = t.length();
        while (endAt > startAt && ",;:".indexOf(t.charAt(endAt - 1)) >= 0) {
            endAt--;
        }
        t = t.substring(startAt, endAt).strip();
        // A final full stop closes the footnote, not the title; an abbreviation keeps it ("4,7 млн чел.").
        if (t.endsWith(".") && !t.matches("(?s).*(?:(?<!\\p{L})\\p{L}{1,4}|\\p{Lu})\\.$")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String stripQuotes(String s) {
        return s.length() > 1 && OPEN_QUOTES.indexOf(s.charAt(0)) >= 0 && CLOSE_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0
                ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[] en = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december" };
        String[] ru = MONTHS_RU.split("\\|");
        for (int i = 0; i < 12; i++) {
            m.put(en[i], i + 1);
            m.put(en[i].substring(0, 3), i + 1);
            m.put(ru[i], i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
