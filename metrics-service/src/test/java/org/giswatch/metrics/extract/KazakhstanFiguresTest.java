package org.giswatch.metrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.platform.testing.Chapters;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The figure extractor on the Kazakhstan chapter against the 19 figures an editor typed into the reference data by
 * hand: each must be a candidate with the same value, qualifiers and footnote. Prints the precision: the candidates
 * that are not reference figures, each with why it is not one.
 */
class KazakhstanFiguresTest {

    /** Why each candidate that is not a reference figure is not one (what an editor would write when rejecting). */
    static final java.util.Map<String, String> NOT_REFERENCE = java.util.Map.of(
            "71", "the president's age, not an indicator of the chapter's subject",
            "two months", "a legal deadline (elections within two months of the announcement), not a measured figure",
            "two days", "how fast the amendments were adopted, a narrative detail",
            "two noteworthy", "the number of web-based movements the chapter goes on to describe, a narrative count",
            "more than 60 countries", "the report's back cover: countries covered by the whole edition, not this chapter",
            "two", "the report's back cover: two farmers in a story from Indonesia, not this chapter",
            "3.0", "the front matter: the version of the Creative Commons licence");

    /** The candidate as the table above names it: the printed value and the word it counts. */
    static String label(Figure f) {
        return f.noun() == null ? f.valueText() : f.valueText() + " " + f.noun();
    }

    static List<Observation> reference() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        try (InputStream in = KazakhstanFiguresTest.class.getResourceAsStream("/reference-data/observations.json")) {
            return List.of(mapper.readValue(in, Observation[].class));
        }
    }

    static Integer footnoteOf(Figure f) {
        return f.footnote();
    }

    static boolean sameFigure(Observation o, Figure f) {
        return o.value().compareTo(f.value()) == 0
                && Set.copyOf(o.qualifiers()).equals(Set.copyOf(f.qualifiers()))
                && java.util.Objects.equals(o.source().footnote(), f.footnote());
    }

    @Test
    void everyReferenceFigureIsACandidateWithItsValueQualifiersAndFootnote() throws IOException {
        List<Figure> candidates = FigureExtractor.extract(Chapters.markdown(Chapters.KAZAKHSTAN));
        List<Observation> reference = reference();
        assertEquals(19, reference.size());
        List<String> missing = new ArrayList<>();
        Set<Figure> matched = new HashSet<>();
        for (Observation o : reference) {
            // The same value can stand in two places ("three" comments, the licence's "3.0"): the passage decides.
            List<Figure> same = candidates.stream().filter(f -> !matched.contains(f) && sameFigure(o, f)).toList();
            Figure hit = same.stream().filter(f -> f.passage().equals(o.source().passage())).findFirst()
                    .orElse(same.isEmpty() ? null : same.get(0));
            if (hit == null) {
                List<String> near = candidates.stream().filter(f -> f.value().compareTo(o.value()) == 0)
                        .map(f -> f.qualifiers() + " fn" + f.footnote()).toList();
                missing.add(o.id() + " " + o.value() + " " + o.qualifiers() + " fn" + o.source().footnote()
                        + " (candidates with that value: " + near + ")");
            } else {
                matched.add(hit);
                // The passage the editor reads is the one the reference quotes.
                assertEquals(o.source().passage(), hit.passage(), o.id() + " passage");
                assertEquals(o.valueText(), hit.valueText(), o.id() + " valueText");
            }
        }
        assertTrue(missing.isEmpty(), "reference figures without a matching candidate:\n" + String.join("\n", missing));

        List<Figure> others = candidates.stream().filter(f -> !matched.contains(f)).toList();
        System.out.printf("Kazakhstan: %d candidates, %d are the 19 reference figures, %d are not (precision %.0f%%):%n",
                candidates.size(), matched.size(), others.size(), 100.0 * matched.size() / candidates.size());
        for (Figure f : others) {
            String reason = NOT_REFERENCE.get(label(f));
            System.out.printf("  %-24s %s%n", label(f), reason);
            assertTrue(reason != null, "an unexplained candidate: " + label(f) + " in " + f.passage());
        }
        assertEquals(NOT_REFERENCE.size(), others.size(), others.stream().map(KazakhstanFiguresTest::label)
                .collect(Collectors.joining(", ")));
    }

    @Test
    void periodsAreGuessedWhereTheSentenceGivesThem() {
        List<Figure> candidates = FigureExtractor.extract(Chapters.markdown(Chapters.KAZAKHSTAN));
        assertEquals("2004", periodOf(candidates, "203000"));
        assertEquals("2009", periodOf(candidates, "756500"));
        assertEquals("2009", periodOf(candidates, "4700000"));
        assertEquals("2011-03-03/2011-05-12", periodOf(candidates, "604"));
        assertEquals("2005", periodOf(candidates, "91"));
        assertEquals(null, periodOf(candidates, "1847"));
    }

    @Test
    void theFootnoteOfTheDriveIsThePreviousSentencesAndSaidSo() {
        Figure drive = FigureExtractor.extract(Chapters.markdown(Chapters.KAZAKHSTAN)).stream()
                .filter(f -> f.value().compareTo(BigDecimal.valueOf(200)) == 0).findFirst().orElseThrow();
        assertEquals(6, drive.footnote());
        assertTrue(drive.footnoteFromPreviousSentence());
        assertEquals(List.of(Qualifier.APPROXIMATE), drive.qualifiers());
        assertEquals(List.of("around"), drive.hedges());
    }

    private static String periodOf(List<Figure> candidates, String value) {
        return candidates.stream().filter(f -> f.value().compareTo(new BigDecimal(value)) == 0).findFirst()
                .orElseThrow().period();
    }
}
