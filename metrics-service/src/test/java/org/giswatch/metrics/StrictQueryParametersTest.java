package org.giswatch.metrics;

import org.giswatch.platform.testing.StrictQueryParametersContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StrictQueryParametersTest extends StrictQueryParametersContract {
}
