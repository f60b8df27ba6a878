package org.giswatch.metrics.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.giswatch.contract.metrics.JsonStat;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.platform.problem.ApiException;

/**
 * Builds a JSON-stat 2.0 dataset of observations: dimensions indicator × subject × period, categories in sorted
 * order (periods in time order, undated first), values and statuses keyed by the cell's row-major position. Pure
 * logic, unit-tested without Quarkus.
 */
public final class JsonStatDataset {

    /** The period category of a figure the source dates nowhere. */
    public static final String UNDATED = "undated";
    static final List<String> DIMENSIONS = List.of("indicator", "subject", "period");

    /** What the dataset says about an indicator: its name and unit. */
    public record IndicatorInfo(String name, String unit) {
    }

    private JsonStatDataset() {
    }

    /** The subject's category id: kind and id, since ids are unique only within a kind. */
    public static String subject(Observation o) {
        return o.subjectType().value() + ":" + o.subject();
    }

    public static String period(Observation o) {
        return o.period() == null ? UNDATED : o.period();
    }

    /**
     * @param indicators name and unit of every indicator the observations name
     * @throws ApiException 409 when two figures fall into one cell
     */
    public static JsonStat of(List<Observation> observations, Map<String, IndicatorInfo> indicators, String label) {
        TreeSet<String> indicatorIds = new TreeSet<>();
        TreeSet<String> subjects = new TreeSet<>();
        // Periods by their first day, then text; undated first, as in a series.
        Map<String, String> periodOrder = new TreeMap<>();
        Map<String, String> periodKeys = new LinkedHashMap<>();
        OffsetDateTime updated = null;
        for (Observation o : observations) {
            indicatorIds.add(o.indicator());
            subjects.add(subject(o));
            String key = (o.periodStart() == null ? "0000-00-00" : o.periodStart().toString()) + " " + period(o);
            periodKeys.putIfAbsent(period(o), key);
            if (o.audit() != null && (updated == null || o.audit().updatedAt().isAfter(updated))) {
                updated = o.audit().updatedAt();
            }
        }
        periodKeys.forEach((period, key) -> periodOrder.put(key, period));
        Map<String, Integer> indicatorIndex = index(indicatorIds);
        Map<String, Integer> subjectIndex = index(subjects);
        Map<String, Integer> periodIndex = index(periodOrder.values());

        TreeMap<Integer, Observation> cells = new TreeMap<>();
        for (Observation o : observations) {
            int cell = (indicatorIndex.get(o.indicator()) * subjectIndex.size() + subjectIndex.get(subject(o)))
                    * periodIndex.size() + periodIndex.get(period(o));
            Observation other = cells.put(cell, o);
            if (other != null) {
                throw ApiException.conflict("The figures '" + other.id() + "' and '" + o.id() + "' fall into one "
                        + "cell (" + o.indicator() + ", " + subject(o) + ", " + period(o) + ") of the dataset; "
                        + "narrow the selection, for example with rank=preferred");
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        cells.forEach((cell, o) -> {
            values.put(cell.toString(), o.value());
            if (!o.qualifiers().isEmpty()) {
                status.put(cell.toString(), o.qualifiers().stream().map(Qualifier::value).collect(Collectors.joining(";")));
            }
            ids.put(cell.toString(), o.id());
        });

        Map<String, String> indicatorLabels = new LinkedHashMap<>();
        Map<String, JsonStat.Unit> units = new LinkedHashMap<>();
        for (String id : indicatorIds) {
            IndicatorInfo info = indicators.get(id);
            indicatorLabels.put(id, info == null ? id : info.name());
            if (info != null && info.unit() != null) {
                units.put(id, new JsonStat.Unit(info.unit()));
            }
        }
        Map<String, JsonStat.Dimension> dimension = new LinkedHashMap<>();
        dimension.put("indicator", new JsonStat.Dimension("indicator",
                new JsonStat.Category(indicatorIndex, indicatorLabels, units)));
        dimension.put("subject", new JsonStat.Dimension("subject (kind:id in the catalog)",
                new JsonStat.Category(subjectIndex, null, null)));
        dimension.put("period", new JsonStat.Dimension("period as the source gives it",
                new JsonStat.Category(periodIndex, null, null)));
        return new JsonStat(JsonStat.VERSION, "dataset", label, "GISWatch open data (metrics-service)",
                updated == null ? null : updated.toString(), DIMENSIONS,
                List.of(indicatorIndex.size(), subjectIndex.size(), periodIndex.size()),
                new JsonStat.Role(List.of("period"), List.of("indicator")), dimension, values,
                status.isEmpty() ? null : status, new JsonStat.Extension(ids));
    }

    private static Map<String, Integer> index(Iterable<String> ids) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String id : ids) {
            index.put(id, index.size());
        }
        return index;
    }
}
