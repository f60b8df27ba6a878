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
        Slice<R> slice = slice(rows, limit, cursorOf, uri);
        EntityTag etag = slice.etag(versionOf, uri);
        RestResponse.ResponseBuilder<Page<T>> builder = ETags.notModified(request, etag);
        if (builder == null) {
            builder = RestResponse.ResponseBuilder.ok(new Page<>(slice.rows().stream().map(toDto).toList(),
                    slice.next()));
        }
        builder.tag(etag);
        return slice.link(builder).build();
    }

    /** The rows of one page and the URL of the next, for collections that render pages in other formats. */
    public record Slice<R>(List<R> rows, String next) {

        /** Weak tag over the query and what changes when a shown row changes. */
        public EntityTag etag(Function<R, String> versionOf, UriInfo uri) {
            return ETags.weak(uri.getRequestUri().getRawQuery(), rows.stream().map(versionOf).toList());
        }

        /** Adds {@code Link: <next>; rel="next"} when there is a next page. */
        public <T> RestResponse.ResponseBuilder<T> link(RestResponse.ResponseBuilder<T> builder) {
            return next == null ? builder : builder.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
    }

    /** Cuts {@code limit + 1} rows to a page; the extra row only says that a next page exists. */
    public static <R> Slice<R> slice(List<R> rows, int limit, Function<R, String> cursorOf, UriInfo uri) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more
                ? uri.getRequestUriBuilder().replaceQueryParam("cursor", cursorOf.apply(shown.get(shown.size() - 1)))
                        .build().toString()
                : null;
        return new Slice<>(shown, next);
    }
}
