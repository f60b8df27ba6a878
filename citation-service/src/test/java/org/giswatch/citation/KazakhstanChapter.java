package org.giswatch.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test data: ids from the registry and the chapter's Markdown (a copy of shared/report/giswatch-2011-kazakhstan.md in platform's test resources, shared by the services' tests). */
final class KazakhstanChapter {

    static final String REPORT = "giswatch-2011";
    static final String CHAPTER = "giswatch-2011-kazakhstan";
    static final String FN4 = CHAPTER + "-fn4";
    static final String FN8 = CHAPTER + "-fn8";
    static final String FN10 = CHAPTER + "-fn10";
    static final String FN11 = CHAPTER + "-fn11";
    static final String FN11_TITLE = "Нурсултан Назарбаев набрал 95,55% голосов на выборах президента Казахстана";
    static final String FN11_TRANSLATION = "Nursultan Nazarbayev won 95.55% of the votes in the Kazakhstan presidential elections";
    static final String FN10_TITLE = "ЦИК призывает граждан не поддаваться призывам бойкотировать выборы. ИА Новости-Казakhstan";

    private KazakhstanChapter() {
    }

    static String fn(int number) {
        return CHAPTER + "-fn" + number;
    }

    static String markdown() {
        try (InputStream in = KazakhstanChapter.class.getResourceAsStream("/chapters/giswatch-2011-kazakhstan.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
