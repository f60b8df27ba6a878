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

    @Override
    protected Map<String, Map<String, String>> otherCollections() {
        return Map.of(
                "/people", Map.of("q", "nazarbayev", "organisation", "alga"),
                "/organisations", Map.of("q", "alga", "kind", "party", "country", "kz"),
                "/elections", Map.of("q", "2011", "country", "kz", "type", "presidential",
                        "candidate", "ghani-kassymov", "from", "2011-01-01", "to", "2011-12-31", "sort", "-year"),
                "/campaigns", Map.of("q", "boycott", "country", "kz", "election", "kz-presidential-2011",
                        "platform", "facebook", "organiser", "alga", "mode", "online", "from", "2011-01-01",
                        "to", "2011-12-31"),
                "/campaign-assets", Map.of("q", "alga", "campaign", "alga-boycott-2011", "platform", "youtube",
                        "type", "channel"),
                "/reports", Map.of("q", "internet", "year", "2011"),
                "/chapters", Map.of("q", "kazakhstan", "report", "giswatch-2011", "country", "kz"));
    }
}
