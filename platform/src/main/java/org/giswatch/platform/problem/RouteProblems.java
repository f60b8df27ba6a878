package org.giswatch.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.problem.Problem;
import org.giswatch.contract.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures decided by the HTTP layer before any resource runs (such as a body over
 * quarkus.http.limits.max-body-size) leave as problem+json too.
 */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper mapper;
    private final long maxBodySize;

    public RouteProblems(ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // Declared sizes are refused before the body is read; bodies without Content-Length are cut off by
        // Quarkus at the same limit and reach onFailure with 413.
        router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredSize);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    private void checkDeclaredSize(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize) {
                    tooLarge(ctx);
                    return;
                }
            } catch (NumberFormatException ignored) {
                // Vert.x itself rejects a malformed Content-Length
            }
        }
        ctx.next();
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        tooLarge(ctx);
    }

    private void tooLarge(RoutingContext ctx) {
        send(ctx, Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body exceeds the limit of " + maxBodySize + " bytes", ctx.request().path(), List.of()));
    }

    /**
     * Ends the exchange with {@code problem} as problem+json, never cached: for every route handler that answers
     * before (or instead of) a resource.
     */
    public void send(RoutingContext ctx, Problem problem) {
        try {
            byte[] body = mapper.writeValueAsBytes(problem);
            ctx.response().setStatusCode(problem.status())
                    .putHeader("Content-Type", MediaTypes.PROBLEM_JSON)
                    .putHeader("Cache-Control", "no-store")
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(problem.status()).end();
        }
    }
}
