package org.giswatch.platform.http;

import org.giswatch.contract.common.CountryCodes;
import org.giswatch.platform.problem.ApiException;

/** The one reading of a country filter, for every service: a code in any case and form becomes the country id. */
public final class CountryParameter {

    private CountryParameter() {
    }

    /** The country id for {@code value} (null when absent); an unknown code is a 400 naming {@code parameter}. */
    public static String id(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return CountryCodes.countryId(value).orElseThrow(() -> ApiException.invalid(parameter, CountryCodes.MESSAGE));
    }
}
