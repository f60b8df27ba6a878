package org.giswatch.citation.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.giswatch.contract.citation.ExtractedFootnote;
import org.giswatch.contract.citation.ExtractionWarning;
import org.giswatch.contract.citation.FootnoteExtraction;
import org.giswatch.platform.chapter.ChapterText;

/**
 * Reads a chapter's footnotes into citations ({@link ChapterText} finds the footnotes and their passages,
 * {@link FootnoteParser} reads each one). A footnote that repeats an earlier source — "Ibid." (the previous footnote),
 * "Author, op. cit." (that author's earlier footnote), or the same URL or author and title again — adds a further
 * {@code citedIn} to the earlier footnote's citation instead of making a second citation.
 */
public final class ChapterReader {

    /** How the parser's notes start (the text of a footnote it could not read); a re-ingest replaces them. */
    public static final String UNREAD_NOTES = FootnoteParser.UNREAD_NOTES;

    private ChapterReader() {
    }

    /** A footnote read, and (for a repeat) the footnote whose citation it shares. */
    private record Read(ChapterText.Footnote footnote, FootnoteParser.Result result, Integer sameAs,
            List<ExtractionWarning> warnings) {
    }

    public static FootnoteExtraction read(String markdown, String chapterId, String mode) {
        ChapterText chapter = ChapterText.read(markdown);
        List<ExtractionWarning> warnings = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        // The citation each owning footnote ends up with, its uses accumulated in footnote order.
        Map<Integer, Citation> owned = new LinkedHashMap<>();
        for (ChapterText.Footnote footnote : chapter.footnotes()) {
            String passage = chapter.passage(footnote.number());
            FootnoteParser.Result result = FootnoteParser.parse(footnote.number(), chapterId, footnote.leading(),
                    footnote.parts(), passage);
            List<ExtractionWarning> own = new ArrayList<>(result.warnings());
            Integer sameAs = result.repeat() != null ? target(result.repeat(), reads, owned, footnote.number(), own)
                    : sameSource(result.citation(), owned);
            if (sameAs != null) {
                String pages = result.repeat() != null ? result.repeat().pages() : null;
                Citation shared = owned.get(sameAs);
                List<CitedIn> uses = new ArrayList<>(shared.citedIn());
                uses.add(new CitedIn(chapterId, footnote.number(), passage, pages));
                owned.put(sameAs, shared.withCitedIn(uses));
                if (passage == null) {
                    own.add(new ExtractionWarning(footnote.number(), "citedIn.passage",
                            "no footnote marker " + footnote.number() + " found in the chapter's text"));
                }
                reads.add(new Read(footnote, result, sameAs, own));
            } else if (result.citation() != null) {
                owned.put(footnote.number(), result.citation());
                reads.add(new Read(footnote, result, null, own));
            } else {
                reads.add(new Read(footnote, result, null, own));
            }
        }
        List<ExtractedFootnote> extracted = new ArrayList<>();
        for (Read read : reads) {
            int number = read.footnote().number();
            Citation citation = owned.get(read.sameAs() != null ? read.sameAs() : number);
            extracted.add(new ExtractedFootnote(number, read.result().text(), citation, null, read.warnings(),
                    read.sameAs()));
        }
        if (chapter.footnotes().isEmpty()) {
            warnings.add(new ExtractionWarning(null, null,
                    "no footnotes found: expected paragraphs starting with <sup>N</sup> or 'N ' as in the GISWatch chapters"));
        }
        List<ChapterText.Footnote> footnotes = chapter.footnotes();
        for (int i = 1; i < footnotes.size(); i++) {
            if (footnotes.get(i).number() != footnotes.get(i - 1).number() + 1) {
                warnings.add(new ExtractionWarning(footnotes.get(i).number(), null, "footnote numbering jumps from "
                        + footnotes.get(i - 1).number() + " to " + footnotes.get(i).number()));
            }
        }
        return new FootnoteExtraction(chapterId, mode, extracted, warnings);
    }

    /** The owning footnote an Ibid. or op. cit. points back to, or null (with a warning) when there is none. */
    private static Integer target(FootnoteParser.Repeat repeat, List<Read> reads, Map<Integer, Citation> owned,
            int number, List<ExtractionWarning> warnings) {
        for (int i = reads.size() - 1; i >= 0; i--) {
            Read earlier = reads.get(i);
            Integer owner = earlier.sameAs() != null ? earlier.sameAs() : earlier.footnote().number();
            Citation citation = owned.get(owner);
            if (citation == null) {
                continue;
            }
            if (repeat.author() == null || matchesAuthor(repeat.author(), citation)) {
                return owner;
            }
            if ("ibid".equals(repeat.form())) {
                break;
            }
        }
        warnings.add(new ExtractionWarning(number, "citedIn", "'" + repeat.form() + "'"
                + (repeat.author() == null ? "" : " by " + repeat.author())
                + " points back to no earlier footnote of this chapter; the footnote is not stored"));
        return null;
    }

    private static boolean matchesAuthor(String author, Citation citation) {
        String wanted = author.toLowerCase(java.util.Locale.ROOT);
        for (String name : new String[] { citation.author(), citation.interviewee() }) {
            if (name != null && (name.toLowerCase(java.util.Locale.ROOT).startsWith(wanted)
                    || name.toLowerCase(java.util.Locale.ROOT).contains(wanted))) {
                return true;
            }
        }
        return false;
    }

    /** An earlier footnote with the same source: the same URL, or the same author and title. */
    private static Integer sameSource(Citation read, Map<Integer, Citation> owned) {
        if (read == null) {
            return null;
        }
        for (Map.Entry<Integer, Citation> earlier : owned.entrySet()) {
            Citation c = earlier.getValue();
            boolean sameUrl = read.url() != null && read.url().equals(c.url());
            boolean sameWork = read.title() != null && read.title().equals(c.title())
                    && Objects.equals(read.author(), c.author()) && Objects.equals(read.interviewee(), c.interviewee())
                    && Objects.equals(read.datePrinted(), c.datePrinted());
            if (sameUrl || sameWork) {
                return earlier.getKey();
            }
        }
        return null;
    }
}
