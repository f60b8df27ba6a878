package org.giswatch.contract.metrics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The one vocabulary of units (docs/api/metrics.md#units): {@code percent}; the counts {@code count} and
 * {@code persons}; and ISO 4217 currency codes in upper case ({@code EUR}, {@code KZT}). Input is accepted in any
 * case and normalised ({@code eur} becomes {@code EUR}, {@code Percent} becomes {@code percent}). What a value in
 * a unit may be: percent 0–100 unless the indicator declares other bounds, a count a whole number of at least 0,
 * any unit within the bounds its indicator declares.
 */
public final class Units {

    public static final String PERCENT = "percent";
    public static final String COUNT = "count";
    public static final String PERSONS = "persons";
    /** Units that count things: a value is a whole number, never negative. */
    public static final Set<String> COUNTS = Set.of(COUNT, PERSONS);

    /** The stored (normalised) form, for the OpenAPI documents; the full check is {@link #canonical}. */
    public static final String PATTERN = "^(percent|count|persons|[A-Z]{3})$";
    public static final String MESSAGE = "must be percent, a count (count, persons) or an ISO 4217 currency code "
            + "such as EUR or KZT";
    public static final String DESCRIPTION = "percent, a count (count, persons) or an ISO 4217 currency code in upper "
            + "case (EUR, KZT); accepted in any case and stored so";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Units() {
    }

    /** The unit as stored ({@code EUR}, {@code percent}) for a unit of the vocabulary in any case; else empty. */
    public static Optional<String> canonical(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String lower = unit.strip().toLowerCase(Locale.ROOT);
        if (lower.equals(PERCENT) || COUNTS.contains(lower)) {
            return Optional.of(lower);
        }
        String upper = lower.toUpperCase(Locale.ROOT);
        return upper.matches("[A-Z]{3}") && isCurrency(upper) ? Optional.of(upper) : Optional.empty();
    }

    /** {@link #canonical} where there is one, else the input unchanged (for Bean Validation to report). */
    public static String normalise(String unit) {
        return canonical(unit).orElse(unit);
    }

    public static boolean isCount(String unit) {
        return unit != null && COUNTS.contains(unit);
    }

    /** The ISO 4217 currency a unit names, or null for percent and counts. */
    public static String currencyOf(String unit) {
        return unit != null && unit.matches("[A-Z]{3}") && isCurrency(unit) ? unit : null;
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether a figure read in {@code found} (an extractor's guess: percent, count or a currency) can be stored under
     * an indicator in {@code indicator}: the same unit, or two counts (a "count" of people is in persons).
     */
    public static boolean compatible(String found, String indicator) {
        return found != null && (found.equals(indicator) || (isCount(found) && isCount(indicator)));
    }

    /** The lowest value allowed: the declared one, else 0 for percent and counts; null when there is none. */
    public static BigDecimal min(String unit, BigDecimal declared) {
        if (declared != null) {
            return declared;
        }
        return PERCENT.equals(unit) || isCount(unit) ? BigDecimal.ZERO : null;
    }

    /** The highest value allowed: the declared one, else 100 for percent; null when there is none. */
    public static BigDecimal max(String unit, BigDecimal declared) {
        if (declared != null) {
            return declared;
        }
        return PERCENT.equals(unit) ? HUNDRED : null;
    }

    /**
     * What is wrong with {@code value} in {@code unit} under an indicator's declared bounds (null where it declares
     * none), said so that a reader knows what is accepted; empty when nothing is.
     */
    public static Optional<String> valueProblem(BigDecimal value, String unit, BigDecimal declaredMin,
            BigDecimal declaredMax) {
        if (value == null || unit == null) {
            return Optional.empty();
        }
        if (isCount(unit) && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("must be a whole number: the unit is " + unit + " (a count)");
        }
        BigDecimal min = min(unit, declaredMin);
        BigDecimal max = max(unit, declaredMax);
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            return Optional.of("must be " + range(min, max) + " for an indicator in " + unit + "; "
                    + value.toPlainString() + " is not");
        }
        return Optional.empty();
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return "between " + min.toPlainString() + " and " + max.toPlainString();
        }
        return min != null ? "at least " + min.toPlainString() : "at most " + max.toPlainString();
    }

    /** A unit of the vocabulary, as stored: records normalise the case before they are validated. */
    @Documented
    @Constraint(validatedBy = Unit.Check.class)
    @Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Unit {

        String message() default MESSAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Unit, String> {
            @Override
            public boolean isValid(String unit, ConstraintValidatorContext context) {
                return unit == null || canonical(unit).filter(unit::equals).isPresent();
            }
        }
    }
}
