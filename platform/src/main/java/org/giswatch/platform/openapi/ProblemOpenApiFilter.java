package org.giswatch.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.openapi.ProblemResponses;
import org.giswatch.contract.problem.ProblemType;

/**
 * Adds the shared problem schema and error responses to each service's OpenAPI document, and the errors any
 * operation can answer with (406, 500, and 415 where a body is read). Registered by each service with
 * {@code mp.openapi.filter}.
 */
public class ProblemOpenApiFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String ETAG = "ETag";
    private static final Map<String, String> RATE_LIMIT_HEADERS = new LinkedHashMap<>();

    static {
        // Ordered, so the generated document is the same on every run.
        RATE_LIMIT_HEADERS.put("RateLimit-Limit", "Requests the client may make in a burst");
        RATE_LIMIT_HEADERS.put("RateLimit-Remaining", "Requests left in the client's current budget");
        RATE_LIMIT_HEADERS.put("RateLimit-Reset", "Seconds until the budget is full again");
    }

    private static final String SECURITY_SCHEME = ProblemResponses.SECURITY_SCHEME;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema("FieldError", fieldErrorSchema());
        components.addSchema("Problem", problemSchema());
        // CSL-JSON (citation-service's exports); dropped again from documents that do not use it.
        components.addSchema("CslItem", cslItemSchema());
        components.addSchema("CslItems", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                .description("CSL-JSON: a list of CSL items").items(OASFactory.createSchema().ref("#/components/schemas/CslItem")));
        RATE_LIMIT_HEADERS.forEach((name, description) -> components.addHeader(name, integerHeader(description)));
        components.addHeader(RETRY_AFTER, integerHeader("Seconds to wait before retrying"));
        components.addHeader(ETAG, OASFactory.createHeader().description("Version of the representation: send it "
                + "back in If-None-Match (304 while it is current) or, for a write, in If-Match")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        responses().forEach(components::addResponse);
        components.getResponses().get(ProblemResponses.TOO_MANY_REQUESTS)
                .addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
        components.getResponses().get(ProblemResponses.SERVICE_UNAVAILABLE)
                .addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
        components.getResponses().get(ProblemResponses.UNAUTHORIZED).addHeader("WWW-Authenticate",
                OASFactory.createHeader().description("Bearer, with the reason when a token was sent (RFC 6750)")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                // Any operation refuses a query parameter it does not declare (StrictQueryParameters), and an
                // invalid or expired token, even on a read.
                addIfAbsent(operation, "400", ProblemResponses.BAD_REQUEST);
                addIfAbsent(operation, "401", ProblemResponses.UNAUTHORIZED);
                addIfAbsent(operation, "406", ProblemResponses.NOT_ACCEPTABLE);
                addIfAbsent(operation, "429", ProblemResponses.TOO_MANY_REQUESTS);
                addIfAbsent(operation, "500", ProblemResponses.INTERNAL);
                if (!ProblemResponses.WITHOUT_DATABASE.contains(operation.getOperationId())) {
                    // The database down, restarting or failing over is a 503 with Retry-After, never a 500.
                    addIfAbsent(operation, "503", ProblemResponses.SERVICE_UNAVAILABLE);
                }
                if (operation.getRequestBody() != null) {
                    addIfAbsent(operation, "413", ProblemResponses.PAYLOAD_TOO_LARGE);
                    addIfAbsent(operation, "415", ProblemResponses.UNSUPPORTED_MEDIA_TYPE);
                }
                if (entry.getKey() != PathItem.HttpMethod.GET && entry.getKey() != PathItem.HttpMethod.HEAD) {
                    protect(operation, entry.getKey());
                } else if (operation.getSecurity() == null) {
                    // Reads are anonymous: said explicitly, so no linter or client guesses a token is needed.
                    operation.setSecurity(new ArrayList<>());
                } else if (!operation.getSecurity().isEmpty()) {
                    // The one protected read, the integrity report, is for admins. (Set here: SmallRye puts an
                    // @Extension next to @APIResponse annotations among the responses, not on the operation.)
                    operation.addExtension("x-required-roles", List.of("admin"));
                }
                declareETag(operation, entry.getKey());
                // Every answer of the API carries the client's rate-limit budget.
                operation.getResponses().getAPIResponses().values().forEach(ProblemOpenApiFilter::addRateLimitHeaders);
            }
        }
        components.getResponses().values().forEach(ProblemOpenApiFilter::addRateLimitHeaders);
        OpenApiDocuments.forEachSchema(openAPI, ProblemOpenApiFilter::enumFromPattern);
        OpenApiDocuments.describeNotFound(openAPI);
        OpenApiDocuments.addRequestExamples(openAPI);
        OpenApiDocuments.declareNegotiatedFormats(openAPI);
        OpenApiDocuments.removeUnusedSchemas(openAPI);
    }

    /** A header parameter must have a schema (If-Match is declared with a description and example only). */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getRef() == null && parameter.getSchema() == null && parameter.getContent() == null) {
            parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        }
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.PATH && schema != null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            // A path segment is text. Declared as a digit string, every segment of every path is a string to a
            // client that fills in templates generically, and a generated client never formats a number oddly.
            boolean positive = schema.getMinimum() != null && schema.getMinimum().signum() > 0;
            schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .pattern(positive ? "^[1-9][0-9]{0,9}$" : "^[0-9]{1,10}$").maxLength(10);
            parameter.setSchema(schema);
            if (parameter.getExample() != null) {
                parameter.setExample(String.valueOf(parameter.getExample()));
            }
            return parameter;
        }
        if (parameter.getExample() instanceof String example && schema != null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.INTEGER) && example.matches("-?\\d{1,18}")) {
            // Annotation examples are strings; an integer parameter's example must be a number to be valid.
            parameter.setExample(Long.parseLong(example));
        }
        return parameter;
    }

    /**
     * Bean Validation's {@code @Pattern("^(a|b|c)$")} is how the contract closes a vocabulary; clients understand
     * that only as an {@code enum}, so a pattern that is a plain list of alternatives becomes one.
     */
    private static void enumFromPattern(Schema schema) {
        List<String> values = OpenApiDocuments.alternatives(schema.getPattern());
        if (values != null && schema.getEnumeration() == null) {
            schema.setEnumeration(new ArrayList<>(values));
        }
        // The pattern repeats the enum (a DTO may declare both): drop it so clients see one closed vocabulary.
        if (values != null && schema.getEnumeration() != null
                && new java.util.HashSet<>(schema.getEnumeration()).equals(new java.util.HashSet<Object>(values))) {
            schema.setPattern(null);
        }
    }

    /**
     * Every read is conditional: its answer carries an ETag and If-None-Match makes it a 304 (carrying the ETag too).
     * Every write that returns the record carries its new ETag, the value a client sends back in If-Match.
     */
    private static void declareETag(Operation operation, PathItem.HttpMethod method) {
        APIResponses responses = operation.getResponses();
        List<APIResponse> tagged = new ArrayList<>();
        if (method == PathItem.HttpMethod.GET) {
            if (!responses.hasAPIResponse("304")) {
                responses.addAPIResponse("304", OASFactory.createAPIResponse()
                        .description("Not modified since the ETag in If-None-Match"));
            }
            tagged.add(responses.getAPIResponse("200"));
            tagged.add(responses.getAPIResponse("304"));
        } else if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            tagged.add(responses.getAPIResponse("200"));
        } else if (method == PathItem.HttpMethod.POST) {
            tagged.add(responses.getAPIResponse("201"));
        }
        tagged.stream().filter(r -> r != null && r.getRef() == null)
                .filter(r -> r.getHeaders() == null || r.getHeaders().keySet().stream().noneMatch(ETAG::equalsIgnoreCase))
                .forEach(r -> r.addHeader(ETAG, OASFactory.createHeader().ref(ETAG)));
    }

    private static void addRateLimitHeaders(APIResponse response) {
        if (response.getRef() == null) {
            RATE_LIMIT_HEADERS.keySet().forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
        }
    }

    /**
     * Every write needs a bearer token (the services enforce this with one HTTP permission for all non-GET methods):
     * POST, PUT and PATCH need the role editor or admin; DELETE and imports need admin.
     */
    private static void protect(Operation operation, PathItem.HttpMethod method) {
        boolean admin = method == PathItem.HttpMethod.DELETE
                || (operation.getOperationId() != null && operation.getOperationId().startsWith("import"));
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        operation.addExtension("x-required-roles", admin ? List.of("admin") : List.of("editor", "admin"));
        addIfAbsent(operation, "401", ProblemResponses.UNAUTHORIZED);
        addIfAbsent(operation, "403", ProblemResponses.FORBIDDEN);
    }

    private static void addIfAbsent(Operation operation, String code, String ref) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static Map<String, APIResponse> responses() {
        Map<String, APIResponse> responses = new LinkedHashMap<>();
        responses.put(ProblemResponses.BAD_REQUEST, problem(ProblemType.VALIDATION,
                "Malformed body, invalid field, parameter or id", "Validation failed for 1 field(s)"));
        responses.put(ProblemResponses.UNAUTHORIZED, problem(ProblemType.UNAUTHORIZED,
                "Missing or invalid bearer token", "A valid bearer token is required"));
        responses.put(ProblemResponses.FORBIDDEN, problem(ProblemType.FORBIDDEN,
                "The token lacks the required role", "This operation requires the role 'editor'"));
        // The details are set per service from its own resources (OpenApiDocuments.describeNotFound).
        responses.put(ProblemResponses.NOT_FOUND, problem(ProblemType.NOT_FOUND, "No such resource", "No such resource"));
        responses.put(ProblemResponses.GONE, problem(ProblemType.GONE,
                "The record was deleted; its versions are still readable", "The record was deleted"));
        responses.put(ProblemResponses.NOT_ACCEPTABLE, problem(ProblemType.NOT_ACCEPTABLE,
                "None of the media types in Accept can be produced", "Cannot produce image/png"));
        responses.put(ProblemResponses.CONFLICT, problem(ProblemType.CONFLICT,
                "The resource already exists", "A country with id 'kz' already exists"));
        responses.put(ProblemResponses.PRECONDITION_FAILED, problem(ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current ETag", "The resource was changed since you read it"));
        responses.put(ProblemResponses.PAYLOAD_TOO_LARGE, problem(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body exceeds the limit", "The request body exceeds 1048576 bytes"));
        responses.put(ProblemResponses.UNSUPPORTED_MEDIA_TYPE, problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The request body's media type is not accepted", "Cannot consume text/plain"));
        responses.put(ProblemResponses.UNPROCESSABLE, problem(ProblemType.UNPROCESSABLE,
                "A referenced resource does not exist", "Unknown reference"));
        responses.put(ProblemResponses.PRECONDITION_REQUIRED, problem(ProblemType.PRECONDITION_REQUIRED,
                "If-Match is required", "Send If-Match with the ETag you read"));
        responses.put(ProblemResponses.TOO_MANY_REQUESTS, problem(ProblemType.TOO_MANY_REQUESTS,
                "Rate limit exceeded", "Too many requests; retry after 1 second(s)"));
        responses.put(ProblemResponses.INTERNAL, problem(ProblemType.INTERNAL,
                "Unexpected error", "An unexpected error occurred; reference 3f2a9c1e"));
        responses.put(ProblemResponses.SERVICE_UNAVAILABLE, problem(ProblemType.DEPENDENCY_UNAVAILABLE,
                "The database or a service this operation depends on is unavailable; retry after Retry-After seconds",
                "The database is unavailable; retry later"));
        return responses;
    }

    private static APIResponse problem(ProblemType type, String description, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", detail);
        MediaType mediaType = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                .example(example);
        Content content = OASFactory.createContent().addMediaType(MediaTypes.PROBLEM_JSON, mediaType);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    /** Mirrors {@link org.giswatch.contract.problem.Problem}; ProblemSchemaTest keeps the two in step. */
    static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. Every error response of every service has this shape.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("Stable URI identifying the problem type").format("uri"))
                .addProperty("title", string("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").description("HTTP status code"))
                .addProperty("detail", string("Explanation specific to this occurrence"))
                .addProperty("instance", string("The request path this occurrence happened on").format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("One entry per invalid field, for validation problems")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("referrers", OASFactory.createSchema().ref("#/components/schemas/Referrers")
                        .description("For a refused delete (409): the records that still refer to it"));
    }

    /** The CSL-JSON item as citeproc processors read it; only id and type are required by CSL. */
    static Schema cslItemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)")
                .externalDocs(OASFactory.createExternalDocumentation()
                        .url("https://github.com/citation-style-language/schema/blob/master/schemas/input/csl-data.json"))
                .required(List.of("id", "type"))
                .addProperty("id", string("The citation id"))
                .addProperty("type", string("CSL item type, for example article-newspaper, report, chapter"))
                .addProperty("title", string("Title"))
                .addProperty("language", string("BCP 47 language of the title"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .required(List.of("field", "message"))
                .addProperty("field", string("JSON path of the field in the body, or the name of the parameter"))
                .addProperty("message", string("What is wrong with it"));
    }

    private static Header integerHeader(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
