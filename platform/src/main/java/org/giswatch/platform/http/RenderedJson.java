package org.giswatch.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.giswatch.platform.record.RecordJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON representation serialised once, with its ETag and (for pages) its next link, so a read cache can answer
 * it — 200 or 304 — without serialising again. The bytes are never handed out, so the value stays immutable.
 */
public record RenderedJson(byte[] json, EntityTag etag, String next) {

    public static RenderedJson of(ObjectMapper mapper, Object body, EntityTag etag, String next) {
        try {
            return new RenderedJson(mapper.writeValueAsBytes(body), etag, next);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    /** A record's JSON as PostgreSQL built it (the fast read path), with its item ETag. */
    public static RenderedJson of(RecordJson.Row row) {
        return new RenderedJson(row.json(), ETags.item(row.version()), null);
    }

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
