package org.giswatch.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.giswatch.contract.metrics.Rank;
import org.junit.jupiter.api.Test;

/** The words of the problems' details, checked without booting a service. */
class ProblemDetailsTest {

    @Test
    void aDuplicateIdTakesTheArticleItsKindNeeds() {
        assertEquals("An indicator with id 'x' already exists", ApiException.alreadyExists("indicator", "x").getMessage());
        assertEquals("An observation with id 'x' already exists", ApiException.alreadyExists("observation", "x").getMessage());
        assertEquals("A country with id 'kz' already exists", ApiException.alreadyExists("country", "kz").getMessage());
    }

    @Test
    void aWrongValueSaysWhatIsAccepted() {
        assertEquals("one of preferred, normal, deprecated", ProblemMappers.expected(Rank.class));
        assertEquals("a whole number", ProblemMappers.expected(long.class));
        assertEquals("a number", ProblemMappers.expected(java.math.BigDecimal.class));
        assertEquals("an ISO 8601 date such as 2011-04-03", ProblemMappers.expected(LocalDate.class));
        assertEquals("a JSON array", ProblemMappers.expected(List.class));
        assertEquals("a JSON object", ProblemMappers.expected(ProblemDetailsTest.class));
    }
}
