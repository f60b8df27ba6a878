package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.TightLimit.class)
class RateLimitTest {

    static final int BURST = 5;

    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("giswatch.rate-limit.burst", String.valueOf(BURST),
                    "giswatch.rate-limit.requests-per-minute", "1");
        }
    }

    @Test
    void overTheLimitIs429WithRetryAfterPerClient() {
        for (int i = 0; i < BURST; i++) {
            given().get("/countries").then().statusCode(200).header("RateLimit-Remaining", String.valueOf(BURST - 1 - i));
        }
        assertProblem(given().get("/countries").then(), ProblemType.TOO_MANY_REQUESTS)
                .header("Retry-After", notNullValue());
        // A partner with a token has its own budget, keyed by the token's subject rather than the address.
        editor().get("/countries").then().statusCode(200).header("RateLimit-Remaining", String.valueOf(BURST - 1));
    }
}
