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

    /** Links are written for the repository (docs/api/x.md); served, they must name where each target is served. */
    @Test
    void linksAreRewrittenToWhereTheirTargetsAreServed() {
        List<String> guides = List.of("records", "curation");
        List<String> background = List.of("architecture", "security");
        assertEquals("records#feed", GuidePages.served("api/curation.md", "records.md#feed", guides, background));
        assertEquals("security", GuidePages.served("api/curation.md", "../security.md", guides, background));
        assertEquals("architecture#curation",
                GuidePages.served("api/curation.md", "../architecture.md#curation", guides, background));
        assertEquals("../openapi/metrics.yaml",
                GuidePages.served("api/metrics.md", "../openapi/metrics.yaml", guides, background));
        assertEquals("#3-accept-or-reject", GuidePages.served("api/curation.md", "#3-accept-or-reject", guides, background));
        assertEquals("https://example.org/x", GuidePages.served("api/curation.md", "https://example.org/x", guides, background));
        // From background pages (docs/x.md) the same targets, and nothing for what no service serves.
        assertEquals("curation", GuidePages.served("architecture.md", "api/curation.md", guides, background));
        assertEquals("security", GuidePages.served("architecture.md", "security.md", guides, background));
        assertEquals(null, GuidePages.served("architecture.md", "deploy.md#durability-and-outages", guides, background));
        assertEquals(null, GuidePages.served("api/clients.md", "../openapi/", guides, background));
    }
}
