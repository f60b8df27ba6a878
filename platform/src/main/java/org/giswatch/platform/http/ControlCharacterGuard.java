package org.giswatch.platform.http;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.Problem;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.Problems;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query and path values with control characters (such as NUL, which PostgreSQL refuses in text) are a 400 naming
 * the parameter, before they reach any query.
 */
public class ControlCharacterGuard {

    @ServerRequestFilter(preMatching = true)
    public RestResponse<Problem> rejectControlCharacters(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (hasControlCharacter(path)) {
            return invalid("path", request);
        }
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            if (hasControlCharacter(param.getKey())
                    || param.getValue().stream().anyMatch(ControlCharacterGuard::hasControlCharacter)) {
                return invalid(param.getKey(), request);
            }
        }
        return null;
    }

    public static boolean hasControlCharacter(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static RestResponse<Problem> invalid(String field, ContainerRequestContext request) {
        return Problems.response(ProblemType.VALIDATION, "Validation failed for 1 field(s)",
                request.getUriInfo().getRequestUri().getRawPath(),
                List.of(new FieldError(field, "must not contain control characters")));
    }
}
