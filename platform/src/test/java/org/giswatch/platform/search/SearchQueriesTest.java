package org.giswatch.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.search.SearchHit;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** The search rules every service shares, without Quarkus: accepted queries, order of hits, cursors. */
class SearchQueriesTest {

    @Test
    void readersQueriesAreAcceptedAsTyped() {
        assertEquals("\"social networks\"", SearchQueries.check("  \"social networks\" "));
        for (String q : List.of("КНПК", "kazakhstan -boycott", "elbasy or boycott", "95,55%", "\"a phrase\" -\"not this\"",
                "-excluded included", "x".repeat(200))) {
            assertEquals(q, SearchQueries.check(q));
        }
    }

    @Test
    void queriesThatFindNothingOrCannotBeReadAre400NamingQ() {
        for (String q : new String[] { null, "", "  ", "x".repeat(201), "\"unclosed phrase", "-only -excluded", "or",
                "OR -x", "?! ...", "\"\"", "tab\there\u0000" }) {
            ApiException e = assertThrows(ApiException.class, () -> SearchQueries.check(q), String.valueOf(q));
            assertEquals(List.of("q"), e.errors().stream().map(FieldError::field).toList(), String.valueOf(q));
        }
    }

    @Test
    void hitsComeBestFirstThenByTypeAndIdAndACursorContinuesAfterItsHit() {
        SearchHit best = hit("person", "b", "0.5");
        SearchHit tieFirst = hit("citation", "z", "0.1");
        SearchHit tieSecond = hit("election", "a", "0.1");
        SearchHit tieThird = hit("election", "b", "0.100000");
        List<SearchHit> hits = new ArrayList<>(List.of(tieThird, tieSecond, best, tieFirst));
        hits.sort(SearchQueries.ORDER);
        assertEquals(List.of(best, tieFirst, tieSecond, tieThird), hits);

        SearchQueries.After after = SearchQueries.after(SearchQueries.cursorAfter(tieSecond));
        assertEquals(new SearchQueries.After(new BigDecimal("0.1"), "election", "a"), after);
        assertNull(SearchQueries.after(null));
        ApiException forged = assertThrows(ApiException.class,
                () -> SearchQueries.after(Cursor.encode("not a rank", "election", "a")));
        assertEquals("cursor", forged.errors().get(0).field());
    }

    @Test
    void everyKindIsOneBranchMatchedByItsIndexedDocument() {
        String sql = LocalSearch.sql(List.of(
                new SearchableKind("indicator", "indicators", "indicator r", "doc_i(r.name)", "r.name"),
                new SearchableKind("observation", "observations", "observation r", "doc_o(r.note)", "r.id")));
        assertTrue(sql.contains("FROM indicator r WHERE doc_i(r.name) @@ websearch_to_tsquery("), sql);
        assertTrue(sql.contains("FROM observation r WHERE doc_o(r.note) @@ websearch_to_tsquery("), sql);
        assertTrue(sql.contains("'/indicators/' || r.id"), sql);
        assertTrue(sql.contains("ORDER BY rank DESC, type, id LIMIT :limit"), sql);
    }

    private static SearchHit hit(String type, String id, String rank) {
        return new SearchHit(type, id, id, "catalog", "/x/" + id, new BigDecimal(rank));
    }
}
