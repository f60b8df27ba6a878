package org.giswatch.contract.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The one country rule of the API: ISO 3166-1 alpha-2 or alpha-3 codes, plus the user-assigned codes GISWatch
 * publishes chapters under (Kosovo: {@code XK}, {@code XKX}), in any case ({@code kz}, {@code KZ}, {@code KAZ},
 * {@code xk}). Every country filter of every service and the codes of a country record follow it; a country's id is
 * its lower-case alpha-2 code. The ISO part is the JDK's ISO 3166 table, so no list is kept here.
 */
public final class CountryCodes {

    public static final String PATTERN = "^[A-Za-z]{2,3}$";
    public static final String MESSAGE = "must be an ISO 3166-1 alpha-2 or alpha-3 country code (or XK/XKX for "
            + "Kosovo), in any case, such as kz or KAZ";
    public static final String DESCRIPTION = "ISO 3166-1 alpha-2 or alpha-3 code, or XK/XKX (Kosovo), in any case "
            + "(kz, KZ, KAZ)";

    /** User-assigned codes (ISO 3166-1 leaves XA–XZ to users) that GISWatch chapters use: alpha-2 to alpha-3. */
    private static final Map<String, String> USER_ASSIGNED = Map.of("XK", "XKX");

    /** Upper-case alpha-2 and alpha-3 codes to the lower-case alpha-2 code that is the country's id. */
    private static final Map<String, String> IDS = new HashMap<>();
    /** Upper-case alpha-2 to upper-case alpha-3. */
    private static final Map<String, String> ALPHA3 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            try {
                add(alpha2, new Locale("", alpha2).getISO3Country());
            } catch (MissingResourceException e) {
                // a code the JDK lists without an alpha-3 code is not one a filter can name
            }
        }
        USER_ASSIGNED.forEach(CountryCodes::add);
    }

    private static void add(String alpha2, String alpha3) {
        String id = alpha2.toLowerCase(Locale.ROOT);
        IDS.put(alpha2, id);
        IDS.put(alpha3, id);
        ALPHA3.put(alpha2, alpha3);
    }

    private CountryCodes() {
    }

    /** The country id ({@code kz}) for an alpha-2 or alpha-3 code in any case; empty for anything else. */
    public static Optional<String> countryId(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(IDS.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** Whether {@code code} is an alpha-2 code of the rule, in any case. */
    public static boolean isAlpha2(String code) {
        return code != null && ALPHA3.containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** The alpha-3 code (upper case) of an alpha-2 code of the rule in any case; empty for anything else. */
    public static Optional<String> alpha3(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(ALPHA3.get(alpha2.toUpperCase(Locale.ROOT)));
    }
}
