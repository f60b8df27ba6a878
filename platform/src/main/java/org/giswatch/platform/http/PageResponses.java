package org.giswatch.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Page;
import org.giswatch.platform.record.RecordJson;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds collection responses the same way everywhere: a {@link Page} body with {@code next}, the matching
 * {@code Link: <…>; rel="next"} header, a weak ETag over the page's item versions and 304 on If-None-Match.
 */
public final class PageResponses {

    private static final byte[] ITEMS = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT = ",\"next\":".getBytes(StandardCharsets.US_ASCII);

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

    /**
     * The same page as {@link #page}, serialised once, so it can be kept in a read cache and answered (200 or 304)
     * without serialising it again.
     */
    public static <T> RenderedJson render(List<T> rows, int limit, Function<T, String> cursorOf,
            Function<T, String> versionOf, UriInfo uri, ObjectMapper mapper) {
        Slice<T> slice = slice(rows, limit, cursorOf, uri);
        return RenderedJson.of(mapper, new Page<>(slice.rows(), slice.next()), slice.etag(versionOf, uri), slice.next());
    }

    /**
     * A page of rows from the fast read path ({@link RecordJson}): the bytes Jackson writes for a {@link Page}
     * (items, then next when there is one), with each item's JSON copied as PostgreSQL sent it; the ETag and next
     * link are those of {@link #page} for the same rows.
     */
    public static RenderedJson renderJson(List<RecordJson.Row> rows, int limit, Function<RecordJson.Row, String> cursorOf,
            Function<RecordJson.Row, String> versionOf, UriInfo uri, ObjectMapper mapper) {
        Slice<RecordJson.Row> slice = slice(rows, limit, cursorOf, uri);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + slice.rows().size() * 512);
        out.writeBytes(ITEMS);
        for (int i = 0; i < slice.rows().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(slice.rows().get(i).json());
        }
        out.write(']');
        if (slice.next() != null) {
            out.writeBytes(NEXT);
            try {
                out.writeBytes(mapper.writeValueAsBytes(slice.next()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write the next link", e);
            }
        }
        out.write('}');
        return new RenderedJson(out.toByteArray(), slice.etag(versionOf, uri), slice.next());
    }

    /** The rows of one page and the URL of the next, for collections that render pages in other formats. */
    public record Slice<R>(List<R> rows, String next) {

        /** Weak tag over the query and what changes when a shown row changes. */
        EntityTag etag(Function<R, String> versionOf, UriInfo uri) {
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
