package org.giswatch.platform.http;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.Problem;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.Problems;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation refuses a query parameter it does not declare: a typo ({@code contry=kz}) or a guess
 * ({@code sort=name} where there is no sort) would otherwise be ignored and silently answer with other data than asked
 * for. The declared names come from the matched method's annotations ({@link DeclaredQueryParameters}), so a new
 * operation is covered without being listed anywhere. Runs before the body is read and before any lookup.
 */
public class StrictQueryParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    // Before authentication-dependent filters (rate limiting is 100): a wrong URL is wrong for everybody.
    @ServerRequestFilter(priority = 50)
    public RestResponse<Problem> refuseUndeclared(ContainerRequestContext request, ResourceInfo resource) {
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        Method method = resource.getResourceMethod();
        if (sent.isEmpty() || method == null) {
            return null;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method,
                m -> DeclaredQueryParameters.of(resource.getResourceClass(), m));
        List<String> unknown = sent.stream().filter(name -> !declared.contains(name)).sorted().toList();
        if (unknown.isEmpty()) {
            return null;
        }
        String accepted = declared.isEmpty() ? "no query parameters" : String.join(", ", declared);
        String message = "is not a parameter of this operation, which accepts " + accepted;
        String detail = (unknown.size() == 1 ? "Unknown query parameter '" + unknown.get(0) + "'"
                : "Unknown query parameters '" + String.join("', '", unknown) + "'")
                + "; this operation accepts " + accepted;
        return Problems.response(ProblemType.VALIDATION, detail, request.getUriInfo().getRequestUri().getRawPath(),
                unknown.stream().map(name -> new FieldError(name, message)).toList());
    }
}
