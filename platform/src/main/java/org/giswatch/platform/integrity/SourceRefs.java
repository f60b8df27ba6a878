package org.giswatch.platform.integrity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds every source reference ({@code citationId} and {@code footnote} of a SourceRef) in a record, however deep,
 * with its JSON path, so each can be checked against citation-service and named in a 422.
 */
public final class SourceRefs {

    /** One source reference: the path of its object (such as "candidacies[0].sources[1]"). */
    public record Found(String path, String citationId, Integer footnote) {
    }

    private SourceRefs() {
    }

    /** Every object with a {@code citationId} in {@code tree}, in document order. */
    public static List<Found> in(JsonNode tree) {
        List<Found> found = new ArrayList<>();
        walk(tree, "", found);
        return found;
    }

    private static void walk(JsonNode node, String path, List<Found> found) {
        if (node.isObject()) {
            JsonNode citation = node.get("citationId");
            if (citation != null && citation.isTextual()) {
                JsonNode footnote = node.get("footnote");
                found.add(new Found(path, citation.asText(),
                        footnote != null && footnote.isInt() ? footnote.asInt() : null));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    /** "source.citationId" for a path "source", "citationId" for the record itself. */
    public static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
