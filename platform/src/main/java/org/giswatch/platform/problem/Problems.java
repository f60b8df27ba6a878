package org.giswatch.platform.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.Problem;
import org.giswatch.contract.problem.ProblemType;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds problem responses: the single place that decides their status, media type and headers. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String path, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, path == null ? null : safeUri(path), errors);
    }

    public static RestResponse<Problem> response(ProblemType type, String detail, String path,
            List<FieldError> errors) {
        return response(of(type, detail, path, errors), null);
    }

    public static RestResponse<Problem> response(Problem problem, Integer retryAfterSeconds) {
        RestResponse.ResponseBuilder<Problem> builder = RestResponse.ResponseBuilder
                .<Problem> create(problem.status())
                .entity(problem)
                .header(HttpHeaders.CONTENT_TYPE, MediaTypes.PROBLEM_JSON)
                // Error bodies describe one request; caches must not replay them.
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (retryAfterSeconds != null) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return builder.build();
    }

    /** 401 with the RFC 6750 challenge that tells clients to send a bearer token. */
    public static RestResponse<Problem> unauthorized(String detail, String path, boolean invalidToken) {
        RestResponse<Problem> response = response(ProblemType.UNAUTHORIZED, detail, path, List.of());
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, invalidToken
                ? "Bearer realm=\"giswatch\", error=\"invalid_token\"" : "Bearer realm=\"giswatch\"");
        return response;
    }

    private static URI safeUri(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
