package org.giswatch.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks an OpenAPI 3.1 document for what API consumers' tools (Spectral's {@code spectral:oas}, Redocly's
 * {@code recommended}, openapi-typescript) reject or mistype, so {@code ./mvnw verify} fails before they would:
 * parameters without a schema, operations without {@code security}, no {@code servers}, examples that do not match
 * their schema (with formats asserted), responses without the RateLimit headers, schemas the document does not use,
 * vocabularies written as regex patterns instead of enums, JSON responses that share their status with other media
 * types (a typed client then sees a union), request bodies without an example, path parameters that are not
 * strings, 429 and 503 without {@code Retry-After}, and dangling {@code $ref}s.
 */
public final class OpenApiLint {

    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    private static final Pattern ALTERNATIVES = Pattern.compile("^\\^\\([a-z0-9-]+(\\|[a-z0-9-]+)+\\)\\$$");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode document;
    private final List<String> problems = new ArrayList<>();

    private OpenApiLint(JsonNode document) {
        this.document = document;
    }

    /** The problems found in the document; empty when it is fit for consumers. */
    public static List<String> check(JsonNode document) {
        OpenApiLint lint = new OpenApiLint(document);
        lint.run();
        return lint.problems;
    }

    public static List<String> check(Path file) {
        try {
            return check(YAML.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private void run() {
        if (!document.path("openapi").asText().startsWith("3.1.")) {
            problems.add("openapi: must be 3.1.x");
        }
        if (!document.path("servers").isArray() || document.path("servers").isEmpty()) {
            problems.add("servers: none declared");
        }
        Set<String> schemes = new HashSet<>();
        document.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        boolean globalSecurity = document.has("security");
        Set<String> operationIds = new HashSet<>();
        fields(document.path("paths"), (path, item) -> fields(item, (method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            if (!operationIds.add(operation.path("operationId").asText(where))) {
                problems.add(where + ": operationId " + operation.path("operationId").asText() + " is not unique");
            }
            if (!globalSecurity && !operation.has("security")) {
                problems.add(where + ": no security (use security: [] for an anonymous operation)");
            }
            for (JsonNode requirement : operation.path("security")) {
                requirement.fieldNames().forEachRemaining(name -> {
                    if (!schemes.contains(name)) {
                        problems.add(where + ": security scheme " + name + " is not defined");
                    }
                });
            }
            Set<String> pathParameters = new LinkedHashSet<>();
            List<JsonNode> parameters = new ArrayList<>();
            item.path("parameters").forEach(parameters::add);
            operation.path("parameters").forEach(parameters::add);
            for (JsonNode reference : parameters) {
                JsonNode parameter = resolve(reference, where);
                String name = where + " parameter " + parameter.path("name").asText();
                if (!parameter.has("schema") && !parameter.has("content")) {
                    problems.add(name + ": neither schema nor content");
                }
                if ("path".equals(parameter.path("in").asText())) {
                    pathParameters.add(parameter.path("name").asText());
                    if (!"string".equals(parameter.path("schema").path("type").asText("string"))) {
                        // Clients that fill templates generically (openapi-fetch's typed paths) pass strings.
                        problems.add(name + ": a path parameter is text; declare it a string (with a pattern)");
                    }
                }
                if (parameter.has("example") && parameter.has("schema")) {
                    validate(name + " example", parameter.path("schema"), parameter.path("example"));
                }
            }
            Matcher matcher = PATH_PARAMETER.matcher(path);
            Set<String> templated = new LinkedHashSet<>();
            while (matcher.find()) {
                templated.add(matcher.group(1));
            }
            if (!templated.equals(pathParameters)) {
                problems.add(where + ": path parameters " + pathParameters + " do not match the template " + templated);
            }
            JsonNode body = resolve(operation.path("requestBody"), where);
            fields(body.path("content"), (type, media) -> {
                if (!media.has("example") && !media.has("examples")) {
                    problems.add(where + " request body " + type + ": no example");
                }
                mediaExamples(where + " request body " + type, media);
            });
            fields(operation.path("responses"), (status, response) -> {
                JsonNode content = resolve(response, where).path("content");
                if (status.startsWith("2") && content.has("application/json") && content.size() > 1) {
                    problems.add(where + " " + status + ": application/json shares the response with " + names(content)
                            + "; a typed client sees a union (give the other formats their own operation)");
                }
                checkResponse(where + " " + status, response);
                if ((status.equals("429") || status.equals("503"))
                        && !resolve(response, where).path("headers").has("Retry-After")) {
                    problems.add(where + " " + status + ": does not declare the Retry-After header");
                }
            });
        }));
        fields(document.path("components").path("responses"), (name, response) -> checkResponse("response " + name, response));
        fields(document.path("components").path("schemas"), (name, schema) -> checkSchema("schema " + name, schema));
        unusedSchemas();
        danglingReferences(document, "");
    }

    private void checkResponse(String where, JsonNode response) {
        if (response.has("$ref")) {
            resolve(response, where);
            return;
        }
        for (String header : RATE_LIMIT_HEADERS) {
            if (!response.path("headers").has(header)) {
                problems.add(where + ": does not declare the " + header + " header");
            }
        }
        fields(response.path("headers"), (name, header) -> {
            JsonNode resolved = resolve(header, where);
            if (!resolved.has("schema") && !resolved.has("content")) {
                problems.add(where + " header " + name + ": neither schema nor content");
            }
        });
        fields(response.path("content"), (type, media) -> mediaExamples(where + " " + type, media));
    }

    private void mediaExamples(String where, JsonNode media) {
        if (media.has("example") && media.has("schema")) {
            validate(where + " example", media.path("schema"), media.path("example"));
        }
        fields(media.path("examples"), (name, example) -> {
            if (example.has("value") && media.has("schema")) {
                validate(where + " example " + name, media.path("schema"), example.path("value"));
            }
        });
    }

    private void checkSchema(String where, JsonNode schema) {
        if (schema.isObject()) {
            if (schema.has("pattern") && ALTERNATIVES.matcher(schema.path("pattern").asText()).matches()) {
                problems.add(where + ": pattern " + schema.path("pattern").asText() + " lists values; declare an enum");
            }
            if (schema.has("examples") && schema.path("examples").isArray() && !schema.has("$ref")) {
                for (JsonNode example : schema.path("examples")) {
                    validate(where + " example", schema, example);
                }
            }
            if (schema.has("example")) {
                problems.add(where + ": 'example' is deprecated in OpenAPI 3.1 schemas; use 'examples'");
            }
            fields(schema, (key, value) -> {
                if (key.equals("properties") || key.equals("$defs") || key.equals("patternProperties")) {
                    fields(value, (name, property) -> checkSchema(where + "." + name, property));
                } else if (Set.of("items", "not", "additionalProperties", "contains").contains(key)) {
                    checkSchema(where + "." + key, value);
                } else if (Set.of("allOf", "anyOf", "oneOf", "prefixItems").contains(key)) {
                    value.forEach(s -> checkSchema(where + "." + key, s));
                }
            });
        }
    }

    private void validate(String where, JsonNode schema, JsonNode instance) {
        // The schema is evaluated inside a copy of the document, so its #/components/... references resolve.
        ObjectNode root = ((ObjectNode) document).deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("allOf", root.arrayNode().add(schema));
        root.remove(List.of("openapi", "paths", "info", "servers", "tags", "security", "webhooks"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try {
            JsonSchema compiled = SCHEMAS.getSchema(root, config);
            for (ValidationMessage message : compiled.validate(instance)) {
                problems.add(where + ": " + message.getMessage());
            }
        } catch (RuntimeException e) {
            problems.add(where + ": cannot be checked: " + e.getMessage());
        }
    }

    private void unusedSchemas() {
        Set<String> used = new HashSet<>();
        JsonNode withoutSchemas = document.deepCopy();
        ((ObjectNode) withoutSchemas.path("components")).remove("schemas");
        List<String> pending = new ArrayList<>(references(withoutSchemas));
        while (!pending.isEmpty()) {
            String ref = pending.remove(pending.size() - 1);
            if (ref.startsWith("#/components/schemas/") && used.add(ref)) {
                pending.addAll(references(document.at(ref.substring(1))));
            }
        }
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!used.contains("#/components/schemas/" + name)) {
                problems.add("schema " + name + ": not used by any operation of this document");
            }
        });
    }

    private static Set<String> references(JsonNode node) {
        Set<String> refs = new LinkedHashSet<>();
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> refs.addAll(references(child)));
        return refs;
    }

    private void danglingReferences(JsonNode node, String where) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            String ref = node.path("$ref").asText();
            if (!ref.startsWith("#/") || document.at(ref.substring(1)).isMissingNode()) {
                problems.add(where + ": $ref " + ref + " does not resolve");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> children = node.fields();
        while (children.hasNext()) {
            Map.Entry<String, JsonNode> child = children.next();
            danglingReferences(child.getValue(), where + "/" + child.getKey());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                danglingReferences(node.get(i), where + "/" + i);
            }
        }
    }

    private JsonNode resolve(JsonNode node, String where) {
        for (int i = 0; i < 10 && node.path("$ref").isTextual(); i++) {
            String ref = node.path("$ref").asText();
            node = ref.startsWith("#/") ? document.at(ref.substring(1)) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return node;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static void fields(JsonNode node, BiConsumer<String, JsonNode> action) {
        node.fields().forEachRemaining(e -> action.accept(e.getKey(), e.getValue()));
    }
}
