package org.giswatch.platform.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SQL of the kinds' JSON (its output is compared with the entity path in every service: RecordJsonContract). */
class RecordJsonTest {

    @Test
    void aKindsJsonIsBuiltKeyByKeyEndingWithTheAudit() {
        assertEquals("json_build_object('id', r.id, 'authorType', r.author_type, 'source', json_build_object('a', r.a), "
                + "'audit', " + RecordJson.AUDIT + ")",
                RecordJson.object("id", "authorType", "source=json_build_object('a', r.a)"));
        assertEquals("translated_title_language", RecordJson.snakeCase("translatedTitleLanguage"));
        assertEquals("value_text", RecordJson.snakeCase("valueText"));
        assertEquals("id", RecordJson.snakeCase("id"));
    }
}
