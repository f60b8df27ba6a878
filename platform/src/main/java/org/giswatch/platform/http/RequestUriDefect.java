package org.giswatch.platform.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What is wrong with a request URI as it arrived, said so that a client can fix it. The HTTP layer hands the request line
 * over as ISO-8859-1 characters, one per byte, so raw UTF-8 shows up as characters above {@code 0x7E}: re-encoding each
 * of them as {@code %XX} gives exactly the UTF-8 percent-encoding the client should have sent.
 */
public final class RequestUriDefect {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestUriDefect() {
    }

    /** Empty when the URI is well-formed; otherwise the problem's detail. */
    public static Optional<String> of(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.of("The request URI has a raw byte 0x" + hex(c) + " at position " + i
                        + ": percent-encode non-ASCII text as UTF-8, for example " + percentEncodeRaw(uri)
                        + " (curl --get --data-urlencode 'name=value' does it)");
            }
            if (c == '%' && !(i + 2 < uri.length() && isHex(uri.charAt(i + 1)) && isHex(uri.charAt(i + 2)))) {
                String escape = uri.substring(i, Math.min(uri.length(), i + 3));
                return Optional.of("The request URI has a malformed escape '" + escape + "' at position " + i
                        + ": '%' must be followed by two hexadecimal digits; a literal '%' is written %25");
            }
        }
        try {
            new URI(uri);
            return Optional.empty();
        } catch (URISyntaxException e) {
            int at = e.getIndex();
            String character = at >= 0 && at < uri.length() ? " '" + uri.charAt(at) + "'" : "";
            return Optional.of("The request URI is not valid at position " + at + character + " (" + e.getReason()
                    + "): percent-encode it, for example '|' as %7C, '{' as %7B, '\"' as %22");
        }
    }

    /** The URI with every raw byte written as {@code %XX}: what the client meant, encoded as it should be sent. */
    static String percentEncodeRaw(String uri) {
        StringBuilder encoded = new StringBuilder(uri.length() * 2);
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                encoded.append('%').append(hex(c));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    private static String hex(char c) {
        int b = c & 0xFF;
        return new String(new char[] {HEX[b >> 4], HEX[b & 0xF]});
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * The request's path as a valid URI reference, for a problem's {@code instance}: characters a path may hold are
     * kept, a {@code %} that starts a valid escape too, every other byte ({@code |}, a raw byte, a stray {@code %})
     * is written {@code %XX}.
     */
    public static String escaped(String path) {
        StringBuilder out = new StringBuilder(path.length() * 2);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean validEscape = c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2));
            if (validEscape || c < 0x7F && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(hex(c));
            }
        }
        return out.toString();
    }
}
