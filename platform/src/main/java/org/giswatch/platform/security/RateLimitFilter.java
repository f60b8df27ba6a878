package org.giswatch.platform.security;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.problem.Problem;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.Problems;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Rate limiting per client: the verified token subject when a bearer token is sent, else the client address.
 * A token that does not verify is a 401 here, even on reads, so forged subjects cannot mint fresh budgets.
 * Every response carries RateLimit-Limit/Remaining/Reset; over the limit is a 429 problem with Retry-After.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter(priority = 100)
    public Uni<RestResponse<Problem>> limit(ContainerRequestContext request, HttpServerRequest http, UriInfo uri) {
        if (!limiter.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return Uni.createFrom().item(() -> decide(request, "ip:" + clientAddress(http), uri));
        }
        return identities.getDeferredIdentity()
                .map(identity -> decide(request, key(identity, http), uri))
                .onFailure().recoverWithItem(failure -> Problems.unauthorized(
                        "The bearer token is invalid or expired", uri.getRequestUri().getRawPath(), true));
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    private RestResponse<Problem> decide(ContainerRequestContext request, String key, UriInfo uri) {
        RateLimiter.Decision decision = limiter.consume(key);
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        Problem problem = Problems.of(ProblemType.TOO_MANY_REQUESTS, "Too many requests; retry after "
                + decision.resetSeconds() + " second(s)", uri.getRequestUri().getRawPath(), List.of());
        return Problems.response(problem, (int) decision.resetSeconds());
    }

    private static String key(SecurityIdentity identity, HttpServerRequest http) {
        return identity.isAnonymous() ? "ip:" + clientAddress(http) : "sub:" + identity.getPrincipal().getName();
    }

    private static String clientAddress(HttpServerRequest http) {
        // With quarkus.http.proxy.proxy-address-forwarding on behind the ingress, this is the forwarded client.
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
