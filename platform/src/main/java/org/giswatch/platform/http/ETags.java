package org.giswatch.platform.http;

import java.util.HexFormat;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * ETags from row versions, so no representation is serialised twice to compute one. Items get a strong tag
 * (usable with If-Match); collections a weak one over their items' versions and the query.
 */
public final class ETags {

    private ETags() {
    }

    /** Strong tag of one stored row; {@code variant} distinguishes representations such as "bibtex". */
    public static EntityTag item(long version, String variant) {
        return new EntityTag(variant == null ? "v" + version : "v" + version + "-" + variant);
    }

    public static EntityTag item(long version) {
        return item(version, null);
    }

    /**
     * Weak tag over the query and the versions of what it lists, as 64-bit FNV-1a: it only has to change when they do
     * (no one gains by forging a collision of their own cache), and SHA-256 was 9 % of a series request's CPU.
     */
    public static EntityTag weak(String query, List<String> versions) {
        long hash = fnv1a(FNV_OFFSET, String.valueOf(query));
        for (String version : versions) {
            hash = fnv1a((hash ^ 0xff) * FNV_PRIME, version);
        }
        return new EntityTag(HexFormat.of().toHexDigits(hash), true);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** FNV-1a over the text's UTF-16 code units, each as its two bytes. */
    private static long fnv1a(long hash, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            hash = (hash ^ (c >>> 8)) * FNV_PRIME;
            hash = (hash ^ (c & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    /** A 304 builder when the request's If-None-Match matches, else null. */
    public static <T> RestResponse.ResponseBuilder<T> notModified(Request request, EntityTag etag) {
        Response.ResponseBuilder preconditions = request.evaluatePreconditions(etag);
        // Only If-None-Match yields 304 on a read; If-Match on a read is not ours to enforce.
        if (preconditions == null || preconditions.build().getStatus() != RestResponse.StatusCode.NOT_MODIFIED) {
            return null;
        }
        return RestResponse.ResponseBuilder.<T> create(RestResponse.Status.NOT_MODIFIED).tag(etag);
    }

    /** 200 with the entity and its tag, or 304 when the client already has it. */
    public static <T> RestResponse<T> ok(Request request, EntityTag etag, T entity) {
        RestResponse.ResponseBuilder<T> notModified = notModified(request, etag);
        if (notModified != null) {
            return notModified.build();
        }
        return RestResponse.ResponseBuilder.ok(entity).tag(etag).build();
    }
}
