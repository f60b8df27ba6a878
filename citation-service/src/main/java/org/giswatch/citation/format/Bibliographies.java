package org.giswatch.citation.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.giswatch.contract.citation.Citation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.SecondFieldAlign;

/**
 * Formatted references from citeproc-java with the official CSL styles and locales (org.citationstyles jars). The
 * items are the CSL-JSON of {@link CslJson}; a translated title is shown after the original in square brackets, as
 * APA and Harvard ask for non-English titles.
 */
public final class Bibliographies {

    /** Short names kept from the first version of the API and the CSL styles they stand for. */
    private static final Map<String, String> ALIASES = Map.of("harvard", "harvard-cite-them-right");
    private static final Pattern LEFT_MARGIN = Pattern.compile("<div class=\"csl-left-margin\">(.*?)</div>", Pattern.DOTALL);

    /** The CSL style id a style name stands for: an alias, or the id itself. */
    public static String styleId(String style) {
        return ALIASES.getOrDefault(style, style);
    }

    private Bibliographies() {
    }

    public static String write(List<Work> works, String style, String locale) {
        if (works.isEmpty()) {
            return "";
        }
        CSLItemData[] items = works.stream().map(Bibliographies::itemData).toArray(CSLItemData[]::new);
        List<String> ids = works.stream().map(w -> w.citation().id()).toList();
        try {
            Bibliography text = make(items, ids, style, locale, "text");
            String[] entries = text.getEntries();
            if (text.getSecondFieldAlign() != null && text.getSecondFieldAlign() != SecondFieldAlign.FALSE) {
                // citeproc-java's text output joins the left-margin label to the entry ("[1]A. Nurmakov"); its HTML
                // output keeps them apart, so the label is read there and a space put after it.
                String[] html = make(items, ids, style, locale, "html").getEntries();
                for (int i = 0; i < entries.length && i < html.length; i++) {
                    entries[i] = spaceAfterLabel(entries[i].strip(), html[i]);
                }
            }
            return String.join("\n", List.of(entries).stream().map(String::strip).toList()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bibliography make(CSLItemData[] items, List<String> ids, String style, String locale, String format)
            throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(items), styleId(style), locale);
        csl.setOutputFormat(format);
        csl.registerCitationItems(ids);
        return csl.makeBibliography();
    }

    static String spaceAfterLabel(String entry, String html) {
        Matcher margin = LEFT_MARGIN.matcher(html);
        if (!margin.find()) {
            return entry;
        }
        String label = margin.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#38;", "&").replace("&amp;", "&").strip();
        return !label.isEmpty() && entry.startsWith(label) && entry.length() > label.length()
                && !Character.isWhitespace(entry.charAt(label.length()))
                        ? label + " " + entry.substring(label.length()) : entry;
    }

    static CSLItemData itemData(Work work) {
        ObjectNode item = CslJson.item(work);
        item.remove("custom");
        Citation c = work.citation();
        if (c.translatedTitle() != null && item.has("title")) {
            item.put("title", item.get("title").asText() + " [" + c.translatedTitle() + "]");
        }
        if (!item.has("title") && c.urlText() != null) {
            // A bare URL: styles name a web page by its title, and the text the chapter shows is all it has.
            item.put("title", c.urlText());
        }
        Map<String, Object> map = CslJson.JSON.convertValue(item, new TypeReference<Map<String, Object>>() {
        });
        return CSLItemData.fromJson(map);
    }
}
