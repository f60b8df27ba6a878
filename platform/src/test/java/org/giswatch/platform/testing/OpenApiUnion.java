package org.giswatch.platform.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One description of the whole API as the Ingress serves it on one host (deploy/base/ingress.yaml): each service's
 * paths under its prefix (/catalog, /metrics, /citation). Components of the same name and content are shared; a
 * component whose content differs between services is renamed with the service's name (NotFound becomes
 * CitationNotFound in the citation paths), and that service's references follow.
 */
public final class OpenApiUnion {

    public static final String HOST = "https://api.giswatch.example";
    /** Service document name and the prefix the Ingress routes to it, in the order they appear. */
    public static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("catalog", "/catalog");
        PREFIXES.put("metrics", "/metrics");
        PREFIXES.put("citation", "/citation");
    }

    private OpenApiUnion() {
    }

    public static ObjectNode merge(Map<String, JsonNode> documents) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode merged = json.objectNode();
        merged.put("openapi", "3.1.0");
        JsonNode first = documents.values().iterator().next();
        ObjectNode info = merged.putObject("info");
        info.put("title", "GISWatch open-data API");
        info.put("version", first.path("info").path("version").asText());
        info.put("description", "The catalog, metrics and citation services as one API, as the Ingress serves them on "
                + "one host: each service's paths under /catalog, /metrics and /citation. Generated from the "
                + "services' own documents (catalog.yaml, metrics.yaml, citation.yaml).");
        info.set("contact", first.path("info").path("contact"));
        info.set("license", first.path("info").path("license"));
        merged.putArray("servers").addObject().put("url", HOST).put("description", "Through the Ingress (deploy/)");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        TreeSet<String> tagNames = new TreeSet<>();
        TreeSet<String> operationIds = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : documents.entrySet()) {
            String service = entry.getKey();
            JsonNode document = entry.getValue().deepCopy();
            Map<String, String> renames = conflicts(components, document, service);
            rewrite(document, renames);
            String prefix = PREFIXES.get(service);
            // Each service has its own API root (getApiRoot); in one document operation ids must be unique.
            document.path("paths").elements().forEachRemaining(item -> item.elements().forEachRemaining(op -> {
                if (op.isObject() && op.has("operationId") && !operationIds.add(op.path("operationId").asText())) {
                    String id = op.path("operationId").asText();
                    ((ObjectNode) op).put("operationId", service + Character.toUpperCase(id.charAt(0)) + id.substring(1));
                }
            }));
            document.path("paths").fields().forEachRemaining(p -> paths.set(path(prefix, p.getKey()),
                    p.getValue()));
            document.path("components").fields().forEachRemaining(section -> {
                ObjectNode target = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
                        : components.putObject(section.getKey());
                section.getValue().fields().forEachRemaining(c -> {
                    String name = renames.getOrDefault("#/components/" + section.getKey() + "/" + c.getKey(), c.getKey());
                    target.set(name.substring(name.lastIndexOf('/') + 1), c.getValue());
                });
            });
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }
        return merged;
    }

    /** The path as the Ingress serves it: under the service's prefix, the API root as the bare prefix. */
    public static String path(String prefix, String path) {
        return "/".equals(path) ? prefix : prefix + path;
    }

    /** References of this document to components that another service already defined differently, renamed. */
    private static Map<String, String> conflicts(ObjectNode components, JsonNode document, String service) {
        Map<String, String> renames = new LinkedHashMap<>();
        String prefix = Character.toUpperCase(service.charAt(0)) + service.substring(1);
        document.path("components").fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(c -> {
            JsonNode existing = components.path(section.getKey()).path(c.getKey());
            if (!existing.isMissingNode() && !existing.equals(c.getValue())) {
                renames.put("#/components/" + section.getKey() + "/" + c.getKey(),
                        "#/components/" + section.getKey() + "/" + prefix + c.getKey());
            }
        }));
        // A renamed component may itself refer to renamed ones; the content compared above is the original, so two
        // services whose components differ only through such references still share nothing wrongly.
        return renames;
    }

    private static void rewrite(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("$ref").isTextual() && renames.containsKey(object.path("$ref").asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(object.path("$ref").asText())));
            }
            object.elements().forEachRemaining(child -> rewrite(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewrite(child, renames));
        }
    }

    public static Map<String, JsonNode> committed(Path directory) throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : PREFIXES.keySet()) {
            documents.put(service, OpenApiLint.YAML.readTree(directory.resolve(service + ".yaml").toFile()));
        }
        return documents;
    }

    public static List<String> services() {
        return List.copyOf(PREFIXES.keySet());
    }
}
