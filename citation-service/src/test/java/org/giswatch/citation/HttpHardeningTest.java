package org.giswatch.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.giswatch.platform.testing.HttpHardeningContract;
import org.giswatch.platform.testing.RawHttp;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpHardeningTest extends HttpHardeningContract {

    @Override
    protected String collection() {
        return "/citations";
    }

    @Override
    protected Map<String, String> filters() {
        return Map.of("chapter", "giswatch-2011-kazakhstan", "kind", "news-article", "language", "ru",
                "year", "2011", "q", "internet");
    }

    /** The documented example curl -s 'localhost:8083/citations?q=Назарбаев': curl sends the UTF-8 bytes raw. */
    @Test
    void rawUtf8InAQueryValueIsReadAsUtf8() throws Exception {
        RawHttp.Answer answer = RawHttp.get(RawHttp.utf8Bytes("/citations?q=Назарбаев"));
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.body().contains("Нурсултан Назарбаев набрал"), answer.body());
    }
}
