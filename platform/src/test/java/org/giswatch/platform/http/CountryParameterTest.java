package org.giswatch.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.giswatch.contract.common.CountryCodes;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class CountryParameterTest {

    @Test
    void alpha2AndAlpha3CodesInAnyCaseBecomeTheLowerCaseAlpha2Id() {
        for (String code : List.of("kz", "KZ", "kZ", "KAZ", "kaz", "Kaz")) {
            assertEquals(Optional.of("kz"), CountryCodes.countryId(code), code);
        }
        assertEquals(Optional.of("de"), CountryCodes.countryId("DEU"));
        assertEquals(Optional.of("gb"), CountryCodes.countryId("gbr"));
        assertEquals(Optional.of("ru"), CountryCodes.countryId("RUS"));
        assertEquals(Optional.of("kg"), CountryCodes.countryId("KGZ"));
    }

    @Test
    void codesThatAreNoIso3166CountryAreNotGuessed() {
        for (String code : List.of("xx", "XYZ", "", "k", "kazakhstan", "uk")) {
            assertEquals(Optional.empty(), CountryCodes.countryId(code), code);
        }
        assertEquals(Optional.empty(), CountryCodes.countryId(null));
    }

    @Test
    void theParameterIsNamedWhenItsCodeIsUnknown() {
        ApiException e = assertThrows(ApiException.class, () -> CountryParameter.id("country", "XYZ"));
        assertEquals(List.of(new FieldError("country", CountryCodes.MESSAGE)), e.errors());
        assertEquals("kz", CountryParameter.id("country", "KAZ"));
        assertNull(CountryParameter.id("country", null));
    }

    @Test
    void thePatternDocumentedInTheContractAdmitsEveryCodeTheMappingKnows() {
        for (String code : List.of("kz", "KAZ", "Kaz")) {
            assertEquals(true, code.matches(CountryCodes.PATTERN), code);
        }
        assertEquals(false, "k1".matches(CountryCodes.PATTERN));
    }
}
