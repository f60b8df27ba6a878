package org.giswatch.platform.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.Problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request line and headers, checked before anything parses them, so that what the HTTP layer would answer with an
 * empty 400, 414 or 431 leaves as problem+json: a URI over {@link #MAX_URI} characters (414), headers over
 * {@link #MAX_HEADERS} bytes (431), a {@code %} not followed by two hex digits (400). Raw UTF-8 in the URI, which
 * curl sends for {@code curl 'localhost:8083/citations?q=Назарбаев'}, is percent-encoded and the request goes on;
 * bytes that are not UTF-8 are a 400 that says how to encode. Quarkus' own limits
 * (quarkus.http.limits.max-initial-line-length, max-header-size) are set above these so that this guard decides.
 */
@ApplicationScoped
public class RequestLineGuard {

    /** Longest request URI answered; the HTTP layer's own limit is set higher (see microprofile-config.properties). */
    public static final int MAX_URI = 8192;
    /** Largest sum of header names and values answered. */
    public static final int MAX_HEADERS = 16384;
    static final String HOW_TO_ENCODE = "percent-encode query values as UTF-8 (RFC 3986), for example "
            + "curl --get --data-urlencode 'q=Назарбаев' http://localhost:8083/citations";

    private final ObjectMapper mapper;

    public RequestLineGuard(ObjectMapper mapper) {
        this.mapper = mapper;
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
        long headers = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            refuse(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headers + " bytes; at most "
                    + MAX_HEADERS + " are accepted");
            return;
        }
        String malformed = malformedEscape(uri);
        if (malformed != null) {
            refuse(ctx, ProblemType.MALFORMED_URI, "The request URI has '" + malformed + "', which is not a "
                    + "percent-encoded byte: '%' must be followed by two hex digits (send a literal % as %25); "
                    + HOW_TO_ENCODE);
            return;
        }
        if (uri.chars().anyMatch(c -> c > 0x7e || c < 0x21)) {
            String encoded = encodeRaw(uri);
            if (encoded == null) {
                refuse(ctx, ProblemType.MALFORMED_URI, "The request URI has bytes that are not UTF-8; " + HOW_TO_ENCODE);
                return;
            }
            // Raw UTF-8 (as curl sends a Cyrillic query) is read as the percent-encoded URI it stands for.
            ctx.reroute(encoded);
            return;
        }
        ctx.next();
    }

    /** The first '%' escape that is not two hex digits, or null. */
    static String malformedEscape(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || !hex(uri.charAt(i + 1)) || !hex(uri.charAt(i + 2))) {
                return uri.substring(i, Math.min(uri.length(), i + 3));
            }
        }
        return null;
    }

    /**
     * The URI with its raw non-ASCII bytes percent-encoded, or null when they are not UTF-8. The HTTP layer hands
     * over each byte of the request line as one character (ISO-8859-1).
     */
    static String encodeRaw(String uri) {
        byte[] bytes = uri.getBytes(StandardCharsets.ISO_8859_1);
        if (!new String(bytes, StandardCharsets.ISO_8859_1).equals(uri)) {
            return null; // Not bytes: characters above U+00FF cannot come from the request line.
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return null;
        }
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c > 0x7e || c < 0x21) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private void refuse(RoutingContext ctx, ProblemType type, String detail) {
        String path = ctx.request().path();
        try {
            byte[] body = mapper.writeValueAsBytes(Problems.of(type, detail,
                    path == null || path.length() > 200 || malformedEscape(path) != null ? null : path, List.of()));
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", MediaTypes.PROBLEM_JSON)
                    .putHeader("Cache-Control", "no-store")
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(type.status()).end();
        }
    }
}
