package org.giswatch.platform.http;

import java.util.Base64;
import java.util.List;

import org.giswatch.platform.problem.ApiException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A keyset cursor: the sort-key values of the last item of a page, as base64url JSON. Opaque to clients; a
 * cursor that does not decode is a 400 naming the {@code cursor} parameter.
 */
public record Cursor(List<String> keys) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String encode(String... keys) {
        try {
            byte[] json = JSON.writeValueAsBytes(List.of(keys));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a cursor that must hold exactly {@code size} keys; null when no cursor was sent. */
    public static Cursor decode(String cursor, int size) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            List<String> keys = JSON.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<>() {
            });
            if (keys.size() != size || keys.stream().anyMatch(k -> k == null)) {
                throw invalid();
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    public String key(int index) {
        return keys.get(index);
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this API issued; follow the 'next' link of a page");
    }

}
