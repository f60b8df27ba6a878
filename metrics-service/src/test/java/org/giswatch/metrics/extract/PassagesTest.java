package org.giswatch.metrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PassagesTest {

    static final String SENTENCE = "By the end of the year, the network reached around 120,000 listeners a week";

    @Test
    void aSmallEditOfASentenceIsStillThatSentence() {
        assertEquals(1.0, Passages.similarity(SENTENCE, SENTENCE));
        assertTrue(Passages.similarity(SENTENCE,
                "By the end of that year, the network had reached around 120,000 listeners a week") >= Passages.SIMILAR);
        assertTrue(Passages.similarity(SENTENCE, SENTENCE.toUpperCase()) == 1.0);
    }

    @Test
    void anotherSentenceWithTheSameNumberIsNot() {
        assertTrue(Passages.similarity(SENTENCE, "Some 120,000 people signed the petition in two weeks")
                < Passages.SIMILAR);
        assertEquals(0.0, Passages.similarity(SENTENCE, "Nothing alike here"));
    }
}
