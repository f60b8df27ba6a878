package org.giswatch.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.giswatch.contract.common.CountryCodes;
import org.giswatch.platform.testing.RecordCollection;

/** The eight catalog collections, bound to the platform's record-lifecycle contracts. */
final class CatalogCollections {

    /**
     * Test countries get real ISO 3166-1 codes (the one country rule; alpha2 and alpha3 are unique columns), one per
     * id, the same each time it is asked: those no other test uses, in order.
     */
    private static final List<String> FREE_CODES = Arrays.stream(Locale.getISOCountries())
            .filter(code -> !Set.of("KZ", "FI", "FJ", "FK", "NO", "IS", "VA", "XK").contains(code)).sorted().toList();
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final Map<String, Integer> CODE_OF_ID = new ConcurrentHashMap<>();

    private CatalogCollections() {
    }

    static List<RecordCollection> all() {
        List<RecordCollection> all = new ArrayList<>();
        all.add(new RecordCollection("/countries", id -> {
            int n = CODE_OF_ID.computeIfAbsent(id, k -> CODES.getAndIncrement());
            String alpha2 = FREE_CODES.get(n % FREE_CODES.size());
            return CountryResourceTest.country(id, alpha2, CountryCodes.alpha3(alpha2).orElseThrow(),
                    "Test country " + id);
        }, "name", true));
        Map<String, String> records = new TreeMap<>(CatalogWritesTest.NEW_RECORDS);
        records.forEach((path, body) -> {
            String original = body.substring(7, body.indexOf('"', 7));
            String field = path.equals("/reports") || path.equals("/chapters") ? "title" : "name";
            all.add(new RecordCollection(path, id -> body.replace("\"" + original + "\"", "\"" + id + "\""), field,
                    true));
        });
        return all;
    }
}
