package org.giswatch.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RequestUriDefectTest {

    /** How the HTTP layer hands over raw UTF-8: one ISO-8859-1 character per byte. */
    private static String asReceived(String sent) {
        return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void wellFormedUrisPass() {
        assertTrue(RequestUriDefect.of("/citations?q=%D0%9D%D0%B0%D0%B7&limit=5").isEmpty());
        assertTrue(RequestUriDefect.of("/citations/kz-2011-fn1/versions/2?asOf=2026-01-01T00:00:00Z").isEmpty());
        assertTrue(RequestUriDefect.of("/countries?q=a+b%25").isEmpty());
    }

    @Test
    void rawUtf8IsRefusedWithTheUriEncodedAsItShouldBeSent() {
        String detail = RequestUriDefect.of(asReceived("/citations?q=Назарбаев")).orElseThrow();
        assertTrue(detail.contains("raw byte 0xD0 at position 13"), detail);
        assertTrue(detail.contains("/citations?q=%D0%9D%D0%B0%D0%B7%D0%B0%D1%80%D0%B1%D0%B0%D0%B5%D0%B2"), detail);
        assertTrue(detail.contains("--data-urlencode"), detail);
    }

    @Test
    void malformedEscapesAreNamed() {
        assertEquals("The request URI has a malformed escape '%ZZ' at position 13: '%' must be followed by two "
                + "hexadecimal digits; a literal '%' is written %25", RequestUriDefect.of("/citations?q=%ZZ").orElseThrow());
        assertTrue(RequestUriDefect.of("/citations?q=100%").orElseThrow().contains("'%' at position 16"));
        assertTrue(RequestUriDefect.of("/citations/%4").orElseThrow().contains("'%4'"));
    }

    @Test
    void charactersThatMustBeEscapedAreNamed() {
        String detail = RequestUriDefect.of("/countries?q=a|b").orElseThrow();
        assertTrue(detail.startsWith("The request URI is not valid at position 14 '|'"), detail);
        assertTrue(detail.contains("%7C"), detail);
    }

    @Test
    void controlCharactersAreRawBytes() {
        assertTrue(RequestUriDefect.of("/countries?q=a\u0001b").orElseThrow().contains("raw byte 0x01 at position 14"));
    }
}
