package org.giswatch.platform.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;

import org.giswatch.contract.problem.ProblemType;

import io.restassured.response.ValidatableResponse;

/** What every error response must look like, whichever service sent it. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, ProblemType type) {
        return response
                .statusCode(type.status())
                .contentType(startsWith("application/problem+json"))
                .header("Cache-Control", "no-store")
                .body("type", equalTo(type.uri().toString()))
                .body("title", equalTo(type.title()))
                .body("status", equalTo(type.status()))
                .body("detail", notNullValue())
                // No Java internals may reach a client.
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
