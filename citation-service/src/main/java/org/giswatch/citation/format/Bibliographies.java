package org.giswatch.citation.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.giswatch.contract.citation.Citation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;

/**
 * Formatted references from citeproc-java with the official CSL styles and locales (org.citationstyles jars). The
 * items are the CSL-JSON of {@link CslJson}; a translated title is shown after the original in square brackets, as
 * APA and Harvard ask for non-English titles.
 */
public final class Bibliographies {

    /** Short names kept from the first version of the API and the CSL styles they stand for. */
    private static final Map<String, String> ALIASES = Map.of("harvard", "harvard-cite-them-right");

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
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), styleId(style), locale);
            csl.setOutputFormat("text");
            csl.registerCitationItems(works.stream().map(w -> w.citation().id()).toList());
            Bibliography bibliography = csl.makeBibliography();
            return String.join("\n", List.of(bibliography.getEntries()).stream().map(String::strip).toList()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CSLItemData itemData(Work work) {
        ObjectNode item = CslJson.item(work);
        item.remove("custom");
        Citation c = work.citation();
        if (c.translatedTitle() != null && item.has("title")) {
            item.put("title", item.get("title").asText() + " [" + c.translatedTitle() + "]");
        }
        Map<String, Object> map = CslJson.JSON.convertValue(item, new TypeReference<Map<String, Object>>() {
        });
        return CSLItemData.fromJson(map);
    }
}
