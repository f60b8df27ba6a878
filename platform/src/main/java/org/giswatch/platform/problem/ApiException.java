package org.giswatch.platform.problem;

import java.util.List;

import org.giswatch.contract.integrity.Referrers;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.ProblemType;

/**
 * Thrown by services for every expected failure; {@link ProblemMappers} turns it into a problem response.
 * The detail is shown to clients, so it must never contain internals.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;
    private final Referrers referrers;

    public ApiException(ProblemType type, String detail, List<FieldError> errors, Integer retryAfterSeconds) {
        this(type, detail, errors, retryAfterSeconds, null);
    }

    private ApiException(ProblemType type, String detail, List<FieldError> errors, Integer retryAfterSeconds,
            Referrers referrers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
        this.referrers = referrers;
    }

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    public static ApiException notFound(String kind, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + kind + " with id '" + id + "'");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException alreadyExists(String kind, String id) {
        return conflict(article(kind) + " " + kind + " with id '" + id + "' already exists");
    }

    /** A field refers to something that does not exist (HTTP 422). */
    public static ApiException unknownReference(String field, String detail) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail, List.of(new FieldError(field, detail)), null);
    }

    /** Several fields refer to things that do not exist (HTTP 422), all reported together. */
    public static ApiException unknownReferences(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " references are not valid";
        return new ApiException(ProblemType.UNPROCESSABLE, detail, errors, null);
    }

    /** A delete refused because other records still refer to the record (HTTP 409, listing them). */
    public static ApiException referenced(String detail, Referrers referrers) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of(), null, referrers);
    }

    /** One invalid field or parameter (HTTP 400). */
    public static ApiException invalid(String field, String message) {
        // The detail says it too, for clients that show only the detail.
        return new ApiException(ProblemType.VALIDATION, "'" + field + "' " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, "Validation failed for " + errors.size() + " field(s)",
                errors, null);
    }

    public static ApiException unavailable(String detail, int retryAfterSeconds) {
        return new ApiException(ProblemType.DEPENDENCY_UNAVAILABLE, detail, List.of(), retryAfterSeconds);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The records that still refer to the record a refused delete was about; null for other problems. */
    public Referrers referrers() {
        return referrers;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** "An indicator", "A country": the article English puts before the kind's name. */
    static String article(String kind) {
        return !kind.isEmpty() && "aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0 ? "An" : "A";
    }
}
