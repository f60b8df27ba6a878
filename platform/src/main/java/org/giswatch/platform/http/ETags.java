package org.giswatch.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    public static EntityTag weak(String query, List<String> versions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(query).getBytes(StandardCharsets.UTF_8));
            for (String version : versions) {
                digest.update((byte) 0);
                digest.update(version.getBytes(StandardCharsets.UTF_8));
            }
            return new EntityTag(HexFormat.of().formatHex(digest.digest(), 0, 12), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
