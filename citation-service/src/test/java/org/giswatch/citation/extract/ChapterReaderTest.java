package org.giswatch.citation.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.giswatch.contract.citation.ExtractedFootnote;
import org.giswatch.contract.citation.FootnoteExtraction;
import org.giswatch.platform.testing.Chapters;
import org.junit.jupiter.api.Test;

/** Footnotes as the series writes them, read without booting the service. */
class ChapterReaderTest {

    static final String CHAPTER = "test-chapter";

    static FootnoteExtraction read(String markdown) {
        return ChapterReader.read(markdown, CHAPTER, "dry-run");
    }

    static ExtractedFootnote footnote(FootnoteExtraction extraction, int number) {
        return extraction.footnotes().stream().filter(f -> f.number() == number).findFirst().orElseThrow();
    }

    static List<Integer> uses(Citation citation) {
        return citation.citedIn().stream().map(CitedIn::footnote).toList();
    }

    static boolean warned(ExtractedFootnote footnote, String field) {
        return footnote.warnings().stream().anyMatch(w -> field.equals(w.field()));
    }

    @Test
    void ibidIsTheSameCitationWithAFurtherUseAndItsPage() {
        FootnoteExtraction radioland = read(Chapters.markdown(Chapters.RADIOLAND));
        assertEquals(7, radioland.footnotes().size());
        assertEquals(List.of(), radioland.warnings());

        ExtractedFootnote ibid = footnote(radioland, 2);
        assertEquals(1, ibid.sameAs());
        assertEquals(CHAPTER + "-fn1", ibid.citation().id());
        assertEquals(List.of(1, 2), uses(ibid.citation()));
        assertEquals("By the end of the year, the network reached around 120,000 listeners a week.",
                ibid.citation().citedIn().get(1).passage());

        ExtractedFootnote ibidPage = footnote(radioland, 4);
        assertEquals(3, ibidPage.sameAs());
        assertEquals(List.of(3, 4), uses(ibidPage.citation()));
        assertEquals("14", ibidPage.citation().citedIn().get(1).pages());
        assertNull(ibidPage.citation().citedIn().get(0).pages());

        assertEquals("30-31", footnote(radioland, 6).citation().citedIn().get(1).pages());
    }

    @Test
    void aSecondUrlIsTheArchivedCopyAndTheDayAndMonthAfterAnItalicTitleAreKept() {
        FootnoteExtraction radioland = read(Chapters.markdown(Chapters.RADIOLAND));
        Citation launch = footnote(radioland, 1).citation();
        assertEquals("Launch statement", launch.title());
        assertEquals("Radio Commons", launch.author());
        assertEquals("14 June", launch.datePrinted());
        assertEquals(LocalDate.of(2012, 6, 14), launch.date());
        assertEquals("http://radiocommons.test/launch", launch.url());
        assertEquals("http://archive.test/radiocommons-launch", launch.archivedUrl());
        assertTrue(footnote(radioland, 1).warnings().stream().noneMatch(w -> w.message().contains("further URL")));

        Citation register = footnote(radioland, 3).citation();
        assertEquals("http://regulator.test/register", register.url());
        assertEquals("http://archive.test/regulator-register", register.archivedUrl());
        assertEquals("3 February", register.datePrinted());
        assertEquals("Register of community broadcasters", register.title());
    }

    @Test
    void aJournalArticleHasItsContainerTitleAndPagesAndMayRunOverLinesAndParagraphs() {
        FootnoteExtraction radioland = read(Chapters.markdown(Chapters.RADIOLAND));
        Citation article = footnote(radioland, 5).citation();
        assertEquals("Amanova, D.", article.author());
        assertEquals("Listening in the steppe: community radio audiences", article.title());
        assertEquals("Central Asia Media Review", article.containerTitle());
        assertEquals("23-41", article.pages());
        assertEquals(LocalDate.of(2013, 3, 2), article.date());
        assertEquals("http://camr.test/2013/amanova", article.url());

        // Footnote 7's link is in a paragraph of its own.
        Citation volunteers = footnote(radioland, 7).citation();
        assertEquals("Volunteers build the network", volunteers.title());
        assertEquals("20 December", volunteers.datePrinted());
        assertEquals("http://radiocommons.test/volunteers", volunteers.url());

        Citation bulletin = footnote(read(Chapters.markdown(Chapters.ISLANDIA)), 3).citation();
        assertEquals("Population and access", bulletin.title());
        assertEquals("Regulatory Bulletin", bulletin.containerTitle());
        assertEquals("4", bulletin.pages());
    }

    @Test
    void opCitAndRepeatedSourcesWithPlainNumberMarkers() {
        FootnoteExtraction steppeland = read(Chapters.markdown(Chapters.STEPPELAND));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
                steppeland.footnotes().stream().map(ExtractedFootnote::number).toList());
        assertEquals(List.of(), steppeland.warnings());
        // Plain markers in the running text ("71.3%.1 Opposition") give every footnote its passage.
        assertEquals("The electoral commission announced a turnout of 71.3%.",
                footnote(steppeland, 1).citation().citedIn().get(0).passage());

        assertEquals(2, footnote(steppeland, 4).sameAs(), "Sultanova, op. cit.");
        ExtractedFootnote watch = footnote(steppeland, 5);
        assertEquals(3, watch.sameAs(), "Steppe Watch, op. cit., p. 7.");
        assertEquals(3, footnote(steppeland, 6).sameAs(), "the same report again, in full");
        assertEquals(2, footnote(steppeland, 8).sameAs(), "the same interview again");
        assertEquals(List.of(3, 5, 6), uses(watch.citation()));
        assertEquals("7", watch.citation().citedIn().get(1).pages());
        assertEquals(List.of(2, 4, 8), uses(footnote(steppeland, 2).citation()));
        assertEquals("interview", footnote(steppeland, 2).citation().kind());
        assertNull(footnote(steppeland, 7).sameAs(), "another interviewee is another source");
        assertEquals("The ruling party allegedly spent 2.5 billion tenge on online advertising.",
                footnote(steppeland, 4).citation().citedIn().get(1).passage());
    }

    @Test
    void theIssuesExamples() {
        String chapter = """
                One.<sup>5</sup> Two.<sup>6</sup> Three.<sup>7</sup>

                5 Radio Commons (2012) Press release, 12 June. [radiocommons.test/press](http://radiocommons.test/press)

                6 Ibid.

                <sup>7</sup> *Launch statement*, 14 June. [radiocommons.test/launch](http://radiocommons.test/launch) and [archive.test/launch](http://archive.test/launch)
                """;
        FootnoteExtraction read = read(chapter);
        assertEquals(List.of(5, 6, 7), read.footnotes().stream().map(ExtractedFootnote::number).toList());
        assertTrue(read.warnings().stream().noneMatch(w -> w.message().contains("jumps")), read.warnings().toString());
        assertEquals(5, footnote(read, 6).sameAs());
        assertEquals("Two.", footnote(read, 6).citation().citedIn().get(1).passage());
        Citation launch = footnote(read, 7).citation();
        assertEquals("Launch statement", launch.title());
        assertEquals("14 June", launch.datePrinted());
        assertEquals("http://archive.test/launch", launch.archivedUrl());
        // No year in the footnote: the date is kept as printed, the full date is not guessed.
        assertNull(launch.date());
        assertTrue(warned(footnote(read, 7), "year"));
    }

    @Test
    void anIbidWithNothingBeforeItIsReportedNotGuessed() {
        FootnoteExtraction read = read("Text.<sup>1</sup>\n\n<sup>1</sup> Ibid., p. 3.\n");
        ExtractedFootnote ibid = footnote(read, 1);
        assertNull(ibid.citation());
        assertTrue(warned(ibid, "citedIn"), Arrays.toString(ibid.warnings().toArray()));
    }
}
