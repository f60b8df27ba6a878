package org.giswatch.citation.format;

import java.util.Map;

/**
 * How each kind of citation is typed in CSL, BibTeX (biblatex entry types where BibTeX has none, as biber reads
 * them; {@code entrysubtype} tells a newspaper's or magazine's article from a journal's) and RIS. One table, so the
 * three formats agree.
 */
final class Kinds {

    record Types(String csl, String bibtex, String entrySubtype, String ris) {

        /** Whether the container is a periodical (BibTeX {@code journal}, RIS {@code JO}) rather than a book. */
        boolean periodical() {
            return csl.startsWith("article-");
        }
    }

    private static final Types OTHER = new Types("document", "misc", null, "GEN");

    private static final Map<String, Types> TYPES = Map.ofEntries(
            Map.entry("statistics", new Types("dataset", "dataset", null, "DATA")),
            Map.entry("news-article", new Types("article-newspaper", "article", "newspaper", "NEWS")),
            Map.entry("magazine-article", new Types("article-magazine", "article", "magazine", "MGZN")),
            Map.entry("journal-article", new Types("article-journal", "article", null, "JOUR")),
            Map.entry("report", new Types("report", "techreport", null, "RPRT")),
            Map.entry("chapter", new Types("chapter", "incollection", null, "CHAP")),
            Map.entry("survey", new Types("report", "techreport", null, "RPRT")),
            Map.entry("website", new Types("webpage", "online", null, "ELEC")),
            Map.entry("petition", new Types("webpage", "online", null, "ELEC")),
            Map.entry("interview", new Types("interview", "misc", "interview", "PCOMM")),
            Map.entry("legislation", new Types("legislation", "legislation", null, "LEGAL")),
            Map.entry("video", new Types("motion_picture", "video", null, "VIDEO")),
            Map.entry("book", new Types("book", "book", null, "BOOK")),
            Map.entry("blog-post", new Types("post-weblog", "online", null, "BLOG")),
            Map.entry("social-media-post", new Types("post", "online", null, "ELEC")),
            Map.entry("other", OTHER));

    private Kinds() {
    }

    static Types of(String kind) {
        return kind == null ? OTHER : TYPES.getOrDefault(kind, OTHER);
    }
}
