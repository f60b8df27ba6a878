package org.giswatch.contract.problem;

/** One invalid input field: where it is and what is wrong with it. */
public record FieldError(
        String field,
        String message) {
}
