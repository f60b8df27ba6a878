package org.giswatch.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class GuidePagesTest {

    /** A guide added to docs/api/ is served (and so linkable) only when giswatch.guides names it. */
    @Test
    void everyGuideInDocsApiIsServed() throws IOException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            config.load(in);
        }
        List<String> served = Arrays.stream(config.getProperty("giswatch.guides").split(",")).map(String::strip)
                .sorted().toList();
        try (Stream<Path> files = Files.list(Path.of("../docs/api"))) {
            List<String> written = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".md"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
            assertEquals(written, served);
        }
    }

    @Test
    void aGuidesTitleIsItsFirstLevelOneHeading() {
        assertEquals(Optional.of("Typed clients"), GuidePages.title("Intro\n## Not this\n# Typed clients\ntext\n# Later"));
        assertEquals(Optional.empty(), GuidePages.title("## Only level two"));
    }
}
