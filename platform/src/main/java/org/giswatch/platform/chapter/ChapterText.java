package org.giswatch.platform.chapter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A chapter in the Markdown form of the GISWatch chapter files, read with commonmark-java into its running text and
 * its footnotes. Both citation-service (footnotes into citations) and metrics-service (figures into candidates) read
 * chapters through this class, so they agree on what is a footnote, where its marker stands and what passage it
 * supports.
 * <ul>
 * <li>A footnote is a paragraph that starts with its number, as {@code <sup>N</sup>} or as a plain "N " (the converter
 * drops the {@code <sup>} on some pages). A footnote broken over several paragraphs continues in the next paragraph
 * when it does not end a sentence or a link, or when that paragraph is only a link or starts "archived at"/"and".</li>
 * <li>The running text cites a footnote with {@code <sup>N</sup>}, or with a plain number written straight after
 * punctuation ("platform.6 The drive"), accepted only for numbers that are footnotes of the chapter.</li>
 * <li>The passage a footnote supports is the sentence (or clause, when the marker follows a semicolon) that carries
 * the marker, verbatim without it.</li>
 * </ul>
 */
public final class ChapterText {

    /** Separates paragraphs of the running text (a paragraph cut by a page break is joined to the next). */
    public static final String SEGMENT_BREAK = "\n\n";

    private static final Pattern SUP_OPEN = Pattern.compile("(?i)^<sup>$");
    private static final Pattern SUP_CLOSE = Pattern.compile("(?i)^</sup>$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*$");
    private static final Pattern PLAIN_START = Pattern.compile("^(\\d{1,3})\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern FOOTNOTE_LIKE = Pattern.compile(
            "\\(\\d{4}\\)|^Interview with|https?://|www\\.|^Ibid\\b|\\bop\\.? ?cit\\b", Pattern.CASE_INSENSITIVE);
    /** A plain marker: a footnote number straight after punctuation that ends a word, then a space or the end. */
    private static final Pattern PLAIN_MARKER = Pattern.compile(
            "(?<=[\\p{L}\\p{Pe}\"”’%][.,;:!?]|[\\p{L}][\\p{Pe}\"”’])(\\d{1,3})(?=\\s|$)");
    private static final Pattern CONTINUATION_START = Pattern.compile("^(?i:archived at|archive:|and)\\b");
    /** The end of a sentence: not the full stop of an abbreviation such as "No. 7" or "p. 14". */
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<!\\b(?:No|no|Nos|nos|p|pp|Art|art|Vol|vol|Mr|Mrs|Ms|Dr|St|cf|e\\.g|i\\.e))[.!?][\"”’')\\]]*\\s+(?=[^\\p{Ll}])");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:][\"”’')\\]]*\\s*$");

    private static final Parser PARSER = Parser.builder().build();

    /**
     * One footnote: its number, the text before {@code first} in the node that held the number, and the first inline
     * node of each of its paragraphs (more than one when the footnote continues over paragraphs).
     */
    public record Footnote(int number, String leading, List<Node> parts) {
    }

    /** A sentence of the running text: [start, end) in {@link #text()}, end just after its closing punctuation. */
    public record Sentence(int start, int end) {
    }

    private final String text;
    private final Map<Integer, Integer> markers;
    private final List<Footnote> footnotes;

    private ChapterText(String text, Map<Integer, Integer> markers, List<Footnote> footnotes) {
        this.text = text;
        this.markers = markers;
        this.footnotes = footnotes;
    }

    /** The running text: paragraphs separated by {@link #SEGMENT_BREAK}, markers removed, headings left out. */
    public String text() {
        return text;
    }

    /** Footnote number to the position in {@link #text()} where its (first) marker stood, by position. */
    public Map<Integer, Integer> markers() {
        return markers;
    }

    public List<Footnote> footnotes() {
        return footnotes;
    }

    public static ChapterText read(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Paragraph> body = new ArrayList<>();
        List<Boolean> afterHeading = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            private boolean headingBefore;
            private Paragraph lastFootnote;

            @Override
            public void visit(Heading heading) {
                headingBefore = true;
                lastFootnote = null;
            }

            @Override
            public void visit(Paragraph paragraph) {
                int last = footnotes.isEmpty() ? 0 : footnotes.get(footnotes.size() - 1).number();
                Footnote footnote = footnoteAt(paragraph, last);
                if (footnote != null) {
                    footnotes.add(footnote);
                    lastFootnote = paragraph;
                    return;
                }
                if (lastFootnote != null && continuesFootnote(lastFootnote, paragraph)) {
                    footnotes.get(footnotes.size() - 1).parts().add(paragraph.getFirstChild());
                    lastFootnote = paragraph;
                    return;
                }
                lastFootnote = null;
                body.add(paragraph);
                afterHeading.add(headingBefore);
                headingBefore = false;
            }
        });
        Set<Integer> numbers = new HashSet<>();
        footnotes.forEach(f -> numbers.add(f.number()));
        Set<Integer> supMarked = new HashSet<>();
        body.forEach(p -> collectSupMarkers(p, supMarked));

        StringBuilder text = new StringBuilder();
        Map<Integer, Integer> markers = new TreeMap<>();
        for (int i = 0; i < body.size(); i++) {
            String previous = text.toString().stripTrailing();
            // A paragraph that does not end a sentence was cut by a page break: the next one continues it.
            text.setLength(previous.length());
            boolean continues = !afterHeading.get(i) && !previous.isEmpty() && !CLAUSE_END.matcher(previous).find();
            text.append(continues ? " " : previous.isEmpty() ? "" : SEGMENT_BREAK);
            appendBody(body.get(i), text, markers, numbers, supMarked);
        }
        Map<Integer, Integer> byPosition = new java.util.LinkedHashMap<>();
        markers.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> byPosition.put(e.getKey(), e.getValue()));
        return new ChapterText(text.toString(), byPosition, footnotes);
    }

    /** The passage the footnote with this number supports, or null when the running text has no marker for it. */
    public String passage(int footnote) {
        Integer at = markers.get(footnote);
        return at == null ? null : passage(text, at, markers);
    }

    /** The sentences of one paragraph of the running text, [from, to) being the paragraph's bounds. */
    public List<Sentence> sentences(int from, int to) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        boundary.region(from, to);
        int start = from;
        while (boundary.find()) {
            int end = boundary.start() + boundary.group().stripTrailing().length();
            sentences.add(new Sentence(start, end));
            start = boundary.end();
        }
        if (start < to && !text.substring(start, to).isBlank()) {
            sentences.add(new Sentence(start, start + text.substring(start, to).stripTrailing().length()));
        }
        return sentences;
    }

    /** The footnote a paragraph holds, or null when it is running text. */
    private static Footnote footnoteAt(Paragraph paragraph, int last) {
        Node first = paragraph.getFirstChild();
        if (first instanceof HtmlInline open && SUP_OPEN.matcher(open.getLiteral()).matches()
                && first.getNext() instanceof Text digits && NUMBER.matcher(digits.getLiteral()).matches()
                && digits.getNext() instanceof HtmlInline close && SUP_CLOSE.matcher(close.getLiteral()).matches()) {
            return footnote(Integer.parseInt(digits.getLiteral().strip()), "", close.getNext());
        }
        if (first instanceof Text t) {
            Matcher m = PLAIN_START.matcher(t.getLiteral());
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                boolean looksLikeFootnote = hasLink(paragraph) || FOOTNOTE_LIKE.matcher(m.group(2)).find();
                // "2011 Report" or "3 March was…" are running text: a plain number must continue the numbering.
                if (number >= 1 && number > last && number <= last + 5 && looksLikeFootnote) {
                    return footnote(number, m.group(2), t.getNext());
                }
            }
        }
        return null;
    }

    private static Footnote footnote(int number, String leading, Node first) {
        List<Node> parts = new ArrayList<>();
        parts.add(first);
        return new Footnote(number, leading, parts);
    }

    /**
     * Whether {@code next} continues the footnote that ended with {@code previous}: it is only a link, starts
     * "archived at" or "and", or the footnote stopped mid-sentence (not after a full stop or a link).
     */
    private static boolean continuesFootnote(Paragraph previous, Paragraph next) {
        Node first = next.getFirstChild();
        if (first instanceof Link && first.getNext() == null) {
            return true;
        }
        String start = first instanceof Text t ? t.getLiteral() : "";
        if (CONTINUATION_START.matcher(start).find()) {
            return true;
        }
        Node last = previous.getLastChild();
        if (last instanceof Link) {
            return false;
        }
        String end = last instanceof Text t ? t.getLiteral().stripTrailing() : "";
        return !end.isEmpty() && !CLAUSE_END.matcher(end).find() && !start.isEmpty()
                && Character.isLowerCase(start.charAt(0)) && hasLink(next);
    }

    private static boolean hasLink(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || hasLink(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSupMarker(Node node) {
        return node instanceof HtmlInline open && SUP_OPEN.matcher(open.getLiteral()).matches()
                && node.getNext() instanceof Text digits && NUMBER.matcher(digits.getLiteral()).matches()
                && digits.getNext() instanceof HtmlInline close && SUP_CLOSE.matcher(close.getLiteral()).matches();
    }

    private static void collectSupMarkers(Node parent, Set<Integer> numbers) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (isSupMarker(node)) {
                numbers.add(Integer.parseInt(((Text) node.getNext()).getLiteral().strip()));
            } else {
                collectSupMarkers(node, numbers);
            }
        }
    }

    /** Appends the paragraph's visible text and records where each marker stands. */
    private static void appendBody(Node parent, StringBuilder body, Map<Integer, Integer> markers, Set<Integer> footnotes,
            Set<Integer> supMarked) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (isSupMarker(node)) {
                markers.putIfAbsent(Integer.parseInt(((Text) node.getNext()).getLiteral().strip()), body.length());
                node = node.getNext().getNext();
            } else if (node instanceof Text t) {
                appendWithPlainMarkers(t.getLiteral(), body, markers, footnotes, supMarked);
            } else if (node instanceof Code c) {
                body.append(c.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                body.append(' ');
            } else if (!(node instanceof HtmlInline)) {
                appendBody(node, body, markers, footnotes, supMarked);
            }
        }
    }

    private static void appendWithPlainMarkers(String literal, StringBuilder body, Map<Integer, Integer> markers,
            Set<Integer> footnotes, Set<Integer> supMarked) {
        Matcher m = PLAIN_MARKER.matcher(literal);
        int from = 0;
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (footnotes.contains(number) && !supMarked.contains(number) && !markers.containsKey(number)) {
                body.append(literal, from, m.start());
                markers.put(number, body.length());
                from = m.end();
            }
        }
        body.append(literal, from, literal.length());
    }

    /**
     * From the start of the marker's sentence (or the previous marker, if later) to the marker when it follows
     * the end of a clause, else to the end of the sentence or the next marker.
     */
    public static String passage(String text, int at, Map<Integer, Integer> markers) {
        int segmentStart = text.lastIndexOf(SEGMENT_BREAK, at - SEGMENT_BREAK.length());
        int start = segmentStart < 0 ? 0 : segmentStart + SEGMENT_BREAK.length();
        Matcher boundary = BOUNDARY.matcher(text);
        boundary.region(start, at);
        while (boundary.find()) {
            start = boundary.end();
        }
        int nextMarker = text.length();
        for (int position : markers.values()) {
            if (position < at && position > start) {
                start = position;
            }
            if (position > at && position < nextMarker) {
                nextMarker = position;
            }
        }
        String before = text.substring(start, at);
        int end;
        if (CLAUSE_END.matcher(before).find()) {
            end = at;
        } else {
            int segmentEnd = text.indexOf(SEGMENT_BREAK, at);
            end = Math.min(segmentEnd < 0 ? text.length() : segmentEnd, nextMarker);
            Matcher after = BOUNDARY.matcher(text);
            after.region(at, end);
            if (after.find()) {
                end = after.start() + after.group().stripTrailing().length();
            }
        }
        String passage = text.substring(start, end).strip().replaceAll("\\s+", " ");
        return passage.isEmpty() ? null : passage;
    }
}
