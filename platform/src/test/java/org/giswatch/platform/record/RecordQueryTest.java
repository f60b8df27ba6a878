package org.giswatch.platform.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.giswatch.platform.record.Keyset.Column;
import org.junit.jupiter.api.Test;

/** The SQL the list queries are built from (their results are tested against PostgreSQL in every service). */
class RecordQueryTest {

    @Test
    void onlyFiltersWithAValueBecomePredicates() {
        RecordQuery query = RecordQuery.where().equal("kind", "party").equal("country_id", null)
                .condition("year >= %s", 2005).contains("search", "  ").contains("search", null);
        assertEquals("SELECT * FROM organisation WHERE (kind = :p0) AND (year >= :p1)", query.select("organisation"));
        assertTrue(RecordQuery.where().equal("kind", null).unfiltered());
        assertEquals("SELECT * FROM country", RecordQuery.where().select("country"));
    }

    @Test
    void aTextFragmentMatchesItsWildcardsLiterally() {
        RecordQuery query = RecordQuery.where().contains("search", " 100%_Sure ");
        assertEquals("SELECT * FROM t WHERE (search LIKE :p0)", query.select("t"));
        // The bound value: lower-cased, stripped, LIKE's wildcards escaped.
        assertEquals(":p1", query.parameter("next"));
    }

    @Test
    void aKeysetRunningOneWayIsARowComparison() {
        RecordQuery query = RecordQuery.where();
        Keyset order = Keyset.of(Column.ascending("sort_key").comparedAs("natural_sort_key(%s)"), Column.ascending("id"));
        assertEquals("(r.sort_key, r.id) > (natural_sort_key(:p0), :p1)", order.after(query, List.of("fn10", "fn10")));
        assertEquals("r.sort_key, r.id", order.orderBy());
        Keyset newest = Keyset.of(Column.descending("year"), Column.descending("id"));
        assertEquals("(r.year, r.id) < (:p2, :p3)", newest.after(query, List.of(2011, "x")));
    }

    @Test
    void aMixedKeysetContinuesLexicographically() {
        Keyset order = Keyset.of(Column.descending("year"), Column.ascending("id"));
        assertEquals("((r.year < :p0) OR (r.year = :p0 AND r.id > :p1))",
                order.after(RecordQuery.where(), List.of(2011, "kz-2011-presidential")));
        assertEquals("r.year DESC, r.id", order.orderBy());
    }

    @Test
    void aCursorOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Keyset.ascending("id").after(RecordQuery.where(), List.of("a", "b")));
    }

    @Test
    void plainJdbcGetsPositionalPlaceholdersInTheOrderTheyAppear() {
        RecordQuery query = RecordQuery.where();
        String year = query.parameter(2011);
        String id = query.parameter("kz-2011");
        RecordQuery.Positional sql = query.positional("SELECT CAST(r.year AS text), r.note::text FROM t r WHERE r.id = "
                + id + " AND r.year >= " + year + " AND r.id <> " + id);
        // A cast (::text) is not a placeholder; a repeated placeholder binds its value again.
        assertEquals("SELECT CAST(r.year AS text), r.note::text FROM t r WHERE r.id = ? AND r.year >= ? AND r.id <> ?",
                sql.sql());
        assertEquals(List.of("kz-2011", 2011, "kz-2011"), sql.values());
    }
}
