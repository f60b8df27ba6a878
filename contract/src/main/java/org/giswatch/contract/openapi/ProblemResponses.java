package org.giswatch.contract.openapi;

import java.util.Set;

/**
 * Names of the shared error responses in {@code components/responses}. Operations reference them with
 * {@code @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)} so every error points at one
 * problem schema.
 */
public final class ProblemResponses {
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String GONE = "Gone";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String INTERNAL = "InternalError";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    /** The security scheme of writes, declared by each service through quarkus.smallrye-openapi.security-scheme-name. */
    public static final String SECURITY_SCHEME = "bearer";

    /**
     * Operations answered without the database (from configuration or the class path); every other operation
     * declares 503 for when the database is down.
     */
    public static final Set<String> WITHOUT_DATABASE = Set.of("getApiRoot", "listStyles");

    private ProblemResponses() {
    }
}
