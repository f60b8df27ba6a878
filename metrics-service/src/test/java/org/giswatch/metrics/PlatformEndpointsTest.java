package org.giswatch.metrics;

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
        return "metrics";
    }

    /** The JSON paths also answer CSV (Accept or format=csv); values whose answer differs on the chapter's data. */
    @Override
    protected RepresentationCombinations.Service combinations() {
        return new RepresentationCombinations.Service(
                Map.of("/observations", Representation.both("csv"),
                        "/series/{indicator}/{subjectType}/{subject}", Representation.both("csv")),
                Map.of("country", List.of("kz", "us"), "to", List.of("2005")), Set.of());
    }
}
