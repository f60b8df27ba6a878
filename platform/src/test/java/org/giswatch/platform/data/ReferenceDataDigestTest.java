package org.giswatch.platform.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The checksum that decides whether a start-up loads the reference data again. */
class ReferenceDataDigestTest {

    static final String COUNTRIES = "[{\"id\":\"kz\",\"name\":\"Kazakhstan\"}]";
    static final String PEOPLE = "[{\"id\":\"nursultan-nazarbayev\"}]";

    static String digest(Map<String, String> files) {
        return ReferenceDataLoads.digest(files.keySet().stream().sorted().toList(),
                name -> files.get(name).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void identicalBytesGiveTheSameChecksum() {
        assertEquals(digest(Map.of("countries.json", COUNTRIES, "people.json", PEOPLE)),
                digest(Map.of("countries.json", COUNTRIES, "people.json", PEOPLE)));
    }

    @Test
    void oneEditedCharacterChangesTheChecksum() {
        assertNotEquals(digest(Map.of("countries.json", COUNTRIES)),
                digest(Map.of("countries.json", COUNTRIES.replace("Kazakhstan", "Kazakstan"))));
    }

    @Test
    void bytesMovedBetweenFilesOrARenamedFileChangeTheChecksum() {
        assertNotEquals(digest(Map.of("a.json", "[1,", "b.json", "2]")), digest(Map.of("a.json", "[1", "b.json", ",2]")));
        assertNotEquals(digest(Map.of("countries.json", COUNTRIES)), digest(Map.of("country.json", COUNTRIES)));
    }

    @Test
    void anAddedFileChangesTheChecksum() {
        assertNotEquals(digest(Map.of("countries.json", COUNTRIES)),
                digest(Map.of("countries.json", COUNTRIES, "people.json", PEOPLE)));
    }
}
