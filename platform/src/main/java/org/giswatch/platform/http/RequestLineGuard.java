package org.giswatch.platform.http;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.Problems;
import org.giswatch.platform.problem.RouteProblems;


import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request line and headers, checked before anything parses them, so that what the HTTP layer would answer with an
 * empty 400, 414 or 431 leaves as problem+json: a URI over {@link #MAX_URI} characters (414), headers over
 * {@link #MAX_HEADERS} bytes (431), a malformed URI (400 {@code malformed-uri}: raw non-ASCII bytes as in curl's
 * {@code ?q=Назарбаев}, a {@code %ZZ} escape, an unescaped {@code |}). Quarkus' own limits
 * (quarkus.http.limits.max-initial-line-length, max-header-size) are set above these, and its own URI check is off
 * ({@link ServiceMain}), so that this guard decides.
 */
@ApplicationScoped
public class RequestLineGuard {

    /** Longest request URI answered; the HTTP layer's own limit is set higher (see microprofile-config.properties). */
    public static final int MAX_URI = 8192;
    /** Largest sum of header names and values answered. */
    public static final int MAX_HEADERS = 16384;

    private final RouteProblems problems;

    public RequestLineGuard(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > MAX_URI) {
            refuse(ctx, ProblemType.URI_TOO_LONG, "The request URI has " + uri.length() + " characters; at most "
                    + MAX_URI + " are accepted. Narrow the query, or page with limit and cursor");
            return;
        }
        var uriDefect = RequestUriDefect.of(uri);
        if (uriDefect.isPresent()) {
            // The instance is the path as it should have been sent: what is malformed, percent-encoded.
            String path = uri.indexOf('?') < 0 ? uri : uri.substring(0, uri.indexOf('?'));
            refuse(ctx, ProblemType.MALFORMED_URI, uriDefect.get(), RequestUriDefect.escaped(path));
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            refuse(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headers + " bytes; at most "
                    + MAX_HEADERS + " are accepted");
            return;
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, ProblemType type, String detail) {
        String path = ctx.request().path();
        refuse(ctx, type, detail, path == null || path.length() > 200 ? null : path);
    }

    private void refuse(RoutingContext ctx, ProblemType type, String detail, String instance) {
        problems.send(ctx, Problems.of(type, detail, instance, List.of()));
    }
}
