package org.giswatch.metrics;

import java.util.Map;

import org.giswatch.platform.testing.HttpHardeningContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpHardeningTest extends HttpHardeningContract {

    @Override
    protected String collection() {
        return "/observations";
    }

    @Override
    protected Map<String, String> filters() {
        return Map.of("indicator", "internet-users", "subjectType", "country", "subject", "kz", "country", "kz",
                "from", "2004", "to", "2011-12-31", "mrv", "1", "qualifier", "approximate", "rank", "normal");
    }

    @Override
    protected Map<String, Map<String, String>> otherCollections() {
        return Map.of("/indicators", Map.of("q", "internet", "category", "internet-access"));
    }
}
