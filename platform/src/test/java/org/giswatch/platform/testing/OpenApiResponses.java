package org.giswatch.platform.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks one HTTP response against the operation of an OpenAPI 3.1 document that answered it: the status is declared,
 * every header the API sets is declared, the media type is declared, and a JSON body is valid against its schema, with
 * objects closed (a field the schema does not name is an error, so documents cannot fall behind the code).
 * <p>
 * A request that matches no operation of the document (a test-only endpoint, {@code /q/...}, an unknown path or a
 * method the path does not have) is not checked: there is nothing to check it against.
 */
public final class OpenApiResponses {

    /**
     * Headers of HTTP itself or of the whole server (CORS, security headers), which OpenAPI does not describe per
     * operation; every other header must be declared by the response.
     */
    static final Set<String> GENERIC_HEADERS = Set.of("content-type", "content-length", "transfer-encoding", "connection",
            "date", "cache-control", "vary", "content-encoding", "keep-alive", "server", "x-content-type-options",
            "referrer-policy", "x-frame-options", "strict-transport-security", "content-security-policy");
    /**
     * Answered by the request-line guard before any operation is chosen (docs/api/problems.md lists them); declaring
     * them on every operation would say nothing about the operation, so their body is checked against the shared
     * Problem schema instead.
     */
    static final Set<Integer> BEFORE_ROUTING = Set.of(414, 431);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();

    private final JsonNode document;
    private final ObjectNode closedRoot;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    public OpenApiResponses(JsonNode document) {
        this.document = document;
        this.closedRoot = JSON.createObjectNode();
        closedRoot.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        closedRoot.set("components", close(document.path("components").deepCopy()));
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(new Template(path)));
        // As Jakarta REST chooses: the template with the most literal characters wins (/changes before /{id}).
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
    }

    /** A response as the test received it. */
    public record Exchange(String method, String path, int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** What in the response the document does not declare; empty when it conforms or no operation matches. */
    public List<String> check(Exchange exchange) {
        List<String> problems = new ArrayList<>();
        String method = exchange.method().toLowerCase(Locale.ROOT);
        boolean head = method.equals("head");
        Template template = templates.stream().filter(t -> t.matches(exchange.path())).findFirst().orElse(null);
        JsonNode operation = template == null ? MissingNode.getInstance()
                : document.path("paths").path(template.path()).path(head ? "get" : method);
        if (BEFORE_ROUTING.contains(exchange.status())) {
            return beforeRouting(exchange);
        }
        if (!operation.isObject() || !METHODS.contains(method)) {
            return problems;
        }
        String where = exchange.method().toUpperCase(Locale.ROOT) + " " + template.path() + " answered "
                + exchange.status();
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.path(String.valueOf(exchange.status()));
        if (response.isMissingNode()) {
            response = responses.path(exchange.status() / 100 + "XX");
        }
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        if (response.isMissingNode()) {
            problems.add(where + ": status not declared (declared: " + names(responses) + ")");
            return problems;
        }
        response = resolve(response);
        for (String name : exchange.headers().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!GENERIC_HEADERS.contains(lower) && !lower.startsWith("access-control-") && !declared(response, name)) {
                problems.add(where + ": header " + name + " not declared");
            }
        }
        String body = exchange.body() == null ? "" : exchange.body();
        String contentType = exchange.header("Content-Type");
        if (body.isEmpty() || head) {
            return problems;
        }
        if (contentType == null) {
            problems.add(where + ": a body without Content-Type");
            return problems;
        }
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = mediaType(response.path("content"), mediaType);
        if (media == null) {
            // The formats Accept also selects on a JSON path, documented beside its typed content.
            media = mediaType(response.path("x-negotiated-content"), mediaType);
        }
        if (media == null) {
            problems.add(where + ": media type " + mediaType + " not declared (declared: " + names(response.path("content"))
                    + ")");
            return problems;
        }
        if (mediaType.endsWith("json") && media.has("schema")) {
            try {
                JsonNode instance = JSON.readTree(body);
                for (ValidationMessage message : schema(media.path("schema")).validate(instance)) {
                    problems.add(where + " " + mediaType + ": " + message.getMessage());
                }
            } catch (IOException e) {
                problems.add(where + ": the " + mediaType + " body is not JSON: " + e.getMessage());
            }
        }
        return problems;
    }

    /** Not an operation's answer, but still the API's one problem shape: checked against the Problem schema. */
    private List<String> beforeRouting(Exchange exchange) {
        List<String> problems = new ArrayList<>();
        String where = exchange.method().toUpperCase(Locale.ROOT) + " " + exchange.path() + " answered "
                + exchange.status() + " before routing";
        String contentType = exchange.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            problems.add(where + ": Content-Type " + contentType + ", not application/problem+json");
            return problems;
        }
        try {
            JsonNode instance = JSON.readTree(exchange.body());
            JsonNode problem = JSON.createObjectNode().put("$ref", "#/components/schemas/Problem");
            for (ValidationMessage message : schema(problem).validate(instance)) {
                problems.add(where + ": " + message.getMessage());
            }
        } catch (IOException e) {
            problems.add(where + ": the body is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private boolean declared(JsonNode response, String header) {
        for (Iterator<String> names = response.path("headers").fieldNames(); names.hasNext();) {
            if (names.next().equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode mediaType(JsonNode content, String mediaType) {
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext();) {
            Map.Entry<String, JsonNode> type = types.next();
            String declared = type.getKey().toLowerCase(Locale.ROOT);
            if (declared.equals(mediaType) || declared.equals("*/*")
                    || declared.endsWith("/*") && mediaType.startsWith(declared.substring(0, declared.length() - 1))) {
                return type.getValue();
            }
        }
        return null;
    }

    private JsonSchema schema(JsonNode schema) {
        return compiled.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = closedRoot.deepCopy();
            root.set("allOf", JSON.createArrayNode().add(close(schema.deepCopy())));
            return SCHEMAS.getSchema(root, CONFIG);
        });
    }

    /** Every object schema that names its properties, closed: a field it does not name is an error. */
    private static JsonNode close(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.elements().forEachRemaining(OpenApiResponses::close);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(OpenApiResponses::close);
        }
        return node;
    }

    private JsonNode resolve(JsonNode node) {
        for (int i = 0; i < 10 && node.path("$ref").isTextual(); i++) {
            node = document.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private record Template(String path, Pattern pattern, int literals) {

        Template(String path) {
            this(path, Pattern.compile(quoted(path)), path.replaceAll("\\{[^}]+}", "").length());
        }

        private static String quoted(String path) {
            StringBuilder regex = new StringBuilder();
            for (String part : path.split("(?=\\{)|(?<=})")) {
                regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
            }
            return regex.toString();
        }

        boolean matches(String requestPath) {
            return pattern.matcher(requestPath).matches();
        }
    }
}
