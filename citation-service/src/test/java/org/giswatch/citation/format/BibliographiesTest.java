package org.giswatch.citation.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.junit.jupiter.api.Test;

/** Formatted references as citeproc-java renders them, without booting the service. */
class BibliographiesTest {

    static final Citation CHAPTER = new Citation("ch", "chapter", "Adil Nurmakov", "person", null, null, null, null, 2011,
            null, null, "KAZAKHSTAN", null, "en", null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, List.of(), null);
    static final Citation BARE_URL = new Citation("fn5", "website", null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, "http://www.elbasy.net", "www.elbasy.net", null, null, null, null, null, null,
            null, null, null, null, List.of(new CitedIn("c", 5, null)), null);

    static String format(Citation citation, String style) {
        return Bibliographies.write(List.of(new Work(citation, null)), style, "en-US");
    }

    @Test
    void numberedStylesKeepTheSpaceAfterTheLabel() {
        assertTrue(format(CHAPTER, "ieee").startsWith("[1] A. Nurmakov, “KAZAKHSTAN,” 2011."), format(CHAPTER, "ieee"));
        assertTrue(format(CHAPTER, "vancouver").startsWith("1. Nurmakov A."), format(CHAPTER, "vancouver"));
        // Styles without a label are left as citeproc-java gives them.
        assertEquals("Nurmakov, A. (2011). KAZAKHSTAN.\n", format(CHAPTER, "apa"));
    }

    @Test
    void aBareUrlIsNamedByTheUrlTextTheChapterShows() {
        String apa = format(BARE_URL, "apa");
        assertTrue(apa.startsWith("www.elbasy.net. (n.d.)"), apa);
        assertTrue(apa.contains("http://www.elbasy.net"), apa);
    }

    @Test
    void theLabelIsTakenFromTheHtmlEntry() {
        assertEquals("[12] Text", Bibliographies.spaceAfterLabel("[12]Text",
                "<div class=\"csl-entry\"><div class=\"csl-left-margin\">[12]</div><div class=\"csl-right-inline\">Text</div></div>"));
        assertEquals("[1] Text", Bibliographies.spaceAfterLabel("[1] Text", "<div class=\"csl-left-margin\">[1]</div>"));
        assertEquals("Plain", Bibliographies.spaceAfterLabel("Plain", "<div class=\"csl-entry\">Plain</div>"));
    }
}
