package org.giswatch.contract.problem;

import java.net.URI;

/**
 * The stable problem types. Clients switch on {@link #uri()}; titles are for humans.
 * Documented in docs/api/problems.md.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", "Bad Request", 400),
    MALFORMED_BODY("malformed-body", "Malformed Request Body", 400),
    MALFORMED_URI("malformed-uri", "Malformed Request URI", 400),
    VALIDATION("validation", "Validation Failed", 400),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Not Found", 404),
    GONE("gone", "Gone", 410),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method Not Allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not Acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PRECONDITION_FAILED("precondition-failed", "Precondition Failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload Too Large", 413),
    URI_TOO_LONG("uri-too-long", "URI Too Long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported Media Type", 415),
    UNPROCESSABLE("unprocessable", "Unprocessable Content", 422),
    PRECONDITION_REQUIRED("precondition-required", "Precondition Required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too Many Requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", "Request Header Fields Too Large", 431),
    INTERNAL("internal", "Internal Server Error", 500),
    DEPENDENCY_UNAVAILABLE("dependency-unavailable", "Service Unavailable", 503);

    public static final String BASE = "https://api.giswatch.org/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
