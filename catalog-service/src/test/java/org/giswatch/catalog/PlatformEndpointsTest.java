package org.giswatch.catalog;

import org.giswatch.platform.testing.PlatformEndpointsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String service() {
        return "catalog";
    }
}
