package org.giswatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.giswatch.contract.common.CountryCodes;
import org.giswatch.contract.metrics.Units;
import org.junit.jupiter.api.Test;

/** The units vocabulary and the country rule are pure functions: tested without a service. */
class UnitsTest {

    @Test
    void unitsAreNormalisedCurrenciesUpperCaseOthersLowerCase() {
        assertEquals(Optional.of("EUR"), Units.canonical("eur"));
        assertEquals(Optional.of("KZT"), Units.canonical("KZT"));
        assertEquals(Optional.of("percent"), Units.canonical("Percent"));
        assertEquals(Optional.of("persons"), Units.canonical("persons"));
        for (String unknown : List.of("kg", "XYZ", "usd-millions", "", "eu")) {
            assertEquals(Optional.empty(), Units.canonical(unknown), unknown);
        }
    }

    @Test
    void valuesFitTheirUnitOrTheDeclaredBounds() {
        assertEquals(Optional.empty(), Units.valueProblem(new BigDecimal("100"), "percent", null, null));
        assertTrue(Units.valueProblem(new BigDecimal("250"), "percent", null, null).orElseThrow()
                .startsWith("must be between 0 and 100"));
        assertTrue(Units.valueProblem(new BigDecimal("-5"), "count", null, null).isPresent());
        assertTrue(Units.valueProblem(new BigDecimal("2.5"), "persons", null, null).orElseThrow()
                .contains("whole number"));
        assertEquals(Optional.empty(), Units.valueProblem(new BigDecimal("604.000"), "count", null, null));
        assertEquals(Optional.empty(), Units.valueProblem(new BigDecimal("-40"), "percent", new BigDecimal("-100"), null));
        assertEquals(Optional.empty(), Units.valueProblem(new BigDecimal("-1.5"), "EUR", null, null));
        assertTrue(Units.valueProblem(new BigDecimal("5"), "EUR", BigDecimal.TEN, null).orElseThrow()
                .startsWith("must be at least 10"));
    }

    @Test
    void aCandidatesUnitFitsAnIndicatorOfTheSameUnitOrAnyCount() {
        assertTrue(Units.compatible("count", "persons"));
        assertTrue(Units.compatible("USD", "USD"));
        assertFalse(Units.compatible("USD", "EUR"));
        assertFalse(Units.compatible("EUR", "percent"));
        assertFalse(Units.compatible("percent", "count"));
    }

    @Test
    void kosovoFollowsTheCountryRuleAsIsoCodesDo() {
        for (String code : List.of("xk", "XK", "xKx", "XKX")) {
            assertEquals(Optional.of("xk"), CountryCodes.countryId(code), code);
        }
        assertEquals(Optional.of("XKX"), CountryCodes.alpha3("xk"));
        assertEquals(Optional.of("KAZ"), CountryCodes.alpha3("KZ"));
        assertTrue(CountryCodes.isAlpha2("xk"));
        assertFalse(CountryCodes.isAlpha2("QQ"));
        assertEquals(Optional.empty(), CountryCodes.countryId("XKK"));
    }
}
