package org.giswatch.citation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.giswatch.platform.testing.RepresentationCombinations;
import org.giswatch.platform.testing.RepresentationCombinations.Representation;

import org.giswatch.platform.testing.PlatformEndpointsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String service() {
        return "citation";
    }

    /**
     * The JSON paths also answer the citation formats (Accept or format=); style and locale only choose how a
     * bibliography is written.
     */
    @Override
    protected RepresentationCombinations.Service combinations() {
        List<Representation> formats = Representation.both("csl-json", "bibtex", "ris", "bibliography");
        return new RepresentationCombinations.Service(Map.of("/citations", formats, "/citations/{id}", formats),
                Map.of("q", List.of("internet"), "chapter", List.of("giswatch-2011-kazakhstan", "no-such-chapter")),
                Set.of("style", "locale"));
    }
}
