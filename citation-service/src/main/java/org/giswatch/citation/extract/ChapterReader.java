package org.giswatch.citation.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.giswatch.contract.citation.ExtractedFootnote;
import org.giswatch.contract.citation.ExtractionWarning;
import org.giswatch.contract.citation.FootnoteExtraction;

/**
 * Reads a chapter in the Markdown form of the GISWatch chapter files with commonmark-java. A footnote is a paragraph
 * that starts with its number, either as {@code <sup>N</sup>} or as a plain "N " (the converter drops the
 * {@code <sup>} on some pages); the running text cites it with {@code <sup>N</sup>}. The passage a footnote supports
 * is the sentence (or clause, when the marker follows a semicolon) that carries the marker, verbatim without it.
 */
public final class ChapterReader {

    private static final Pattern SUP_OPEN = Pattern.compile("(?i)^<sup>$");
    private static final Pattern SUP_CLOSE = Pattern.compile("(?i)^</sup>$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*$");
    private static final Pattern PLAIN_START = Pattern.compile("^(\\d{1,3})\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern FOOTNOTE_LIKE = Pattern.compile(
            "\\(\\d{4}\\)|^Interview with|https?://|www\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"”’')\\]]*\\s+(?=[^\\p{Ll}])");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:][\"”’')\\]]*\\s*$");
    private static final String SEGMENT_BREAK = "\n\n";

    private static final Parser PARSER = Parser.builder().build();

    private ChapterReader() {
    }

    private record Footnote(int number, String leading, Node first) {
    }

    public static FootnoteExtraction read(String markdown, String chapterId, String mode) {
        Node document = PARSER.parse(markdown);
        StringBuilder body = new StringBuilder();
        Map<Integer, Integer> markers = new LinkedHashMap<>();
        List<Footnote> footnotes = new ArrayList<>();
        List<ExtractionWarning> warnings = new ArrayList<>();

        document.accept(new AbstractVisitor() {
            private boolean headingBefore;

            @Override
            public void visit(Heading heading) {
                headingBefore = true;
            }

            @Override
            public void visit(Paragraph paragraph) {
                int last = footnotes.isEmpty() ? 0 : footnotes.get(footnotes.size() - 1).number();
                Footnote footnote = footnoteAt(paragraph, last);
                if (footnote != null) {
                    footnotes.add(footnote);
                    return;
                }
                String previous = body.toString().stripTrailing();
                // A paragraph that does not end a sentence was cut by a page break: the next one continues it.
                body.setLength(previous.length());
                boolean continues = !headingBefore && !previous.isEmpty() && !CLAUSE_END.matcher(previous).find();
                body.append(continues ? " " : SEGMENT_BREAK);
                headingBefore = false;
                appendBody(paragraph, body, markers);
            }
        });

        List<ExtractedFootnote> extracted = new ArrayList<>();
        String text = body.toString();
        for (Footnote footnote : footnotes) {
            Integer marker = markers.get(footnote.number());
            String passage = marker == null ? null : passage(text, marker, markers);
            FootnoteParser.Result result = FootnoteParser.parse(footnote.number(), chapterId, footnote.leading(),
                    footnote.first(), passage);
            extracted.add(new ExtractedFootnote(footnote.number(), result.text(), result.citation(), null,
                    result.warnings()));
        }
        if (footnotes.isEmpty()) {
            warnings.add(new ExtractionWarning(null, null,
                    "no footnotes found: expected paragraphs starting with <sup>N</sup> or 'N ' as in the GISWatch chapters"));
        }
        for (int i = 1; i < footnotes.size(); i++) {
            if (footnotes.get(i).number() != footnotes.get(i - 1).number() + 1) {
                warnings.add(new ExtractionWarning(footnotes.get(i).number(), null, "footnote numbering jumps from "
                        + footnotes.get(i - 1).number() + " to " + footnotes.get(i).number()));
            }
        }
        return new FootnoteExtraction(chapterId, mode, extracted, warnings);
    }

    /** The footnote a paragraph holds, or null when it is running text. */
    private static Footnote footnoteAt(Paragraph paragraph, int last) {
        Node first = paragraph.getFirstChild();
        if (first instanceof HtmlInline open && SUP_OPEN.matcher(open.getLiteral()).matches()
                && first.getNext() instanceof Text digits && NUMBER.matcher(digits.getLiteral()).matches()
                && digits.getNext() instanceof HtmlInline close && SUP_CLOSE.matcher(close.getLiteral()).matches()) {
            return new Footnote(Integer.parseInt(digits.getLiteral().strip()), "", close.getNext());
        }
        if (first instanceof Text t) {
            Matcher m = PLAIN_START.matcher(t.getLiteral());
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                boolean hasLink = hasLink(paragraph);
                boolean looksLikeFootnote = hasLink || FOOTNOTE_LIKE.matcher(m.group(2)).find();
                // "2011 Report" or "3 March was…" are running text: a plain number must continue the numbering.
                if (number >= 1 && number > last && number <= last + 5 && looksLikeFootnote) {
                    return new Footnote(number, m.group(2), t.getNext());
                }
            }
        }
        return null;
    }

    private static boolean hasLink(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || hasLink(child)) {
                return true;
            }
        }
        return false;
    }

    /** Appends the paragraph's visible text and records where each {@code <sup>N</sup>} marker stands. */
    private static void appendBody(Node parent, StringBuilder body, Map<Integer, Integer> markers) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline open && SUP_OPEN.matcher(open.getLiteral()).matches()
                    && node.getNext() instanceof Text digits && NUMBER.matcher(digits.getLiteral()).matches()
                    && digits.getNext() instanceof HtmlInline close && SUP_CLOSE.matcher(close.getLiteral()).matches()) {
                markers.putIfAbsent(Integer.parseInt(digits.getLiteral().strip()), body.length());
                node = close;
            } else if (node instanceof Text t) {
                body.append(t.getLiteral());
            } else if (node instanceof Code c) {
                body.append(c.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                body.append(' ');
            } else if (!(node instanceof HtmlInline)) {
                appendBody(node, body, markers);
            }
        }
    }

    /**
     * From the start of the marker's sentence (or the previous marker, if later) to the marker when it follows
     * the end of a clause, else to the end of the sentence or the next marker.
     */
    static String passage(String text, int at, Map<Integer, Integer> markers) {
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
