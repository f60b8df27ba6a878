package org.giswatch.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * A JSON representation rendered once (by PostgreSQL, see RecordJson), with its ETag and (for pages) its next
 * link, so a read cache can answer it — 200 or 304 — without rendering again. The bytes are never handed out, so the value stays immutable.
 */
public record RenderedJson(byte[] json, EntityTag etag, String next) {

    public Response respond(Request request) {
        Response.ResponseBuilder builder = ETags.notModified(request, etag) != null
                ? Response.notModified(etag)
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(etag);
        return next == null ? builder.build() : builder.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").build();
    }

    /** The size a cache weighs it by. */
    public int size() {
        return json.length;
    }
}
