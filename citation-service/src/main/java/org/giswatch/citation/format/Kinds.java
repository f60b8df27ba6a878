package org.giswatch.citation.format;

import java.util.Map;

/** How each kind of citation is typed in CSL, BibTeX and RIS. One table, so the three formats agree. */
final class Kinds {

    record Types(String csl, String bibtex, String ris) {
    }

    private static final Types OTHER = new Types("document", "misc", "GEN");

    private static final Map<String, Types> TYPES = Map.ofEntries(
            Map.entry("statistics", new Types("dataset", "misc", "DATA")),
            Map.entry("news-article", new Types("article-newspaper", "misc", "NEWS")),
            Map.entry("report", new Types("report", "techreport", "RPRT")),
            Map.entry("chapter", new Types("chapter", "incollection", "CHAP")),
            Map.entry("survey", new Types("report", "techreport", "RPRT")),
            Map.entry("website", new Types("webpage", "misc", "ELEC")),
            Map.entry("petition", new Types("webpage", "misc", "ELEC")),
            Map.entry("interview", new Types("interview", "misc", "PCOMM")),
            Map.entry("video", new Types("motion_picture", "misc", "VIDEO")),
            Map.entry("book", new Types("book", "book", "BOOK")),
            Map.entry("blog-post", new Types("post-weblog", "misc", "BLOG")),
            Map.entry("social-media-post", new Types("post", "misc", "ELEC")),
            Map.entry("other", OTHER));

    private Kinds() {
    }

    static Types of(String kind) {
        return kind == null ? OTHER : TYPES.getOrDefault(kind, OTHER);
    }
}
