package org.giswatch.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.giswatch.platform.testing.RecordCollection;

/** The eight catalog collections, bound to the platform's record-lifecycle contracts. */
final class CatalogCollections {

    /** Test countries get codes YA, YB, … ZZ (unique columns; other tests use X…), one per id, the same each time it is asked. */
    private static final AtomicInteger CODES = new AtomicInteger(24 * 26);
    private static final Map<String, Integer> CODE_OF_ID = new ConcurrentHashMap<>();

    private CatalogCollections() {
    }

    static List<RecordCollection> all() {
        List<RecordCollection> all = new ArrayList<>();
        all.add(new RecordCollection("/countries", id -> {
            int n = CODE_OF_ID.computeIfAbsent(id, k -> CODES.getAndIncrement());
            String alpha2 = "" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
            return CountryResourceTest.country(id, alpha2, "X" + alpha2, "Test country " + id);
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
