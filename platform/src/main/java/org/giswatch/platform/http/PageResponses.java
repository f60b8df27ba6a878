package org.giswatch.platform.http;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Page;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Builds collection responses the same way everywhere: a {@link Page} body with {@code next}, the matching
 * {@code Link: <…>; rel="next"} header, a weak ETag over the page's item versions and 304 on If-None-Match.
 */
public final class PageResponses {

    private PageResponses() {
    }

    /**
     * @param rows up to {@code limit + 1} rows in page order; the extra row only signals that a next page exists
     * @param cursorOf the cursor that continues after a given row
     * @param versionOf what changes when a row changes (for example "id:version")
     */
    public static <R, T> RestResponse<Page<T>> page(List<R> rows, int limit, Function<R, T> toDto,
            Function<R, String> cursorOf, Function<R, String> versionOf, UriInfo uri, Request request) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more
                ? uri.getRequestUriBuilder().replaceQueryParam("cursor", cursorOf.apply(shown.get(shown.size() - 1)))
                        .build().toString()
                : null;
        EntityTag etag = ETags.weak(uri.getRequestUri().getRawQuery(), shown.stream().map(versionOf).toList());
        RestResponse.ResponseBuilder<Page<T>> builder = ETags.notModified(request, etag);
        if (builder == null) {
            builder = RestResponse.ResponseBuilder.ok(new Page<>(shown.stream().map(toDto).toList(), next));
        }
        builder.tag(etag);
        if (next != null) {
            builder.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return builder.build();
    }
}
