package org.giswatch.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.openapi.ProblemResponses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole-document steps of {@link ProblemOpenApiFilter}: what needs every operation and schema at once (examples
 * built from the schemas, partial merge-patch schemas, dropping schemas this service does not use).
 */
final class OpenApiDocuments {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final java.util.regex.Pattern ALTERNATIVES = java.util.regex.Pattern.compile("^\\^\\(([a-z0-9-]+(?:\\|[a-z0-9-]+)*)\\)\\$$");
    private static final int MAX_DEPTH = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The other formats a JSON path answers when Accept (or {@code ?format=}) asks for them, as the path's own
     * {@code /export/{format}} operation documents them. Outside {@code content}, so a typed client's answer stays
     * JSON; the response check of the test suites (OpenApiResponses) accepts them.
     */
    static final String NEGOTIATED = "x-negotiated-content";

    private OpenApiDocuments() {
    }

    /** The literals of a pattern {@code ^(a|b|c)$}, or null when the pattern is anything else. */
    static List<String> alternatives(String pattern) {
        if (pattern == null) {
            return null;
        }
        Matcher matcher = ALTERNATIVES.matcher(pattern);
        return matcher.matches() ? List.of(matcher.group(1).split("\\|")) : null;
    }

    /** The 404 and 410 examples name a resource of this service ("No citation with id …"), not another service's. */
    static void describeNotFound(OpenAPI openAPI) {
        Set<String> paths = openAPI.getPaths().getPathItems().keySet();
        // A collection with versions, so the 410 example (only such records answer it) is about the same one.
        String path = paths.stream().filter(p -> p.matches("/[a-z-]+/\\{id}"))
                .sorted(Comparator.comparing(p -> !paths.contains(p + "/versions"))).findFirst().orElse(null);
        APIResponse ok = path == null || openAPI.getPaths().getPathItem(path).getGET() == null ? null
                : openAPI.getPaths().getPathItem(path).getGET().getResponses().getAPIResponse("200");
        String kind = jsonSchemaName(ok);
        if (kind == null) {
            return;
        }
        String name = kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String id = "no-such-" + name;
        example(openAPI, ProblemResponses.NOT_FOUND, "No " + name + " with id '" + id + "'", path.replace("{id}", id));
        String deleted = path.replace("{id}", "deleted-" + name);
        // The wording of RecordService.missing.
        example(openAPI, ProblemResponses.GONE, "The " + name + " 'deleted-" + name + "' was deleted at "
                + "2026-11-29T10:15:30Z; its versions are at " + deleted + "/versions", deleted);
    }

    private static void example(OpenAPI openAPI, String response, String detail, String instance) {
        APIResponse problem = openAPI.getComponents().getResponses().get(response);
        MediaType json = problem == null ? null : problem.getContent().getMediaType(MediaTypes.PROBLEM_JSON);
        if (json == null || !(json.getExample() instanceof Map<?, ?> example)) {
            return;
        }
        Map<String, Object> updated = new LinkedHashMap<>();
        example.forEach((key, value) -> updated.put(String.valueOf(key), value));
        updated.put("detail", detail);
        updated.put("instance", instance);
        json.setExample(updated);
    }

    /** Names the formats Accept (or ?format=) also selects on a JSON path; see {@link #NEGOTIATED}. */
    static void declareNegotiatedFormats(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            PathItem export = openAPI.getPaths().getPathItem(("/".equals(path) ? "" : path) + "/export/{format}");
            APIResponse json = item.getGET() == null ? null : item.getGET().getResponses().getAPIResponse("200");
            APIResponse formats = export == null || export.getGET() == null ? null
                    : export.getGET().getResponses().getAPIResponse("200");
            if (json == null || formats == null || formats.getContent() == null) {
                return;
            }
            Map<String, Object> content = new LinkedHashMap<>();
            formats.getContent().getMediaTypes().forEach((type, media) -> content.put(type,
                    Map.of("schema", media.getSchema() != null && media.getSchema().getRef() != null
                            ? Map.of("$ref", media.getSchema().getRef()) : Map.of("type", "string"))));
            json.addExtension(NEGOTIATED, content);
            // What those formats carry besides (Content-Disposition of CSV) is declared on the JSON path too.
            if (formats.getHeaders() != null) {
                formats.getHeaders().forEach((name, header) -> {
                    if (json.getHeaders() == null || !json.getHeaders().containsKey(name)) {
                        json.addHeader(name, header);
                    }
                });
            }
        });
    }

    /**
     * Request bodies get an example built from the examples of their schema's required properties, so a client sees
     * the smallest valid body. A merge-patch body gets its own schema: the resource with nothing required.
     */
    static void addRequestExamples(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        for (OperationRef op : operations(openAPI)) {
            RequestBody body = op.operation().getRequestBody();
            if (body == null || body.getContent() == null || body.getContent().getMediaTypes() == null) {
                continue;
            }
            List<Object> rows = null;
            for (Map.Entry<String, MediaType> entry : body.getContent().getMediaTypes().entrySet()) {
                String type = entry.getKey();
                MediaType mediaType = entry.getValue();
                Schema schema = mediaType.getSchema();
                boolean array = schema != null && schema.getType() != null
                        && schema.getType().contains(Schema.SchemaType.ARRAY) && schema.getItems() != null;
                Schema referenced = array ? schema.getItems() : schema;
                if (referenced == null || referenced.getRef() == null || !referenced.getRef().startsWith(SCHEMAS)) {
                    continue;
                }
                String name = referenced.getRef().substring(SCHEMAS.length());
                Schema target = schemas.get(name);
                if (target == null) {
                    continue;
                }
                if (MediaTypes.MERGE_PATCH_JSON.equals(type)) {
                    mediaType.setSchema(OASFactory.createSchema().ref(SCHEMAS + partial(components, name, target)));
                    if (mediaType.getExample() == null) {
                        mediaType.setExample(patchExample(schemas, target));
                    }
                } else if (mediaType.getExample() == null && type.contains("json")) {
                    Object example = example(schemas, target, 0);
                    if (example != null) {
                        mediaType.setExample(array ? List.of(example) : example);
                        rows = array ? List.of(example) : rows;
                    }
                }
            }
            if (rows != null) {
                importExamples(body.getContent(), rows);
            }
        }
    }

    /** The rows of an import's JSON array example, also as JSON Lines and as CSV (nested values as JSON in a cell). */
    private static void importExamples(Content content, List<Object> rows) {
        MediaType lines = content.getMediaType(MediaTypes.JSON_LINES);
        MediaType csv = content.getMediaType(MediaTypes.TEXT_CSV);
        try {
            if (lines != null && lines.getExample() == null) {
                StringBuilder text = new StringBuilder();
                for (Object row : rows) {
                    text.append(JSON.writeValueAsString(row)).append('\n');
                }
                lines.setExample(text.toString());
            }
            if (csv != null && csv.getExample() == null && rows.get(0) instanceof Map<?, ?> first) {
                StringBuilder text = new StringBuilder(String.join(",", first.keySet().stream().map(String::valueOf).toList()))
                        .append('\n');
                for (Object row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (Object value : ((Map<?, ?>) row).values()) {
                        String cell = value instanceof String string ? string : JSON.writeValueAsString(value);
                        cells.add(cell.matches("[^,\"\\r\\n]*") ? cell : '"' + cell.replace("\"", "\"\"") + '"');
                    }
                    text.append(String.join(",", cells)).append('\n');
                }
                csv.setExample(text.toString());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An example built from the schemas is not serialisable", e);
        }
    }

    /** Calls the action on every schema of the document (components, query and header parameters, bodies, responses). */
    static void forEachSchema(OpenAPI openAPI, java.util.function.Consumer<Schema> action) {
        Deque<Schema> pending = new ArrayDeque<>();
        Components components = openAPI.getComponents();
        if (components.getSchemas() != null) {
            pending.addAll(components.getSchemas().values());
        }
        for (OperationRef op : operations(openAPI)) {
            Operation operation = op.operation();
            if (operation.getParameters() != null) {
                // Not path parameters: a path segment stays a string with a pattern, so clients that fill in
                // templates generically (and the values of {format}, {subjectType}, {type}) type-check as strings.
                operation.getParameters().stream().filter(p -> p.getIn() != Parameter.In.PATH)
                        .forEach(p -> parameter(p, pending));
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), pending);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> response(r, pending));
            }
        }
        java.util.Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (seen.add(schema)) {
                action.accept(schema);
                nested(schema.getAll().values(), pending);
            }
        }
    }

    /** Drops the contract's schemas that no operation of this service refers to, directly or through another schema. */
    static void removeUnusedSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        for (OperationRef op : operations(openAPI)) {
            Operation operation = op.operation();
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> parameter(p, pending));
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), pending);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> response(r, pending));
            }
        }
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> response(r, pending));
        }
        if (components.getHeaders() != null) {
            components.getHeaders().values().forEach(h -> header(h, pending));
        }
        if (components.getParameters() != null) {
            components.getParameters().values().forEach(p -> parameter(p, pending));
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String name = schema.getRef().substring(SCHEMAS.length());
                Schema target = components.getSchemas().get(name);
                if (used.add(name) && target != null) {
                    pending.push(target);
                }
            }
            nested(schema.getAll().values(), pending);
        }
        new ArrayList<>(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeSchema);
    }

    private static String partial(Components components, String name, Schema target) {
        String patchName = name + "Patch";
        if (!components.getSchemas().containsKey(patchName)) {
            Schema patch = OASFactory.createSchema();
            target.getAll().forEach(patch::set);
            patch.setRequired(null);
            patch.setDescription("The fields of " + name + " to change (RFC 7386 JSON merge patch): a field that is "
                    + "absent stays as it is, a field set to null is removed.");
            // Merge patch has no required fields and may send null to remove a field.
            if (patch.getProperties() != null) {
                Map<String, Schema> properties = new LinkedHashMap<>();
                patch.getProperties().forEach((key, property) -> properties.put(key, nullable(property)));
                patch.setProperties(properties);
            }
            components.addSchema(patchName, patch);
        }
        return patchName;
    }

    private static Schema nullable(Schema property) {
        Schema copy = OASFactory.createSchema();
        if (property.getRef() != null) {
            return copy.anyOf(List.of(OASFactory.createSchema().ref(property.getRef()),
                    OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))))
                    .description(property.getDescription());
        }
        property.getAll().forEach(copy::set);
        if (copy.getType() != null && !copy.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(copy.getType());
            types.add(Schema.SchemaType.NULL);
            copy.setType(types);
        }
        if (copy.getEnumeration() != null && !copy.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(copy.getEnumeration());
            values.add(null);
            copy.setEnumeration(values);
        }
        return copy;
    }

    private static Object patchExample(Map<String, Schema> schemas, Schema target) {
        if (target.getProperties() == null) {
            return null;
        }
        List<String> required = target.getRequired() == null ? List.of() : target.getRequired();
        for (Map.Entry<String, Schema> property : target.getProperties().entrySet()) {
            if (required.contains(property.getKey()) || Boolean.TRUE.equals(property.getValue().getReadOnly())) {
                continue;
            }
            Object value = example(schemas, property.getValue(), 1);
            if (value != null && !(value instanceof Map<?, ?>)) {
                return Map.of(property.getKey(), value);
            }
        }
        return null;
    }

    /** An example of the schema from its own examples, or for an object from its required properties' examples. */
    private static Object example(Map<String, Schema> schemas, Schema schema, int depth) {
        if (depth > MAX_DEPTH || schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            return schema.getRef().startsWith(SCHEMAS)
                    ? example(schemas, schemas.get(schema.getRef().substring(SCHEMAS.length())), depth + 1) : null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            Object item = example(schemas, schema.getItems(), depth + 1);
            Integer min = schema.getMinItems();
            return item == null ? (min == null || min == 0 ? List.of() : null) : List.of(item);
        }
        if (schema.getProperties() == null) {
            return null;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        for (String name : schema.getRequired() == null ? List.<String> of() : schema.getRequired()) {
            Object value = example(schemas, schema.getProperties().get(name), depth + 1);
            if (value == null) {
                return null; // An example without a required field would be invalid.
            }
            example.put(name, value);
        }
        return example.isEmpty() ? null : example;
    }

    private static String jsonSchemaName(APIResponse response) {
        if (response == null || response.getContent() == null) {
            return null;
        }
        MediaType json = response.getContent().getMediaType("application/json");
        return json == null || json.getSchema() == null || json.getSchema().getRef() == null ? null
                : json.getSchema().getRef().substring(json.getSchema().getRef().lastIndexOf('/') + 1);
    }

    private static void nested(Collection<?> values, Deque<Schema> pending) {
        for (Object value : values) {
            if (value instanceof Schema schema) {
                pending.push(schema);
            } else if (value instanceof Collection<?> collection) {
                nested(collection, pending);
            } else if (value instanceof Map<?, ?> map) {
                nested(map.values(), pending);
            }
        }
    }

    private static void parameter(Parameter parameter, Deque<Schema> pending) {
        if (parameter.getSchema() != null) {
            pending.push(parameter.getSchema());
        }
        content(parameter.getContent(), pending);
    }

    private static void response(APIResponse response, Deque<Schema> pending) {
        content(response.getContent(), pending);
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(h -> header(h, pending));
        }
    }

    private static void header(Header header, Deque<Schema> pending) {
        if (header.getSchema() != null) {
            pending.push(header.getSchema());
        }
    }

    private static void content(Content content, Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(m -> m.getSchema() != null)
                    .forEach(m -> pending.push(m.getSchema()));
        }
    }

    static List<OperationRef> operations(OpenAPI openAPI) {
        List<OperationRef> operations = new ArrayList<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return operations;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> operations.add(new OperationRef(path, method, operation))));
        return operations;
    }

    record OperationRef(String path, PathItem.HttpMethod method, Operation operation) {
    }
}
