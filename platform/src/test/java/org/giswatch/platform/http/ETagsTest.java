package org.giswatch.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

import org.junit.jupiter.api.Test;

/** The weak tag of a collection page: stable for the same page, different when anything it covers changes. */
class ETagsTest {

    static final String QUERY = "indicator=internet-users&limit=2";
    static final List<String> VERSIONS = List.of("kz-users-2010:0", "kz-users-2011:3");

    @Test
    void aPageKeepsItsTagWhileNothingChanges() {
        EntityTag tag = ETags.weak(QUERY, VERSIONS);
        assertTrue(tag.isWeak());
        assertTrue(tag.getValue().matches("[0-9a-f]{16}"), tag.getValue());
        assertEquals(tag, ETags.weak(QUERY, List.copyOf(VERSIONS)));
    }

    @Test
    void anyChangeToTheQueryOrTheVersionsChangesTheTag() {
        EntityTag tag = ETags.weak(QUERY, VERSIONS);
        assertNotEquals(tag, ETags.weak(QUERY + "&cursor=x", VERSIONS));
        assertNotEquals(tag, ETags.weak(null, VERSIONS));
        assertNotEquals(tag, ETags.weak(QUERY, List.of("kz-users-2010:0", "kz-users-2011:4")));
        assertNotEquals(tag, ETags.weak(QUERY, List.of("kz-users-2010:0")));
        assertNotEquals(tag, ETags.weak(QUERY, List.of("kz-users-2011:3", "kz-users-2010:0")));
        // The separator keeps item boundaries: "a","bc" is not "ab","c".
        assertNotEquals(ETags.weak(QUERY, List.of("a", "bc")), ETags.weak(QUERY, List.of("ab", "c")));
        // Non-Latin text counts with both bytes of each character.
        assertNotEquals(ETags.weak("q=\u0410", VERSIONS), ETags.weak("q=\u0010", VERSIONS));
    }
}
