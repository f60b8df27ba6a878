package org.giswatch.contract.citation;

/** The representations of citations, usable in annotations, and the short names {@code ?format=} accepts. */
public final class CitationMediaTypes {
    public static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    public static final String BIBTEX = "application/x-bibtex";
    public static final String RIS = "application/x-research-info-systems";
    public static final String BIBLIOGRAPHY = "text/x-bibliography";
    public static final String MARKDOWN = "text/markdown";
    /** A chapter's Markdown as the GISWatch files have it: a passage with its footnote mark, and the footnote. */
    public static final String CHAPTER_EXAMPLE = "According to the official data, voter turnout was 89.98%. The "
            + "incumbent president reportedly received 95.55% of the votes.<sup>11</sup>\n\n<sup>11</sup> Tengri News "
            + "(2011) Нурсултан Назарбаев набрал 95,55% голосов на выборах президента Казахстана (Nursultan Nazarbayev "
            + "won 95.55% of the votes in the Kazakhstan presidential elections), 5 April. "
            + "[tengrinews.kz/vibori/183437](http://tengrinews.kz/vibori/183437)\n";

    /** Values of {@code ?format=}: json, csl-json, bibtex, ris, bibliography. */
    public static final String FORMAT_PATTERN = "^(json|csl-json|bibtex|ris|bibliography)$";
    public static final String FORMAT_MESSAGE = "must be one of json, csl-json, bibtex, ris, bibliography";
    /** Values of the {@code {format}} of the export operations. */
    public static final String EXPORT_PATTERN = "^(csl-json|bibtex|ris|bibliography)$";
    public static final String EXPORT_MESSAGE = "must be one of csl-json, bibtex, ris, bibliography";
    public static final String STYLE_MESSAGE = "must be the id of a CSL style listed by GET /styles, such as apa or ieee";
    /** Schemas of CSL-JSON, added to the citation document by the OpenAPI filter. */
    public static final String CSL_ITEM_SCHEMA = "#/components/schemas/CslItem";
    public static final String CSL_ITEMS_SCHEMA = "#/components/schemas/CslItems";
    public static final String LOCALE_PATTERN = "^[a-z]{2,3}(-[A-Z]{2})?$";
    public static final String LOCALE_MESSAGE = "must be a CSL locale such as en-US, en-GB, de-DE or ru-RU";

    private CitationMediaTypes() {
    }

    /** The media type a {@code ?format=} value stands for, or null when it names none. */
    public static String forFormat(String format) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "json" -> "application/json";
            case "csl-json" -> CSL_JSON;
            case "bibtex" -> BIBTEX;
            case "ris" -> RIS;
            case "bibliography" -> BIBLIOGRAPHY;
            default -> null;
        };
    }
}
