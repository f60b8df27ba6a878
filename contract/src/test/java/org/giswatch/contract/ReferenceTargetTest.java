package org.giswatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.giswatch.contract.integrity.ReferenceTarget;
import org.junit.jupiter.api.Test;

/** Which service stores a kind, and which services a delete of it must ask. */
class ReferenceTargetTest {

    @Test
    void aTargetNamesItsOwnerAndTheServicesThatMayReferToIt() {
        ReferenceTarget citation = ReferenceTarget.parse("citation:giswatch-2011-kazakhstan-fn11");
        assertEquals("giswatch-2011-kazakhstan-fn11", citation.id());
        assertEquals("citation", citation.owner());
        assertEquals(List.of("catalog", "metrics", "citation"), citation.referredFrom());
        assertEquals(List.of("catalog", "citation"), ReferenceTarget.parse("chapter:x").referredFrom());
        assertEquals(List.of("catalog", "metrics"), ReferenceTarget.parse("campaign-asset:x").referredFrom());
        assertEquals("catalog", ReferenceTarget.parse("campaign-asset:x").owner());
        assertEquals("citation:a", new ReferenceTarget("citation", "a").toString());
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceTarget.parse("platform:facebook"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceTarget.parse("citation"));
    }
}
