package org.giswatch.platform.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.giswatch.contract.citation.Citation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The footnote a fact names must be one the cited citation is printed under; the source paths are named exactly. */
class ProvenanceTest {

    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Citation citation(String citedIn) throws Exception {
        return JSON.readValue("{\"id\":\"giswatch-2011-kazakhstan-fn11\",\"citedIn\":[" + citedIn + "]}",
                Citation.class);
    }

    @Test
    void aFootnoteTheChapterPrintsAgreesAndNoFootnoteNeedsNone() throws Exception {
        Citation fn11 = citation("{\"chapterId\":\"giswatch-2011-kazakhstan\",\"footnote\":11}");
        assertEquals(Optional.empty(), Provenance.disagreement(fn11, 11));
        assertEquals(Optional.empty(), Provenance.disagreement(fn11, null));
    }

    @Test
    void anotherFootnoteDisagreesNamingTheOnesPrinted() throws Exception {
        Citation fn11 = citation("{\"chapterId\":\"giswatch-2011-kazakhstan\",\"footnote\":11}");
        assertEquals(Optional.of("citation 'giswatch-2011-kazakhstan-fn11' is printed under footnote 11 of "
                + "giswatch-2011-kazakhstan, not under 7"), Provenance.disagreement(fn11, 7));
        assertTrue(Provenance.disagreement(citation(""), 7).orElseThrow().contains("not printed under any footnote"));
    }

    @Test
    void sourceReferencesAreFoundAtAnyDepthWithTheirPaths() throws Exception {
        var record = JSON.readTree("{\"sources\":[{\"citationId\":\"a\",\"footnote\":3}],\"results\":[{\"voteShare\":"
                + "{\"sources\":[{\"citationId\":\"b\"}]}}],\"name\":\"citationId\"}");
        assertEquals(List.of(new SourceRefs.Found("sources[0]", "a", 3),
                new SourceRefs.Found("results[0].voteShare.sources[0]", "b", null)), SourceRefs.in(record));
        Reference first = Reference.source("sources[0]", "a", 3);
        assertEquals("sources[0].citationId", first.field());
        assertEquals("sources[0].footnote", first.footnoteField());
        assertEquals("citation:a#3", first.key());
        assertEquals("source.citationId", Reference.source("source", "a", null).field());
    }
}
