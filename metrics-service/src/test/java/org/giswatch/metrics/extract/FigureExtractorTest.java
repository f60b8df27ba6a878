package org.giswatch.metrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.giswatch.platform.testing.Chapters;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the three test chapters, as "valueText | value unit | footnote | period | qualifiers": the full list,
 * so a figure found too many or too few fails as surely as a wrong hedge.
 */
class FigureExtractorTest {

    static List<String> described(String markdown) {
        return FigureExtractor.extract(markdown).stream()
                .map(f -> f.valueText() + " | " + f.value().toPlainString() + " " + f.unit() + " | "
                        + (f.footnote() == null ? "chapter" : "fn" + f.footnote() + (f.footnoteFromPreviousSentence() ? " (previous sentence)" : ""))
                        + " | " + f.period() + " | " + f.qualifiers())
                .toList();
    }

    @Test
    void radiolandCountsMoneyPercentagesAndBoundsWithSupMarkers() {
        assertEquals(List.of(
                "35 | 35 count | fn1 | 2012 | []",
                "around 120,000 | 120000 count | fn2 | null | [approximate]",
                "no more than 40 | 40 count | fn3 | 2011 | [upper-bound]",
                "USD 1.2 million | 1200000 USD | fn4 | 2012 | []",
                "62% | 62 percent | fn5 | null | []",
                "under 35 | 35 count | fn5 | null | [upper-bound]",
                "roughly 48% | 48 percent | fn6 | null | [approximate]",
                "Over 2,000 | 2000 count | fn7 | null | [lower-bound, reported]"),
                described(Chapters.markdown(Chapters.RADIOLAND)));
    }

    @Test
    void steppelandPlainNumberMarkersAndEveryBoundAndAllegation() {
        assertEquals(List.of(
                "71.3% | 71.3 percent | fn1 | null | []",
                "some 3,500 | 3500 count | fn2 | null | [approximate]",
                "400,000 | 400000 count | fn3 | null | [alleged]",
                "2.5 billion tenge | 2500000000 KZT | fn4 | null | [alleged]",
                "at least 150 | 150 count | fn5 | null | [lower-bound]",
                "up to 12 | 12 count | fn6 | null | [upper-bound]",
                "about 60 | 60 count | fn7 | null | [approximate]",
                "80 or more | 80 count | fn8 | null | [lower-bound]",
                "42 | 42 count | fn9 | null | []"),
                described(Chapters.markdown(Chapters.STEPPELAND)));
    }

    @Test
    void islandiaStatusWordsParenthesesCurrenciesAndAFootnoteCarriedOver() {
        assertEquals(List.of(
                "1.1 million | 1100000 count | fn1 | 2010 | [official]",
                "1.6 million | 1600000 count | fn1 | 2012 | [official]",
                "2 million | 2000000 count | fn2 | 2012 | [official, disputed]",
                "4.5 million | 4500000 count | fn3 | null | [estimate]",
                "30 per cent | 30 percent | fn3 | null | [estimate]",
                "under 18 | 18 count | fn3 | null | [upper-bound, estimate]",
                "€250,000 | 250000 EUR | fn4 | 2013 | []",
                "five thousand | 5000 count | fn4 (previous sentence) | null | []",
                "85 | 85 count | chapter | null | [reported]",
                "61% | 61 percent | chapter | null | [official, disputed]",
                "about KZT 4,000 | 4000 KZT | chapter | null | [approximate]",
                "roughly 9% | 9 percent | chapter | null | [approximate]"),
                described(Chapters.markdown(Chapters.ISLANDIA)));
    }

    @Test
    void yearsDatesLabelsIdentifiersAndMarkersAreNotFigures() {
        String chapter = """
                In 2009, on 3 March and by May 12, Article 12 and Chapter 5 of Law No. 7 applied to the mid-2000s
                boom, a two-week drive, one group, ISBN 978-92-95096-14-1, www.example.test/2011/5 and +598 2 400 1685.<sup>1</sup>
                It cost $3 million.2

                <sup>1</sup> Someone (2011) *Something*, 1 May. [example.test](http://example.test)

                2 Someone (2011) *Something else*, 2 May. [example.test/2](http://example.test/2)
                """;
        List<String> figures = described(chapter);
        assertEquals(List.of("$3 million | 3000000 USD | fn2 | null | []"), figures);
    }

    @Test
    void hedgeWordsOfEachQualifierKind() {
        String chapter = """
                Some 20 people came. Roughly 30 signed. About 40 left. Around 50 stayed.

                No more than 60 voted. Up to 70 watched. It had 80 or less.

                More than 90 wrote. Over 100 called. At least 110 joined.

                Allegedly 120 were paid. Reportedly 130 were arrested. According to critics, 140 were bribed.
                """;
        List<Figure> figures = FigureExtractor.extract(chapter);
        assertEquals(List.of("approximate", "approximate", "approximate", "approximate",
                "upper-bound", "upper-bound", "upper-bound",
                "lower-bound", "lower-bound", "lower-bound",
                "alleged", "reported", "alleged"),
                figures.stream().map(f -> f.qualifiers().get(0).value()).toList());
        assertTrue(figures.stream().allMatch(f -> f.footnote() == null));
    }
}
