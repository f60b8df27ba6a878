package org.giswatch.citation.format;

import java.util.List;

import org.giswatch.contract.citation.Citation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CSL-JSON (schema 1.0.2). The original title is {@code title} with its {@code language}; the translation the
 * footnote gives has no CSL variable, so it goes to {@code custom} ("translated-title", "translated-title-language"),
 * as do the archived URL and the licence.
 */
public final class CslJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private CslJson() {
    }

    public static ObjectNode item(Work work) {
        Citation c = work.citation();
        ObjectNode item = JSON.createObjectNode();
        item.put("id", c.id());
        item.put("type", Kinds.of(c.kind()).csl());
        putIfPresent(item, "title", work.title());
        putIfPresent(item, "language", c.language());
        if (work.authorName() != null) {
            ArrayNode authors = JSON.createArrayNode();
            if (work.authorIsPerson()) {
                work.people().forEach(person -> authors.add(name(person)));
            } else {
                authors.add(JSON.createObjectNode().put("literal", work.authorName()));
            }
            item.set("author", authors);
        }
        if (work.editor() != null) {
            ArrayNode editors = JSON.createArrayNode();
            work.editors().forEach(editor -> editors.add(name(editor)));
            item.set("editor", editors);
        }
        if (c.year() != null) {
            ArrayNode parts = JSON.createArrayNode().add(c.year());
            if (c.date() != null) {
                parts.add(c.date().getMonthValue()).add(c.date().getDayOfMonth());
            }
            item.set("issued", JSON.createObjectNode().set("date-parts", JSON.createArrayNode().add(parts)));
        }
        putIfPresent(item, "container-title", work.containerTitle());
        putIfPresent(item, "publisher", work.publisher());
        putIfPresent(item, "publisher-place", work.publisherPlace());
        if ("interview".equals(c.kind())) {
            putIfPresent(item, "event-place", c.place());
        }
        putIfPresent(item, "page", c.pages());
        putIfPresent(item, "ISBN", work.isbn());
        putIfPresent(item, "ISSN", c.issn());
        putIfPresent(item, "number", c.reportNumber());
        putIfPresent(item, "URL", c.url());
        putIfPresent(item, "note", c.notes());
        ObjectNode custom = JSON.createObjectNode();
        putIfPresent(custom, "translated-title", c.translatedTitle());
        putIfPresent(custom, "translated-title-language", c.translatedTitleLanguage());
        putIfPresent(custom, "archived-url", c.archivedUrl());
        putIfPresent(custom, "licence", c.licence());
        putIfPresent(custom, "licence-url", c.licenceUrl());
        if (!custom.isEmpty()) {
            item.set("custom", custom);
        }
        return item;
    }

    public static String write(List<Work> works, boolean single) {
        try {
            if (single) {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(item(works.get(0)));
            }
            ArrayNode array = JSON.createArrayNode();
            works.forEach(w -> array.add(item(w)));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode name(Names parts) {
        ObjectNode node = JSON.createObjectNode();
        node.put("family", parts.family());
        if (parts.given() != null) {
            node.put("given", parts.given());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
