package org.giswatch.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Chapters the services' tests read (this module's test resources, chapters/): the Kazakhstan chapter (a copy of
 * shared/report/giswatch-2011-kazakhstan.md) and three test chapters in the series' other footnote styles.
 */
public final class Chapters {

    /** The Kazakhstan chapter of GISWatch 2011, with the report's front and back matter. */
    public static final String KAZAKHSTAN = "giswatch-2011-kazakhstan";
    /** {@code <sup>N</sup>} markers; Ibid., Ibid. with pages, archived and alternative URLs, a journal article, a broken footnote. */
    public static final String RADIOLAND = "test-radioland";
    /** Plain-number markers in text and footnotes; op. cit., Author op. cit., interviews, a repeated URL and interview. */
    public static final String STEPPELAND = "test-steppeland";
    /** Money in three currencies, every status word (official, estimate, disputed, reported), years, dates, labels. */
    public static final String ISLANDIA = "test-islandia";

    private Chapters() {
    }

    public static String markdown(String name) {
        try (InputStream in = Chapters.class.getResourceAsStream("/chapters/" + name + ".md")) {
            if (in == null) {
                throw new IllegalArgumentException("No test chapter " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
