package org.giswatch.citation;

import java.util.List;

import org.giswatch.platform.testing.ErrorResponsesContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorResponsesTest extends ErrorResponsesContract {

    @Override
    protected String collection() {
        return "/citations";
    }

    @Override
    protected String existingId() {
        return "giswatch-2011-kazakhstan-fn11";
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("id");
    }
}
