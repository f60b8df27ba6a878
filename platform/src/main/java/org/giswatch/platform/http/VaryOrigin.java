package org.giswatch.platform.http;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS answers echo the caller's Origin, and reads are cacheable ({@code Cache-Control: public}): without
 * {@code Vary: Origin} a shared cache could hand one origin's answer (and its Access-Control-Allow-Origin) to another.
 * Added to every answer to a request that carries Origin, merged into one Vary header with what the resource set.
 */
@ApplicationScoped
public class VaryOrigin {

    static final String ORIGIN = "Origin";
    static final String VARY = "Vary";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::vary);
    }

    private void vary(RoutingContext ctx) {
        if (ctx.request().getHeader(ORIGIN) != null) {
            ctx.addHeadersEndHandler(ignored -> merge(ctx.response().headers()));
        }
        ctx.next();
    }

    static void merge(MultiMap headers) {
        List<String> values = new ArrayList<>();
        for (String header : headers.getAll(VARY)) {
            for (String value : header.split(",")) {
                String name = value.trim();
                if (!name.isEmpty() && values.stream().noneMatch(name::equalsIgnoreCase)) {
                    values.add(name);
                }
            }
        }
        if (values.stream().noneMatch(ORIGIN::equalsIgnoreCase) && values.stream().noneMatch("*"::equals)) {
            values.add(ORIGIN);
        }
        headers.set(VARY, String.join(", ", values));
    }
}
