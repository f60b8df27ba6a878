package org.giswatch.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiResponseFilter} in front of every RestAssured request of every {@code @QuarkusTest} of the services
 * (found through META-INF/services in this test-jar, so no test can forget it).
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(OpenApiResponseFilter.INSTANCE)) {
            RestAssured.filters(OpenApiResponseFilter.INSTANCE);
        }
    }
}
