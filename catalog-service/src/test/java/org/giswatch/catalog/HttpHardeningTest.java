package org.giswatch.catalog;

import java.util.Map;

import org.giswatch.platform.testing.HttpHardeningContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpHardeningTest extends HttpHardeningContract {

    @Override
    protected String collection() {
        return "/countries";
    }

    @Override
    protected Map<String, String> filters() {
        return Map.of("q", "kazakh");
    }
}
