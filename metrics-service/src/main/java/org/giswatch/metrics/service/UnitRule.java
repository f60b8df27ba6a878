package org.giswatch.metrics.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Units;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.platform.problem.ApiException;

/**
 * An observation's unit is its indicator's, and its value fits that unit and the indicator's bounds
 * (docs/api/metrics.md#units). One rule for every write, import row and the integrity report.
 */
final class UnitRule {

    private UnitRule() {
    }

    /**
     * The observation with its indicator's unit; each problem added to {@code errors} as {@code prefix + field}.
     * An unknown indicator adds nothing: the reference check names it.
     */
    static Observation apply(Observation o, IndicatorEntity indicator, String prefix, List<FieldError> errors) {
        if (indicator == null) {
            return o;
        }
        problems(o.unit() == null ? indicator.unit : o.unit(), o.value(), indicator, prefix, errors);
        return o.unit() == null ? o.withUnit(indicator.unit) : o;
    }

    /** 422 naming each field: the detail says which and what is accepted. */
    static ApiException rejected(List<FieldError> errors) {
        return new ApiException(ProblemType.UNPROCESSABLE, errors.stream().map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; ")), errors, null);
    }

    /** What is wrong with a value stated in {@code unit} under {@code indicator}. */
    static void problems(String unit, BigDecimal value, IndicatorEntity indicator, String prefix,
            List<FieldError> errors) {
        if (!unit.equals(indicator.unit)) {
            errors.add(new FieldError(prefix + "unit", "must be " + indicator.unit + ", the unit of indicator '"
                    + indicator.id + "' (or absent, to take it from the indicator); " + unit + " is not"));
            return;
        }
        Units.valueProblem(value, unit, indicator.minValue, indicator.maxValue)
                .ifPresent(problem -> errors.add(new FieldError(prefix + "value", problem
                        + " (indicator '" + indicator.id + "')")));
    }
}
