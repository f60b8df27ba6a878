package org.giswatch.contract.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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

/**
 * The whole-document steps of {@link ProblemOpenApiFilter}: what needs every operation and schema at once (examples
 * built from the schemas, partial merge-patch schemas, dropping schemas this service does not use).
 */
final class OpenApiDocuments {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final java.util.regex.Pattern ALTERNATIVES = java.util.regex.Pattern.compile("^\\^\\(([a-z0-9-]+(?:\\|[a-z0-9-]+)*)\\)\\$$");
    private static final int MAX_DEPTH = 4;

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

    /** The 404 example names a resource of this service ("No citation with id …"), not another service's. */
    static void describeNotFound(OpenAPI openAPI) {
        APIResponse notFound = openAPI.getComponents().getResponses().get(ProblemResponses.NOT_FOUND);
        MediaType problem = notFound.getContent().getMediaType(MediaTypes.PROBLEM_JSON);
        String kind = operations(openAPI).stream()
                .filter(op -> op.path().matches("/[a-z-]+/\\{id}") && op.method() == PathItem.HttpMethod.GET)
                .map(op -> jsonSchemaName(op.operation().getResponses().getAPIResponse("200")))
                .filter(name -> name != null)
                .findFirst().orElse(null);
        if (kind == null || !(problem.getExample() instanceof Map<?, ?> example)) {
            return;
        }
        String name = kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        Map<String, Object> updated = new LinkedHashMap<>();
        example.forEach((key, value) -> updated.put(String.valueOf(key), value));
        updated.put("detail", "No " + name + " with id 'no-such-" + name + "'");
        updated.put("instance", openAPI.getPaths().getPathItems().keySet().stream()
                .filter(p -> p.matches("/[a-z-]+/\\{id}")).findFirst().orElse("/").replace("{id}", "no-such-" + name));
        problem.setExample(updated);
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
            body.getContent().getMediaTypes().forEach((type, mediaType) -> {
                Schema schema = mediaType.getSchema();
                if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMAS)) {
                    return;
                }
                String name = schema.getRef().substring(SCHEMAS.length());
                Schema target = schemas.get(name);
                if (target == null) {
                    return;
                }
                if (MediaTypes.MERGE_PATCH_JSON.equals(type)) {
                    mediaType.setSchema(OASFactory.createSchema().ref(SCHEMAS + partial(components, name, target)));
                    if (mediaType.getExample() == null) {
                        mediaType.setExample(patchExample(schemas, target));
                    }
                } else if (mediaType.getExample() == null && type.contains("json")) {
                    Object example = example(schemas, target, 0);
                    if (example != null) {
                        mediaType.setExample(example);
                    }
                }
            });
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
