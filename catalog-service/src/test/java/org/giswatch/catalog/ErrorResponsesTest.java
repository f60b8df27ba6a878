package org.giswatch.catalog;

import java.util.List;

import org.giswatch.platform.testing.ErrorResponsesContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorResponsesTest extends ErrorResponsesContract {

    @Override
    protected String collection() {
        return "/countries";
    }

    @Override
    protected String existingId() {
        return "kz";
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("id", "alpha2", "alpha3", "name");
    }
}
