package org.giswatch.metrics;

import java.util.List;

import org.giswatch.platform.testing.ReferenceDataStartupContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceDataStartupTest extends ReferenceDataStartupContract {

    @Override
    protected List<String> files() {
        return List.of("indicators.json", "observations.json");
    }

    @Override
    protected List<String> items() {
        return List.of("/indicators/internet-subscribers", "/indicators/internet-users",
                "/observations/kz-internet-subscribers-2004", "/observations/kz-internet-users-2009");
    }
}
