package org.giswatch.citation;

import org.giswatch.platform.testing.PlatformEndpointsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String service() {
        return "citation";
    }
}
