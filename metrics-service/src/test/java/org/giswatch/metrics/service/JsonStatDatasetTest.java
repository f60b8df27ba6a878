package org.giswatch.metrics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.metrics.JsonStat;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.contract.metrics.Rank;
import org.giswatch.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** The JSON-stat layout without Quarkus: categories in order, row-major cells, statuses, one figure per cell. */
class JsonStatDatasetTest {

    private static final Map<String, JsonStatDataset.IndicatorInfo> INDICATORS = Map.of(
            "users", new JsonStatDataset.IndicatorInfo("Internet users", "persons"),
            "share", new JsonStatDataset.IndicatorInfo("Vote share", "percent"));

    @Test
    void cellsAreRowMajorOverIndicatorSubjectPeriodWithPeriodsInTimeOrder() {
        JsonStat dataset = JsonStatDataset.of(List.of(
                figure("a", "users", "kz", "2011", LocalDate.of(2011, 1, 1), "4.7", List.of(Qualifier.APPROXIMATE)),
                figure("b", "users", "kz", "2009", LocalDate.of(2009, 1, 1), "2.3", List.of()),
                figure("c", "share", "kz", null, null, "95.55", List.of(Qualifier.APPROXIMATE, Qualifier.ALLEGED))),
                INDICATORS, "test");
        assertEquals(List.of("indicator", "subject", "period"), dataset.id());
        assertEquals(List.of(2, 1, 3), dataset.size());
        assertEquals(List.of("share", "users"), List.copyOf(dataset.dimension().get("indicator").category().index().keySet()));
        assertEquals(List.of("undated", "2009", "2011"), List.copyOf(dataset.dimension().get("period").category().index().keySet()));
        // share × kz × undated = 0; users × kz × 2009 = 3 + 1; users × kz × 2011 = 3 + 2
        assertEquals(Map.of("0", new BigDecimal("95.55"), "4", new BigDecimal("2.3"), "5", new BigDecimal("4.7")), dataset.value());
        assertEquals(Map.of("0", "approximate;alleged", "5", "approximate"), dataset.status());
        assertEquals(Map.of("0", "c", "4", "b", "5", "a"), dataset.extension().observation());
        assertEquals("percent", dataset.dimension().get("indicator").category().unit().get("share").label());
        assertEquals("Internet users", dataset.dimension().get("indicator").category().label().get("users"));
    }

    @Test
    void anEmptySelectionIsAnEmptyDatasetAndTwoFiguresOfOneCellAreA409() {
        JsonStat empty = JsonStatDataset.of(List.of(), INDICATORS, "test");
        assertEquals(List.of(0, 0, 0), empty.size());
        assertNull(empty.status());
        ApiException conflict = assertThrows(ApiException.class, () -> JsonStatDataset.of(List.of(
                figure("a", "users", "kz", "2011", LocalDate.of(2011, 1, 1), "1", List.of()),
                figure("b", "users", "kz", "2011", LocalDate.of(2011, 1, 1), "2", List.of())), INDICATORS, "test"));
        assertEquals(409, conflict.type().status());
    }

    private static Observation figure(String id, String indicator, String subject, String period, LocalDate start,
            String value, List<Qualifier> qualifiers) {
        return new Observation(id, indicator, SubjectType.COUNTRY, subject, subject, period, start, start,
                new BigDecimal(value), null, null, qualifiers, new SourceRef("c", null, null), null, Rank.NORMAL, null, null);
    }
}
