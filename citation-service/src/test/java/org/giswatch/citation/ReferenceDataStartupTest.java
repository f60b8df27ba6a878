package org.giswatch.citation;

import java.util.List;

import org.giswatch.platform.testing.ReferenceDataStartupContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceDataStartupTest extends ReferenceDataStartupContract {

    @Override
    protected List<String> files() {
        return List.of("citations.json");
    }

    @Override
    protected List<String> items() {
        return List.of("/citations/giswatch-2011", "/citations/giswatch-2011-kazakhstan",
                "/citations/giswatch-2011-kazakhstan-fn1", "/citations/giswatch-2011-kazakhstan-fn11");
    }
}
