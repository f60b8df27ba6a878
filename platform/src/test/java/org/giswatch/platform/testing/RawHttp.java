package org.giswatch.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;

/**
 * A request line sent byte for byte, as curl sends {@code curl 'localhost:8083/citations?q=Назарбаев'} (raw UTF-8),
 * which HTTP client libraries would encode first. Each char of {@code target} up to U+00FF is one byte, so UTF-8 is
 * written as its bytes: use {@link #utf8Bytes}.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Answer(int status, String head, String body) {
    }

    /** The target with each character replaced by its UTF-8 bytes, one char per byte. */
    public static String utf8Bytes(String target) {
        return new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    public static Answer get(String target) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }
}
