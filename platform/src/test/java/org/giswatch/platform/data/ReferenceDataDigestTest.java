package org.giswatch.platform.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aFileEditedOnTheClassPathChangesTheChecksumTheServiceComputes(@TempDir Path classPath) throws IOException {
        Path countries = Files.createDirectories(classPath.resolve("reference-data")).resolve("countries.json");
        Files.writeString(countries, COUNTRIES);
        String before = checksumOnClassPath(classPath);
        assertEquals(before, checksumOnClassPath(classPath));
        Files.writeString(countries, COUNTRIES.replace("Kazakhstan", "Kazakstan"));
        assertNotEquals(before, checksumOnClassPath(classPath));
    }

    private static String checksumOnClassPath(Path classPath) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classPath.toUri().toURL() }, null)) {
            thread.setContextClassLoader(loader);
            return new ReferenceDataLoads(null, null).checksum(List.of("countries.json"));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
