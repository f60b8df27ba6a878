package org.giswatch.metrics.extract;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.platform.chapter.ChapterText;

/**
 * Finds the figures of a chapter's running text — percentages, counts (digits with thousands separators, "million",
 * "thousand", number words) and money with a currency — and reads around each one: the footnote its sentence
 * carries, a period, and the hedges mapped to qualifiers. It proposes; an editor decides (see docs/api/curation.md).
 * <p>
 * Rules, in the words an editor would check them:
 * <ul>
 * <li>Not figures: years ("in 2009", "the 2005 election"), days of dates ("3 March"), numbers of chapters, articles
 * and pages ("Chapter 5"), numbers glued to letters, hyphens or slashes ("mid-2000s", "two-week", URLs, ISBNs),
 * telephone numbers, footnote markers, and "one" (an article more often than a count).</li>
 * <li>Hedges next to the number: around/about/roughly/some/approximately/nearly → approximate; no more than/up to/at
 * most/or less → upper-bound; more than/over/at least/or more → lower-bound.</li>
 * <li>Hedges of the clause (a parenthesis is a clause of its own): allegedly/according to critics → alleged;
 * reportedly/according to (anyone else) → reported; official statistics/data/figure, government sources, according
 * to official … → official; estimated/survey/suggests → estimate; disputed/contested → disputed. "Critics say…"
 * right after a sentence disputes its last clause; "…depreciates official data on turnout" disputes the official
 * figures about turnout anywhere in the chapter.</li>
 * <li>Footnote: the first marker after the number in its sentence; a sentence without markers takes the previous
 * sentence's footnote when that one ends with its marker (it continues the same source); otherwise the chapter.</li>
 * </ul>
 */
public final class FigureExtractor {

    private static final String WORD_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand";
    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("hundred", 100),
            Map.entry("a thousand", 1000));
    private static final Pattern FIGURE = Pattern.compile(
            "(?<cur>US\\$|USD|EUR|GBP|KZT|RUB|\\$|€|£|₸)?\\s?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?i:\\b(?:" + WORD_NUMBERS + ")\\b))"
                    + "(?:\\s(?<scale>(?i:million|billion|thousand))\\b)?"
                    + "(?<pct>\\s?%|\\s(?i:per\\s?cent|percent)\\b)?"
                    + "(?:\\s(?<cur2>(?i:dollars|euros|pounds|tenge|roubles|rubles)\\b|USD\\b|EUR\\b|GBP\\b|KZT\\b|RUB\\b))?");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("us$", "USD"), Map.entry("$", "USD"),
            Map.entry("usd", "USD"), Map.entry("dollars", "USD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("₸", "KZT"), Map.entry("kzt", "KZT"), Map.entry("tenge", "KZT"), Map.entry("rub", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"));
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s(?:" + MONTHS + ")\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(?:" + MONTHS + ")\\s$");
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:chapter|article|art\\.|no\\.|nos\\.|p\\.|pp\\.|page|pages|section|paragraph|law|resolution|decree"
                    + "|order|phone:?|tel\\.?:?|fax:?|issn:?|isbn:?|version|vol\\.|volume|issue)\\s$");
    private static final Pattern PHONE = Pattern.compile("\\+\\d[\\d\\s().-]{6,}\\d");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(?:around|about|roughly|some|approximately"
            + "|nearly|almost|close to|circa|c\\.|no more than|not more than|at most|up to|fewer than|less than|under"
            + "|more than|over|at least|in excess of|upwards of|an estimated|estimated at)\\s+$");
    private static final Pattern HEDGE_AFTER = Pattern.compile("(?i)^\\s*(?:or less|or fewer|at most|or more|or so)\\b");
    private static final Pattern STOP_WORDS = Pattern.compile(
            "(?i)^(?:in|on|at|of|to|and|or|for|from|by|the|a|an|was|were|is|are|with|as|that|than|after|before|per)$");

    private record Rule(Pattern pattern, Qualifier qualifier) {
    }

    /** Words of the clause, first match wins per qualifier; "according to" is decided by what follows it. */
    private static final List<Rule> CLAUSE_RULES = List.of(
            new Rule(Pattern.compile("(?i)\\ballegedly\\b|\\baccording to (?:the )?critics\\b|\\bit is alleged\\b"),
                    Qualifier.ALLEGED),
            new Rule(Pattern.compile("(?i)\\baccording to (?:the )?(?:latest )?(?:official|government)\\b"
                    + "|\\bofficial(?:ly)?(?: (?:statistics|data|figures?|results|count|estimates?))?\\b"
                    + "|\\bgovernment (?:sources|data|figures|statistics)\\b"), Qualifier.OFFICIAL),
            new Rule(Pattern.compile("(?i)\\breportedly\\b|\\b(?:is|are|was|were) reported\\b"
                    + "|\\baccording to (?!(?:the )?(?:latest )?(?:official|government|critics)\\b)"), Qualifier.REPORTED),
            new Rule(Pattern.compile("(?i)\\bestimated?\\b|\\bestimates\\b|\\bsurvey\\b|\\bsuggests?\\b"), Qualifier.ESTIMATE),
            new Rule(Pattern.compile("(?i)\\bdisputed\\b|\\bcontested\\b"), Qualifier.DISPUTED));
    private static final Pattern CRITICS_NEXT = Pattern.compile(
            "(?i)^(?:critics|opponents|independent observers|observers)\\b.{0,60}?\\b(?:say|said|argue|argued|claim|doubt|question|dispute)");
    private static final Pattern DISCREDITS = Pattern.compile("(?i)\\b(?:depreciates?|undermines?|casts? doubt on|calls? into "
            + "question|discredits?)\\b.*?\\bofficial (?:data|figures|results|statistics) (?:on|about|for) (?<topic>[^.;]+)");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");
    private static final Pattern YEAR_AFTER = Pattern.compile("^[^;]{0,40}?\\b(?:in|of|during|for)\\s+(1[89]\\d{2}|20\\d{2})\\b");
    private static final Pattern RANGE = Pattern.compile("(?i)\\bbetween (\\d{1,2}) (" + MONTHS + ") and (\\d{1,2}) ("
            + MONTHS + "),?(?: of)? (\\d{4})\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private FigureExtractor() {
    }

    public static List<Figure> extract(String markdown) {
        ChapterText chapter = ChapterText.read(markdown == null ? "" : markdown);
        String text = chapter.text();
        List<Figure> figures = new ArrayList<>();
        Set<String> topicsDisputed = disputedTopics(text);
        Map<String, Integer> occurrences = new HashMap<>();
        int from = 0;
        while (from < text.length()) {
            int to = text.indexOf(ChapterText.SEGMENT_BREAK, from);
            to = to < 0 ? text.length() : to;
            List<ChapterText.Sentence> sentences = chapter.sentences(from, to);
            for (int i = 0; i < sentences.size(); i++) {
                ChapterText.Sentence previous = i == 0 ? null : sentences.get(i - 1);
                ChapterText.Sentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
                readSentence(chapter, sentences.get(i), previous, next, topicsDisputed, occurrences, figures);
            }
            from = to + ChapterText.SEGMENT_BREAK.length();
        }
        return figures;
    }

    private static void readSentence(ChapterText chapter, ChapterText.Sentence sentence, ChapterText.Sentence previous,
            ChapterText.Sentence next, Set<String> topicsDisputed, Map<String, Integer> occurrences, List<Figure> out) {
        String text = chapter.text();
        String s = text.substring(sentence.start(), sentence.end());
        // Footnote markers of this sentence: local position -> number (a marker just after the full stop counts).
        Map<Integer, Integer> markers = new java.util.TreeMap<>();
        chapter.markers().forEach((number, at) -> {
            if (at > sentence.start() && at <= sentence.end()) {
                markers.put(at - sentence.start(), number);
            }
        });
        Integer inherited = null;
        if (markers.isEmpty() && previous != null) {
            for (Map.Entry<Integer, Integer> marker : chapter.markers().entrySet()) {
                if (marker.getValue() == previous.end()) {
                    inherited = marker.getKey();
                }
            }
        }
        boolean disputedByNext = next != null
                && CRITICS_NEXT.matcher(text.substring(next.start(), next.end())).find();
        int lastClauseStart = s.lastIndexOf(';') + 1;
        boolean[] masked = phoneMask(s);

        List<Matcher> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            if (m.group().isBlank() || masked[m.start("num")] || !isFigure(s, m)) {
                continue;
            }
            found.add(FIGURE.matcher(s).region(m.start(), m.end()));
            found.get(found.size() - 1).lookingAt();
        }
        for (int k = 0; k < found.size(); k++) {
            Matcher f = found.get(k);
            int start = f.start("cur") >= 0 ? f.start("cur") : f.start("num");
            int end = f.end();
            int previousEnd = k == 0 ? 0 : found.get(k - 1).end();
            int nextStart = k + 1 < found.size() ? found.get(k + 1).start() : s.length();
            String printed = s.substring(start, end).strip();

            // Hedges next to the number.
            EnumMap<Qualifier, String> hedges = new EnumMap<>(Qualifier.class);
            String before = s.substring(Math.max(previousEnd, clauseStart(s, start)), start);
            Matcher hedgeBefore = HEDGE_BEFORE.matcher(before);
            String valueText = printed;
            if (hedgeBefore.find()) {
                String word = hedgeBefore.group().strip();
                Qualifier qualifier = local(word.toLowerCase(Locale.ROOT));
                hedges.put(qualifier, word);
                // "around 200" is how the figure is printed; "estimated at 16.6 million" is a figure and a verb.
                if (qualifier != Qualifier.ESTIMATE) {
                    valueText = word + " " + valueText;
                }
            }
            Matcher hedgeAfter = HEDGE_AFTER.matcher(s.substring(end, nextStart));
            if (hedgeAfter.find()) {
                String word = hedgeAfter.group().strip();
                hedges.putIfAbsent(local(word.toLowerCase(Locale.ROOT)), word);
                valueText = valueText + " " + word;
            }
            // Hedges of the clause (the parenthesis, when the number stands in one).
            String clause = clause(s, start, end);
            for (Rule rule : CLAUSE_RULES) {
                Matcher word = rule.pattern().matcher(clause);
                if (word.find()) {
                    hedges.putIfAbsent(rule.qualifier(), word.group().strip());
                }
            }
            Integer footnote = null;
            int footnoteAt = -1;
            for (Map.Entry<Integer, Integer> marker : markers.entrySet()) {
                if (marker.getKey() >= end) {
                    footnote = marker.getValue();
                    footnoteAt = marker.getKey();
                    break;
                }
            }
            boolean fromPrevious = false;
            if (footnote == null && inherited != null) {
                footnote = inherited;
                fromPrevious = true;
            }
            String passage = footnoteAt >= 0
                    ? ChapterText.passage(text, sentence.start() + footnoteAt, chapter.markers()).replaceAll("[;:,]$", "")
                    : s.strip().replaceAll("\\s+", " ");
            if (disputedByNext && start >= lastClauseStart) {
                hedges.putIfAbsent(Qualifier.DISPUTED, "critics in the next sentence");
            }
            if (hedges.containsKey(Qualifier.OFFICIAL) && mentionsAny(passage, topicsDisputed)) {
                hedges.putIfAbsent(Qualifier.DISPUTED, "official data on this topic discredited in the chapter");
            }
            String unit = unit(f);
            String noun = "count".equals(unit) ? noun(s.substring(end, nextStart)) : null;
            String key = passage + "|" + printed;
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            out.add(new Figure(value(f), printed, valueText, unit, noun, passage, footnote, fromPrevious,
                    period(s, start, end, nextStart), List.copyOf(hedges.keySet()), List.copyOf(hedges.values()),
                    key + "|" + occurrence));
        }
    }

    private static Qualifier local(String hedge) {
        return switch (hedge) {
            case "no more than", "not more than", "at most", "up to", "fewer than", "less than", "under", "or less",
                    "or fewer" -> Qualifier.UPPER_BOUND;
            case "more than", "over", "at least", "in excess of", "upwards of", "or more" -> Qualifier.LOWER_BOUND;
            case "an estimated", "estimated at" -> Qualifier.ESTIMATE;
            default -> Qualifier.APPROXIMATE;
        };
    }

    /** Whether a match is a figure rather than a year, a date, a label, a hyphenated word or part of an identifier. */
    private static boolean isFigure(String s, Matcher m) {
        int start = m.start("cur") >= 0 ? m.start("cur") : m.start("num");
        int end = m.end();
        String num = m.group("num");
        char before = start == 0 ? ' ' : s.charAt(start - 1);
        char after = end >= s.length() ? ' ' : s.charAt(end);
        if (Character.isLetterOrDigit(before) || "-/._#:+@".indexOf(before) >= 0) {
            return false;
        }
        if (Character.isLetterOrDigit(after) || after == '-' || after == '/' || after == '@'
                || (":.,".indexOf(after) >= 0 && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1)))) {
            return false;
        }
        if (urlLike(s, start, end)) {
            return false;
        }
        boolean plainDigits = num.matches("\\d+");
        boolean bare = m.group("scale") == null && m.group("pct") == null && m.group("cur") == null
                && m.group("cur2") == null;
        String head = s.substring(0, start);
        if (bare && plainDigits) {
            int n = Integer.parseInt(num.length() > 9 ? "999999999" : num);
            if (n >= 1800 && n <= 2100 && num.length() == 4 && !HEDGE_BEFORE.matcher(head).find()) {
                return false;
            }
            if (n >= 1 && n <= 31 && (MONTH_AFTER.matcher(s.substring(end)).find() || MONTH_BEFORE.matcher(head).find())) {
                return false;
            }
            if (LABEL_BEFORE.matcher(head).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean urlLike(String s, int start, int end) {
        int wordStart = start;
        while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = end;
        while (wordEnd < s.length() && !Character.isWhitespace(s.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = s.substring(wordStart, wordEnd);
        return word.contains("://") || word.contains("www.") || word.contains("@") || word.matches(".*\\w/\\w.*");
    }

    private static boolean[] phoneMask(String s) {
        boolean[] masked = new boolean[s.length() + 1];
        Matcher phone = PHONE.matcher(s);
        while (phone.find()) {
            for (int i = phone.start(); i < phone.end(); i++) {
                masked[i] = true;
            }
        }
        return masked;
    }

    /** Start of the clause (after the last semicolon) the position is in. */
    private static int clauseStart(String s, int at) {
        return s.lastIndexOf(';', at - 1) + 1;
    }

    /** The clause of the number: inside its parenthesis, else its semicolon clause with parentheses left out. */
    private static String clause(String s, int start, int end) {
        int open = s.lastIndexOf('(', start);
        int close = open < 0 ? -1 : s.indexOf(')', open);
        if (open >= 0 && close >= end) {
            return s.substring(open + 1, close);
        }
        int from = clauseStart(s, start);
        int to = s.indexOf(';', end);
        String clause = s.substring(from, to < 0 ? s.length() : to);
        return clause.replaceAll("\\([^()]*\\)", " ");
    }

    private static Set<String> disputedTopics(String text) {
        Set<String> topics = new HashSet<>();
        Matcher m = DISCREDITS.matcher(text);
        while (m.find()) {
            Matcher word = WORD.matcher(m.group("topic"));
            while (word.find()) {
                String w = word.group().toLowerCase(Locale.ROOT);
                if (w.length() >= 4 && !STOP_WORDS.matcher(w).matches()) {
                    topics.add(w);
                }
            }
        }
        return topics;
    }

    private static boolean mentionsAny(String passage, Set<String> words) {
        Matcher word = WORD.matcher(passage);
        while (word.find()) {
            if (words.contains(word.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal value(Matcher f) {
        String num = f.group("num").toLowerCase(Locale.ROOT);
        BigDecimal value = WORD_VALUES.containsKey(num) ? BigDecimal.valueOf(WORD_VALUES.get(num))
                : new BigDecimal(num.replace(",", ""));
        String scale = f.group("scale");
        if (scale != null) {
            value = value.multiply(switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand" -> BigDecimal.valueOf(1_000);
                case "million" -> BigDecimal.valueOf(1_000_000);
                default -> BigDecimal.valueOf(1_000_000_000);
            });
        }
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static String unit(Matcher f) {
        if (f.group("pct") != null) {
            return "percent";
        }
        String currency = f.group("cur") != null ? f.group("cur") : f.group("cur2");
        return currency == null ? "count" : CURRENCIES.getOrDefault(currency.toLowerCase(Locale.ROOT), currency);
    }

    private static String noun(String after) {
        Matcher word = WORD.matcher(after);
        if (word.find() && word.start() <= 1 && Character.isLowerCase(word.group().charAt(0))
                && !STOP_WORDS.matcher(word.group()).matches()) {
            return word.group().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** "between 3 March and 12 May of 2011", else "in 2009" right after, else the year before it in the clause. */
    private static String period(String s, int start, int end, int nextStart) {
        Matcher after = YEAR_AFTER.matcher(s.substring(end, nextStart));
        if (after.find()) {
            return after.group(1);
        }
        Matcher range = RANGE.matcher(s);
        if (range.find()) {
            String year = range.group(5);
            return year + "-" + month(range.group(2)) + "-" + day(range.group(1)) + "/" + year + "-"
                    + month(range.group(4)) + "-" + day(range.group(3));
        }
        Matcher year = YEAR.matcher(s.substring(clauseStart(s, start), start));
        String last = null;
        while (year.find()) {
            last = year.group(1);
        }
        if (last != null) {
            return last;
        }
        Matcher any = YEAR.matcher(s);
        String only = null;
        int count = 0;
        while (any.find()) {
            only = any.group(1);
            count++;
        }
        return count == 1 ? only : null;
    }

    private static String month(String name) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return String.format("%02d", month.getValue());
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String day(String day) {
        return day.length() == 1 ? "0" + day : day;
    }
}
