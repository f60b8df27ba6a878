package org.giswatch.citation;

import java.util.Map;

import org.giswatch.platform.testing.HttpHardeningContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpHardeningTest extends HttpHardeningContract {

    @Override
    protected String collection() {
        return "/citations";
    }

    @Override
    protected Map<String, String> filters() {
        return Map.of("chapter", "giswatch-2011-kazakhstan", "kind", "news-article", "language", "ru",
                "year", "2011", "q", "internet");
    }
}
