package org.giswatch.contract.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country filters take ISO 3166-1 alpha-2 or alpha-3 codes in any case ({@code kz}, {@code KZ}, {@code KAZ}); a
 * country's id is its lower-case alpha-2 code. The mapping is the JDK's ISO 3166 table, so no list is kept here.
 */
public final class CountryCodes {

    public static final String PATTERN = "^[A-Za-z]{2,3}$";
    public static final String MESSAGE = "must be an ISO 3166-1 alpha-2 or alpha-3 country code, such as kz or KAZ";
    public static final String DESCRIPTION = "ISO 3166-1 alpha-2 or alpha-3 code, in any case (kz, KZ, KAZ)";

    /** Upper-case alpha-2 and alpha-3 codes to the lower-case alpha-2 code that is the country's id. */
    private static final Map<String, String> IDS = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            String id = alpha2.toLowerCase(Locale.ROOT);
            IDS.put(alpha2, id);
            IDS.put(new Locale("", alpha2).getISO3Country(), id);
        }
    }

    private CountryCodes() {
    }

    /** The country id ({@code kz}) for an alpha-2 or alpha-3 code in any case; empty for anything else. */
    public static Optional<String> countryId(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(IDS.get(code.strip().toUpperCase(Locale.ROOT)));
    }
}
