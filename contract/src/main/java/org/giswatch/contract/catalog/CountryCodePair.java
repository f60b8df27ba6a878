package org.giswatch.contract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.giswatch.contract.common.CountryCodes;

/**
 * A country record's codes follow {@link CountryCodes}: alpha2 is an alpha-2 code of the rule, alpha3 an alpha-3
 * code of the rule, and both name the same country. Each problem is reported on its own field.
 */
@Documented
@Constraint(validatedBy = CountryCodePair.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCodePair {

    String message() default "must be a country code pair";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<CountryCodePair, Country> {

        @Override
        public boolean isValid(Country country, ConstraintValidatorContext context) {
            if (country == null || country.alpha2() == null || country.alpha3() == null) {
                return true; // @NotBlank names the missing field
            }
            context.disableDefaultConstraintViolation();
            String alpha2 = country.alpha2();
            String alpha3 = country.alpha3();
            boolean valid = true;
            // Lengths and case are the fields' own @Pattern's to report.
            if (alpha2.length() == 2 && !CountryCodes.isAlpha2(alpha2)) {
                valid = problem(context, "alpha2", "'" + alpha2 + "' " + CountryCodes.MESSAGE);
            }
            boolean knownAlpha3 = alpha3.length() == 3 && CountryCodes.countryId(alpha3).isPresent();
            if (alpha3.length() == 3 && !knownAlpha3) {
                valid = problem(context, "alpha3", "'" + alpha3 + "' " + CountryCodes.MESSAGE);
            }
            String expected = CountryCodes.alpha3(alpha2).orElse(null);
            if (expected != null && knownAlpha3 && !Objects.equals(expected, alpha3.toUpperCase(Locale.ROOT))) {
                valid = problem(context, "alpha3", "must be " + expected + ", the alpha-3 code of "
                        + alpha2.toUpperCase(Locale.ROOT));
            }
            return valid;
        }

        private static boolean problem(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
