package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The combination rule, checked from the served OpenAPI document: every GET operation that offers another
 * representation than JSON (in its responses, through {@code Accept} or the undocumented {@code format=} on the JSON
 * path, or as an {@code …/export/{format}} operation) is asked, for each declared query parameter, with a value of
 * that parameter, in JSON and in each representation; each answer must carry the same records as the JSON answer to
 * the same parameters, id by id and field by field where the representation has them, or be a 400 problem naming
 * the parameter. A parameter that changes no JSON answer is reported too (its value proves nothing).
 */
public final class RepresentationCombinations {

    /** The media types of the format names the API uses in {@code format=} and {@code /export/{format}}. */
    public static final Map<String, String> FORMATS = Map.of("csv", "text/csv",
            "csl-json", "application/vnd.citationstyles.csl+json", "bibtex", "application/x-bibtex",
            "ris", "application/x-research-info-systems", "bibliography", "text/x-bibliography",
            "json", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAST = "2000-01-01T00:00:00Z";
    private static final Pattern BIBTEX_ENTRY = Pattern.compile("(?m)^@[a-z]+\\{([^,\\s]+),");
    private static final Pattern RIS_LINE = Pattern.compile("(?m)^([A-Z][A-Z0-9])  - ?(.*)$");

    /** One way to ask for a representation on the JSON path: by Accept, or by {@code format=}. */
    public record Representation(String mediaType, boolean byFormatParameter) {

        public static List<Representation> both(String... formats) {
            List<Representation> all = new ArrayList<>();
            for (String format : formats) {
                all.add(new Representation(FORMATS.get(format), false));
                all.add(new Representation(FORMATS.get(format), true));
            }
            return all;
        }

        String format() {
            return FORMATS.entrySet().stream().filter(e -> e.getValue().equals(mediaType)).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
        }
    }

    /**
     * What a service adds to its document: representations its JSON paths answer beyond those documented, values
     * for parameters without a usable example, and parameters that choose only how a representation is written
     * (style, locale), which change no JSON answer.
     */
    public record Service(Map<String, List<Representation>> undocumented, Map<String, List<String>> values,
            Set<String> presentationOnly) {
    }

    private final JsonNode document;
    private final Service service;
    private final List<String> failures = new ArrayList<>();
    private final List<String> walked = new ArrayList<>();

    private RepresentationCombinations(JsonNode document, Service service) {
        this.document = document;
        this.service = service;
    }

    /** Walks the served document; answers the failures (empty when the rule holds) and what was walked. */
    public static Result check(Service service) throws IOException {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        RepresentationCombinations walk = new RepresentationCombinations(document, service);
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getValue().has("get")) {
                walk.operation(path.getKey(), path.getValue().get("get"));
            }
        }
        return new Result(walk.failures, walk.walked);
    }

    public record Result(List<String> failures, List<String> walked) {
    }

    private void operation(String path, JsonNode operation) {
        Matcher export = Pattern.compile("^(.*)/export/\\{format\\}$").matcher(path);
        String jsonPath = export.matches() ? export.group(1) : path;
        List<Representation> representations = new ArrayList<>();
        if (export.matches()) {
            for (String format : alternatives(parameter(operation, "format").path("schema").path("pattern").asText())) {
                representations.add(new Representation(FORMATS.get(format), false));
            }
        } else {
            operation.path("responses").path("200").path("content").fieldNames().forEachRemaining(type -> {
                if (!type.equals("application/json")) {
                    representations.add(new Representation(type, false));
                }
            });
            representations.addAll(service.undocumented().getOrDefault(path, List.of()));
        }
        JsonNode jsonOperation = document.path("paths").path(jsonPath).path("get");
        if (representations.isEmpty() || !jsonOperation.path("responses").path("200").path("content").has("application/json")) {
            return; // JSON only, or no JSON answer to compare with (a chapter's Markdown text): nothing to combine.
        }
        String id = operation.path("operationId").asText();
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path") && !parameter.path("name").asText().equals("format")) {
                String name = parameter.path("name").asText();
                List<String> values = service.values().getOrDefault(id + "." + name,
                        parameter.has("example") ? List.of(parameter.path("example").asText()) : List.of());
                if (values.isEmpty()) {
                    failures.add(id + ": path parameter " + name + " has no example to walk with");
                    return;
                }
                pathValues.put(name, values.get(0));
            }
        }
        List<String> names = new ArrayList<>();
        names.add(null); // No parameter at all: the representations must agree on the plain answer too.
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && !parameter.path("name").asText().equals("format")) {
                names.add(parameter.path("name").asText());
            }
        }
        for (String name : names) {
            List<String> values = name == null ? java.util.Collections.singletonList(null)
                    : values(id, name, parameter(operation, name), jsonPath, pathValues);
            boolean changesJson = false;
            Response plain = json(jsonPath, pathValues, null, null);
            for (String value : values) {
                Response json = json(jsonPath, pathValues, name, value);
                changesJson |= json.statusCode() != plain.statusCode() || !json.asString().equals(plain.asString());
                for (Representation representation : representations) {
                    String label = id + " " + (name == null ? "(no parameter)" : name + "=" + value) + " as "
                            + representation.mediaType() + (representation.byFormatParameter() ? " (format=)" : "");
                    walked.add(label);
                    Response other = representation(path, pathValues, name, value, representation, export.matches());
                    compare(label, name, json, other, representation);
                }
            }
            if (name != null && !changesJson && !service.presentationOnly().contains(name)) {
                failures.add(id + ": no value of " + name + " " + values + " changes the JSON answer; give one that does");
            }
        }
    }

    /** Values that change the JSON answer: a page of one, the next page's cursor, a past and a present instant. */
    private List<String> values(String operation, String name, JsonNode parameter, String jsonPath,
            Map<String, String> pathValues) {
        if (service.values().containsKey(operation + "." + name)) {
            return service.values().get(operation + "." + name);
        }
        switch (name) {
            case "limit":
                return List.of("1");
            case "cursor": {
                String next = json(jsonPath, pathValues, "limit", "1").path("next");
                if (next == null) {
                    return List.of();
                }
                String query = URI.create(next).getRawQuery();
                Matcher cursor = Pattern.compile("(?:^|&)cursor=([^&]*)").matcher(query);
                return cursor.find() ? List.of(java.net.URLDecoder.decode(cursor.group(1), java.nio.charset.StandardCharsets.UTF_8))
                        : List.of();
            }
            case "asOf":
                return List.of(PAST, OffsetDateTime.now(ZoneOffset.UTC).toString());
            default:
                if (service.values().containsKey(name)) {
                    return service.values().get(name);
                }
                return parameter.has("example") ? List.of(parameter.path("example").asText()) : List.of();
        }
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        return JSON.createObjectNode();
    }

    /** "^(csl-json|bibtex)$" gives csl-json and bibtex. */
    static List<String> alternatives(String pattern) {
        Matcher group = Pattern.compile("^\\^\\((.*)\\)\\$$").matcher(pattern);
        return group.matches() ? List.of(group.group(1).split("\\|")) : List.of();
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static Response json(String path, Map<String, String> pathValues, String name, String value) {
        RequestSpecification request = given().accept("application/json");
        if (name != null) {
            request.queryParam(name, value);
        }
        return request.get(fill(path, pathValues));
    }

    private static Response representation(String path, Map<String, String> pathValues, String name, String value,
            Representation representation, boolean export) {
        RequestSpecification request = given();
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        if (export) {
            values.put("format", representation.format());
        } else if (representation.byFormatParameter()) {
            request.queryParam("format", representation.format());
        } else {
            request.accept(representation.mediaType());
        }
        if (name != null) {
            request.queryParam(name, value);
        }
        return request.get(fill(path, values));
    }

    private void compare(String label, String name, Response json, Response other, Representation representation) {
        if (other.statusCode() == 400 && json.statusCode() != 400) {
            List<String> fields = other.jsonPath().getList("errors.field");
            if (name == null || fields == null || !fields.contains(name)) {
                failures.add(label + ": 400 without naming " + name + ": " + other.asString());
            }
            return;
        }
        if (json.statusCode() != other.statusCode()) {
            failures.add(label + ": JSON answers " + json.statusCode() + ", the representation " + other.statusCode());
            return;
        }
        if (json.statusCode() != 200) {
            return;
        }
        String contentType = String.valueOf(other.contentType());
        if (!contentType.startsWith(representation.mediaType())) {
            failures.add(label + ": answered " + contentType);
            return;
        }
        try {
            List<JsonNode> expected = items(json, representation.mediaType().equals("text/csv"));
            List<Map<String, String>> actual = read(representation.mediaType(), other.asString());
            if (actual.stream().allMatch(r -> r.containsKey("id"))) {
                List<String> expectedIds = expected.stream().map(i -> i.path("id").asText()).toList();
                List<String> actualIds = actual.stream().map(r -> r.get("id")).toList();
                if (!expectedIds.equals(actualIds)) {
                    failures.add(label + ": ids " + actualIds + " where JSON has " + expectedIds);
                    return;
                }
                for (int i = 0; i < expected.size(); i++) {
                    Map<String, String> flat = flatten(expected.get(i));
                    for (Map.Entry<String, String> field : actual.get(i).entrySet()) {
                        String want = flat.getOrDefault(field.getKey(), "");
                        if (!same(want, field.getValue())) {
                            failures.add(label + ": " + actualIds.get(i) + "." + field.getKey() + " is '"
                                    + field.getValue() + "' where JSON has '" + want + "'");
                        }
                    }
                }
            } else if (actual.size() != expected.size()) {
                failures.add(label + ": " + actual.size() + " entries where JSON has " + expected.size());
            }
        } catch (IOException | RuntimeException e) {
            failures.add(label + ": cannot be read as " + representation.mediaType() + " (" + e.getMessage() + "): "
                    + other.asString().substring(0, Math.min(200, other.asString().length())));
        }
    }

    /** The JSON answer's records: a page's items (all pages, for a representation that streams every row), or the item. */
    private static List<JsonNode> items(Response json, boolean allPages) throws IOException {
        JsonNode body = JSON.readTree(json.asString());
        if (!body.has("items")) {
            return List.of(body);
        }
        List<JsonNode> items = new ArrayList<>();
        body.path("items").forEach(items::add);
        for (int pages = 0; allPages && body.hasNonNull("next") && pages < 100; pages++) {
            body = JSON.readTree(given().accept("application/json").get(body.path("next").asText()).then().statusCode(200)
                    .extract().asString());
            body.path("items").forEach(items::add);
        }
        return items;
    }

    /** Each record of a representation as field → text, with "id" where the format carries it. */
    static List<Map<String, String>> read(String mediaType, String body) throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        switch (mediaType) {
            case "text/csv" -> {
                try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(body))) {
                    for (CSVRecord row : parser) {
                        records.add(new LinkedHashMap<>(row.toMap()));
                    }
                }
            }
            case "application/vnd.citationstyles.csl+json" -> {
                JsonNode csl = body.isBlank() ? JSON.createArrayNode() : JSON.readTree(body);
                for (JsonNode item : csl.isArray() ? csl : JSON.createArrayNode().add(csl)) {
                    records.add(new LinkedHashMap<>(Map.of("id", item.path("id").asText())));
                }
            }
            case "application/x-bibtex" -> {
                Matcher entry = BIBTEX_ENTRY.matcher(body);
                while (entry.find()) {
                    records.add(new LinkedHashMap<>(Map.of("id", entry.group(1))));
                }
            }
            case "application/x-research-info-systems" -> {
                Matcher line = RIS_LINE.matcher(body);
                Map<String, String> current = null;
                while (line.find()) {
                    switch (line.group(1)) {
                        case "TY" -> current = new LinkedHashMap<>();
                        case "ID" -> Objects.requireNonNull(current, "ID before TY").put("id", line.group(2).strip());
                        case "ER" -> records.add(Objects.requireNonNull(current, "ER before TY"));
                        default -> {
                        }
                    }
                }
            }
            case "text/x-bibliography" -> body.lines().filter(l -> !l.isBlank()).forEach(l -> records.add(Map.of()));
            default -> throw new IllegalArgumentException("no reader for " + mediaType);
        }
        return records;
    }

    /** A record's scalars by name: top-level ones, those of nested objects by their own name, arrays joined by ';'. */
    static Map<String, String> flatten(JsonNode item) {
        Map<String, String> flat = new LinkedHashMap<>();
        item.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                value.fields().forEachRemaining(inner -> {
                    if (inner.getValue().isValueNode()) {
                        flat.putIfAbsent(inner.getKey(), inner.getValue().asText());
                    }
                });
            } else if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.asText()));
                flat.put(field.getKey(), String.join(";", parts));
            } else {
                flat.put(field.getKey(), value.asText());
            }
        });
        return flat;
    }

    /** Equal as text, as numbers (89.90 and 89.9) or as instants (the same moment written differently). */
    static boolean same(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException notNumbers) {
            try {
                return OffsetDateTime.parse(expected).isEqual(OffsetDateTime.parse(actual));
            } catch (RuntimeException notInstants) {
                return false;
            }
        }
    }
}
