package org.giswatch.citation.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.ExtractedFootnote;
import org.giswatch.contract.citation.ExtractionWarning;
import org.giswatch.contract.citation.FootnoteExtraction;
import org.junit.jupiter.api.Test;

/**
 * One test per footnote form of the series, on the parser alone: each form with every field it gives, and the
 * warnings naming only what it does not give. {@link #FORMS} is also what the format round trip
 * (format/ExportRoundTripTest) exports and reads back.
 */
public class FootnoteFormsTest {

    static final String CHAPTER = "forms-chapter";

    /** Each form as a chapter's footnote would print it, by name. */
    public static final Map<String, String> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("report", "Freedom House (2011) *Freedom on the Net 2011: A Global Assessment of Internet and Digital Media*. "
                + "Washington: Freedom House. [www.freedomhouse.org/report/freedom-net-2011](http://www.freedomhouse.org/report/freedom-net-2011)");
        FORMS.put("newspaper", "Nurmakov, A. (2012) Bloggers face new rules on registration. *Kazakhstan Today*, 15 April. "
                + "[www.kt.kz/bloggers](http://www.kt.kz/bloggers)");
        FORMS.put("organisation", "Tengri News (2011) Нурсултан Назарбаев набрал 95,55% голосов на выборах президента Казахстана "
                + "(Nursultan Nazarbayev won 95.55% of the votes in the Kazakhstan presidential elections), 5 April. "
                + "[tengrinews.kz/vibori/183437](http://tengrinews.kz/vibori/183437)");
        FORMS.put("webpage", "Radio Commons (2012) About the network. [radiocommons.test/about](http://radiocommons.test/about) "
                + "(archived at [web.archive.org/web/2013/radiocommons.test/about](https://web.archive.org/web/2013/http://radiocommons.test/about))");
        FORMS.put("interview-role", "Interview with Aigerim Bekova, director, Internet Freedom Foundation (Almaty), 12 May 2011.");
        FORMS.put("interview", "Interview with Alisher Yelikbayev (Almaty), 10 May 2011.");
        FORMS.put("statistics", "Statistics Agency of the Republic of Kazakhstan (2010) *Number of Internet Users* "
                + "[www.stat.kz/digital/svyaz/Pages/default.aspx](http://www.stat.kz/digital/svyaz/Pages/default.aspx)");
        FORMS.put("legal", "Government of Kazakhstan (2009) *Law on Amendments to Certain Legislative Acts on Information and "
                + "Communication Networks*, No. 178-IV, 10 July. [adilet.zan.kz/rus/docs/Z090000178_](http://adilet.zan.kz/rus/docs/Z090000178_)");
        FORMS.put("chapter", "Nurmakov, A. (2011) Kazakhstan: Mobilising online for free elections. In Finlay, A. (ed.) "
                + "*Global Information Society Watch 2011*. Johannesburg: APC and Hivos, pp. 152-154.");
        FORMS.put("russian", "Новости-Казахстан (2011) Число пользователей интернета в Казахстане достигло 4,3 млн чел., 10 января. "
                + "[www.newskaz.ru/society/20110110/1037337.html](http://www.newskaz.ru/society/20110110/1037337.html)");
    }

    /** A chapter whose footnote n is form n, the repeats after them. */
    public static String chapter(List<String> footnotes) {
        StringBuilder text = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (int n = 1; n <= footnotes.size(); n++) {
            text.append("Sentence ").append(n).append(".<sup>").append(n).append("</sup> ");
            notes.append("<sup>").append(n).append("</sup> ").append(footnotes.get(n - 1)).append("\n\n");
        }
        return text.append("\n\n").append(notes).toString();
    }

    /** The citations the forms give, as the exports receive them. */
    public static List<Citation> citations() {
        return ChapterReader.read(chapter(List.copyOf(FORMS.values())), CHAPTER, "dry-run").footnotes().stream()
                .map(ExtractedFootnote::citation).toList();
    }

    static ExtractedFootnote one(String footnote) {
        FootnoteExtraction read = ChapterReader.read(chapter(List.of(footnote)), CHAPTER, "dry-run");
        assertEquals(1, read.footnotes().size(), read.toString());
        return read.footnotes().get(0);
    }

    static Set<String> warned(ExtractedFootnote footnote) {
        return footnote.warnings().stream().map(ExtractionWarning::field).collect(Collectors.toSet());
    }

    @Test
    void reportWithItalicTitlePlaceAndPublisherAndUrl() {
        ExtractedFootnote read = one(FORMS.get("report"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("report", c.kind()),
                () -> assertEquals("Freedom House", c.author()),
                () -> assertEquals("organisation", c.authorType()),
                () -> assertEquals(2011, c.year()),
                () -> assertEquals("Freedom on the Net 2011: A Global Assessment of Internet and Digital Media", c.title()),
                () -> assertEquals("en", c.language()),
                () -> assertEquals("Washington", c.place()),
                () -> assertEquals("Freedom House", c.publisher()),
                () -> assertEquals("http://www.freedomhouse.org/report/freedom-net-2011", c.url()),
                () -> assertEquals("www.freedomhouse.org/report/freedom-net-2011", c.urlText()),
                () -> assertNull(c.date()),
                // A report has no day and month to give: that, and only that, is said.
                () -> assertEquals(Set.of("date"), warned(read)));
    }

    @Test
    void newspaperArticleWithAPersonAuthorContainerDayAndMonth() {
        ExtractedFootnote read = one(FORMS.get("newspaper"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("news-article", c.kind()),
                () -> assertEquals("Nurmakov, A.", c.author()),
                () -> assertEquals("person", c.authorType()),
                () -> assertEquals("Bloggers face new rules on registration", c.title()),
                () -> assertEquals("Kazakhstan Today", c.containerTitle()),
                () -> assertEquals(2012, c.year()),
                () -> assertEquals(LocalDate.of(2012, 4, 15), c.date()),
                () -> assertEquals("15 April", c.datePrinted()),
                () -> assertEquals("http://www.kt.kz/bloggers", c.url()),
                () -> assertEquals(Set.of(), warned(read)));
    }

    @Test
    void organisationAuthorWithTranslatedTitle() {
        ExtractedFootnote read = one(FORMS.get("organisation"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("news-article", c.kind()),
                () -> assertEquals("Tengri News", c.author()),
                () -> assertEquals("organisation", c.authorType()),
                () -> assertEquals("Нурсултан Назарбаев набрал 95,55% голосов на выборах президента Казахстана", c.title()),
                () -> assertEquals("ru", c.language()),
                () -> assertEquals("Nursultan Nazarbayev won 95.55% of the votes in the Kazakhstan presidential elections",
                        c.translatedTitle()),
                () -> assertEquals("en", c.translatedTitleLanguage()),
                () -> assertEquals(LocalDate.of(2011, 4, 5), c.date()),
                () -> assertEquals("http://tengrinews.kz/vibori/183437", c.url()),
                () -> assertNull(c.containerTitle()),
                () -> assertEquals(Set.of(), warned(read)));
    }

    @Test
    void webPageWithAnArchivedCopy() {
        ExtractedFootnote read = one(FORMS.get("webpage"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("website", c.kind()),
                () -> assertEquals("Radio Commons", c.author()),
                () -> assertEquals("About the network", c.title()),
                () -> assertEquals(2012, c.year()),
                () -> assertEquals("http://radiocommons.test/about", c.url()),
                () -> assertEquals("https://web.archive.org/web/2013/http://radiocommons.test/about", c.archivedUrl()),
                () -> assertEquals(Set.of("date"), warned(read)));
        // The archive's host tells the copy from the original, whichever comes first.
        Citation swapped = one("Radio Commons (2012) About the network. Archived at "
                + "[web.archive.org](https://web.archive.org/web/2013/http://radiocommons.test/about) from "
                + "[radiocommons.test/about](http://radiocommons.test/about)").citation();
        assertEquals("http://radiocommons.test/about", swapped.url());
        assertEquals("https://web.archive.org/web/2013/http://radiocommons.test/about", swapped.archivedUrl());
    }

    @Test
    void interviewWithRoleAndOrganisation() {
        ExtractedFootnote read = one(FORMS.get("interview-role"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("interview", c.kind()),
                () -> assertEquals("Aigerim Bekova", c.interviewee()),
                () -> assertEquals("Interview with Aigerim Bekova, director, Internet Freedom Foundation", c.title()),
                () -> assertEquals("Almaty", c.place()),
                () -> assertEquals(2011, c.year()),
                () -> assertEquals(LocalDate.of(2011, 5, 12), c.date()),
                () -> assertEquals("12 May 2011", c.datePrinted()),
                () -> assertNull(c.author()),
                // No year warning: the year is in the date.
                () -> assertEquals(Set.of("language", "url"), warned(read)));
    }

    @Test
    void interviewWithoutRoleAndOrganisation() {
        ExtractedFootnote read = one(FORMS.get("interview"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("interview", c.kind()),
                () -> assertEquals("Alisher Yelikbayev", c.interviewee()),
                () -> assertEquals("Interview with Alisher Yelikbayev", c.title()),
                () -> assertEquals("Almaty", c.place()),
                () -> assertEquals(LocalDate.of(2011, 5, 10), c.date()),
                () -> assertEquals(Set.of("language", "url"), warned(read)));
        Citation noPlace = one("Interview with Daniyar Bekov, journalist, 15 April 2012.").citation();
        assertEquals("Daniyar Bekov", noPlace.interviewee());
        assertNull(noPlace.place());
        assertEquals(LocalDate.of(2012, 4, 15), noPlace.date());
    }

    @Test
    void statisticsTable() {
        ExtractedFootnote read = one(FORMS.get("statistics"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("statistics", c.kind()),
                () -> assertEquals("Statistics Agency of the Republic of Kazakhstan", c.author()),
                () -> assertEquals("Number of Internet Users", c.title()),
                () -> assertEquals(2010, c.year()),
                () -> assertEquals("http://www.stat.kz/digital/svyaz/Pages/default.aspx", c.url()),
                () -> assertEquals(Set.of("date"), warned(read)));
        assertEquals("statistics", one("ITU (2011) *Table 3: Internet users per 100 inhabitants*. "
                + "[www.itu.int/ict/statistics](http://www.itu.int/ict/statistics)").citation().kind());
    }

    @Test
    void legalText() {
        ExtractedFootnote read = one(FORMS.get("legal"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("legislation", c.kind()),
                () -> assertEquals("Government of Kazakhstan", c.author()),
                () -> assertEquals("Law on Amendments to Certain Legislative Acts on Information and Communication Networks",
                        c.title()),
                () -> assertEquals("178-IV", c.reportNumber()),
                () -> assertEquals(LocalDate.of(2009, 7, 10), c.date()),
                () -> assertEquals("http://adilet.zan.kz/rus/docs/Z090000178_", c.url()),
                () -> assertEquals(Set.of(), warned(read)));
    }

    @Test
    void bookChapterInAnEditedVolume() {
        ExtractedFootnote read = one(FORMS.get("chapter"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("chapter", c.kind()),
                () -> assertEquals("Nurmakov, A.", c.author()),
                () -> assertEquals("person", c.authorType()),
                () -> assertEquals("Kazakhstan: Mobilising online for free elections", c.title()),
                () -> assertEquals("Finlay, A.", c.editor()),
                () -> assertEquals("Global Information Society Watch 2011", c.containerTitle()),
                () -> assertEquals("Johannesburg", c.place()),
                () -> assertEquals("APC and Hivos", c.publisher()),
                () -> assertEquals("152-154", c.pages()),
                () -> assertEquals(2011, c.year()),
                () -> assertEquals(Set.of("date", "url"), warned(read)));
    }

    @Test
    void footnoteInRussian() {
        ExtractedFootnote read = one(FORMS.get("russian"));
        Citation c = read.citation();
        assertAll(() -> assertEquals("news-article", c.kind()),
                () -> assertEquals("Новости-Казахстан", c.author()),
                () -> assertEquals("Число пользователей интернета в Казахстане достигло 4,3 млн чел.", c.title()),
                () -> assertEquals("ru", c.language()),
                () -> assertNull(c.translatedTitle()),
                () -> assertEquals("10 января", c.datePrinted()),
                () -> assertEquals(LocalDate.of(2011, 1, 10), c.date()),
                () -> assertEquals(Set.of(), warned(read)));
        // The Russian repeats: "Там же" is Ibid., with its page.
        FootnoteExtraction repeats = ChapterReader.read(chapter(List.of(FORMS.get("russian"), "Там же, с. 12.")), CHAPTER,
                "dry-run");
        assertEquals(1, repeats.footnotes().get(1).sameAs());
        assertEquals("12", repeats.footnotes().get(1).citation().citedIn().get(1).pages());
    }

    @Test
    void ibidIsTheSourceBefore() {
        FootnoteExtraction read = ChapterReader.read(chapter(List.of(FORMS.get("report"), "Ibid.")), CHAPTER, "dry-run");
        ExtractedFootnote ibid = read.footnotes().get(1);
        assertEquals(1, ibid.sameAs());
        assertEquals(List.of(1, 2), ibid.citation().citedIn().stream().map(u -> u.footnote()).toList());
        assertNull(ibid.citation().citedIn().get(1).pages());
        assertEquals(List.of(), ibid.warnings());
    }

    @Test
    void ibidWithAPage() {
        FootnoteExtraction read = ChapterReader.read(chapter(List.of(FORMS.get("report"), "Ibid., p. 12.")), CHAPTER,
                "dry-run");
        ExtractedFootnote ibid = read.footnotes().get(1);
        assertEquals(1, ibid.sameAs());
        assertEquals("12", ibid.citation().citedIn().get(1).pages());
    }

    @Test
    void opCitIsTheAuthorsEarlierSource() {
        FootnoteExtraction read = ChapterReader.read(chapter(List.of(FORMS.get("newspaper"), FORMS.get("report"),
                "Nurmakov, op. cit., pp. 3-4.")), CHAPTER, "dry-run");
        ExtractedFootnote opCit = read.footnotes().get(2);
        assertEquals(1, opCit.sameAs());
        assertEquals("3-4", opCit.citation().citedIn().get(1).pages());
    }

    @Test
    void aBareUrlHasNoKindAndSaysSo() {
        ExtractedFootnote read = one("[www.elbasy.net](http://www.elbasy.net)");
        assertNull(read.citation().kind());
        assertEquals("http://www.elbasy.net", read.citation().url());
        assertTrue(warned(read).containsAll(Set.of("kind", "title", "author", "year")), read.warnings().toString());
        assertTrue(read.warnings().stream().anyMatch(w -> "kind".equals(w.field()) && w.message().contains("bare URL")));
    }

    @Test
    void aYearOrDateAnywhereIsFound() {
        // No "(Year)" after the author: the date at the end still gives the year, and no warning says otherwise.
        ExtractedFootnote dated = one("*Launch statement*, 14 June 2012. [radiocommons.test/launch](http://radiocommons.test/launch)");
        assertEquals(LocalDate.of(2012, 6, 14), dated.citation().date());
        assertTrue(!warned(dated).contains("year") && !warned(dated).contains("date"), dated.warnings().toString());
        ExtractedFootnote american = one("Radio Commons (2012) Volunteers build the network, December 20, 2012.");
        assertEquals(LocalDate.of(2012, 12, 20), american.citation().date());
        ExtractedFootnote yearOnly = one("*Annual report on media freedom*, Radio Commons, 2013. "
                + "[radiocommons.test/annual](http://radiocommons.test/annual)");
        assertEquals(2013, yearOnly.citation().year());
        assertEquals("Annual report on media freedom", yearOnly.citation().title());
    }

    @Test
    void aHostileFootnoteIsRefusedOrReadQuickly() {
        String parentheses = "(".repeat(4_000) + "x" + ")".repeat(4_000);
        String emphasis = "*_".repeat(2_500) + "t" + "_*".repeat(2_500);
        String hostile = "A (2011) " + parentheses + " " + emphasis;
        assertTrue(hostile.length() >= 10_000);
        // Generous bound: the guard is structural (MAX_CHARS before any pattern, no recursion past MAX_DEPTH); this
        // only catches a hang.
        FootnoteExtraction refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ChapterReader.read(chapter(List.of(hostile)), CHAPTER, "dry-run"));
        ExtractedFootnote footnote = refused.footnotes().get(0);
        assertNull(footnote.citation());
        assertTrue(footnote.warnings().get(0).message().contains("longer than " + FootnoteParser.MAX_CHARS),
                footnote.warnings().toString());
        // Just under the limit: read (into something), not refused.
        String almost = "A (2011) " + "(".repeat(900) + "x" + ")".repeat(900) + " " + "*_".repeat(40) + "t" + "_*".repeat(40);
        assertTrue(almost.length() < FootnoteParser.MAX_CHARS);
        ExtractedFootnote read = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ChapterReader.read(chapter(List.of(almost)), CHAPTER, "dry-run")).footnotes().get(0);
        assertNotNull(read.citation());
        assertEquals("A", read.citation().author());
    }
}
