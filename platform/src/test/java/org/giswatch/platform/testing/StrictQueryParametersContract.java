package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the service's served OpenAPI document refuses a query parameter it does not declare (400 naming
 * it) and accepts each one it does declare. The operations are read from /q/openapi, so an operation added later is
 * probed without being listed here.
 */
public abstract class StrictQueryParametersContract {

    private static final String UNDECLARED = "undeclaredProbe";
    private static final String REFUSAL = "is not a parameter of this operation";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationRefusesAQueryParameterItDoesNotDeclare() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Operation> operations = operations();
        for (Operation operation : operations) {
            Response response = operation.request(TestRequests.admin().queryParam(UNDECLARED, "1"));
            boolean problem = response.statusCode() == 400
                    && response.contentType().startsWith("application/problem+json");
            String type = problem ? response.path("type") : null;
            List<String> fields = problem ? response.path("errors.field") : null;
            String detail = problem ? response.path("detail") : null;
            if (!problem || !ProblemType.VALIDATION.uri().toString().equals(type)
                    || !List.of(UNDECLARED).equals(fields) || !detail.contains("'" + UNDECLARED + "'")) {
                wrong.add(operation + " answered " + response.statusCode() + " " + response.asString());
            }
        }
        assertTrue(operations.size() >= 6, "too few operations in the served document: " + operations);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyReadAcceptsEachQueryParameterItDeclares() throws Exception {
        List<String> wrong = new ArrayList<>();
        int probed = 0;
        for (Operation operation : operations()) {
            if (!operation.method().equals("get")) {
                continue; // a write with a valid parameter could change data; the refusal side covers writes
            }
            for (Map.Entry<String, String> parameter : operation.queryExamples().entrySet()) {
                probed++;
                Response response = operation.request(
                        TestRequests.anonymous().queryParam(parameter.getKey(), parameter.getValue()));
                if (response.asString().contains(REFUSAL)) {
                    wrong.add(operation + "?" + parameter.getKey() + " was refused as undeclared");
                }
            }
        }
        assertTrue(probed > 0, "no declared query parameter found in the served document");
        assertEquals(List.of(), wrong);
    }

    private static List<Operation> operations() throws Exception {
        String served = given().accept("application/json").queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString();
        JsonNode document = new ObjectMapper().readTree(served);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private record Operation(String method, String template, JsonNode spec) {

        /** Path parameters get their example (or a placeholder slug); the request never reaches a lookup. */
        Response request(RequestSpecification request) {
            String path = template;
            for (JsonNode parameter : spec.path("parameters")) {
                if ("path".equals(parameter.path("in").asText())) {
                    path = path.replace("{" + parameter.path("name").asText() + "}",
                            parameter.path("example").asText("probe"));
                }
            }
            path = path.replaceAll("\\{[^}]+}", "probe");
            Iterator<String> bodyTypes = spec.path("requestBody").path("content").fieldNames();
            if (bodyTypes.hasNext()) {
                String type = bodyTypes.next();
                // Raw bytes: the filter answers before any body is read, whatever its media type.
                request = request.contentType(type)
                        .body((type.contains("json") ? "{}" : "probe").getBytes(StandardCharsets.UTF_8));
            }
            return request.header("If-Match", "\"v1\"").request(method, path);
        }

        /** Each declared query parameter with its example, or its first enum value, or "1". */
        Map<String, String> queryExamples() {
            Map<String, String> examples = new TreeMap<>();
            for (JsonNode parameter : spec.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    JsonNode enumeration = parameter.path("schema").path("enum");
                    String value = parameter.has("example") ? parameter.path("example").asText()
                            : enumeration.isArray() && !enumeration.isEmpty() ? enumeration.get(0).asText() : "1";
                    examples.put(parameter.path("name").asText(), value);
                }
            }
            return examples;
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }
}
