package org.giswatch.metrics;

import java.util.List;

import org.giswatch.platform.testing.ErrorResponsesContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorResponsesTest extends ErrorResponsesContract {

    @Override
    protected String collection() {
        return "/indicators";
    }

    @Override
    protected String existingId() {
        return "internet-subscribers";
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("id", "name", "unit", "category");
    }
}
