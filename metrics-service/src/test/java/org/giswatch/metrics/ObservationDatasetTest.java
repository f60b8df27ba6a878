package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The statistical exports read by independent readers: the JSON-stat dataset by jsonstat-toolkit (npm, run through
 * the system's node) and the tidy CSV by commons-csv, each into the same figures as the JSON list on the same
 * filters; parameters the exports do not take are refused, naming them.
 */
@QuarkusTest
class ObservationDatasetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path READER = Path.of("src", "test", "jsonstat");

    @BeforeAll
    static void installTheReader() throws Exception {
        if (!Files.isDirectory(READER.resolve("node_modules").resolve("jsonstat-toolkit"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), null, 300);
        }
    }

    @Test
    void jsonStatIsReadByJsonstatToolkitIntoTheValuesOfTheJsonList() throws Exception {
        for (String filters : new String[] { "", "country=kz", "indicator=internet-users", "from=2009&to=2011",
                "qualifier=approximate", "mrv=1", "subjectType=campaign", "rank=normal&subject=kz" }) {
            Map<String, String> expected = new TreeMap<>();
            boolean twoInOneCell = false;
            for (JsonNode o : list(filters)) {
                String unit = given().get("/indicators/" + o.get("indicator").asText()).jsonPath().getString("unit");
                List<String> qualifiers = new ArrayList<>();
                o.path("qualifiers").forEach(q -> qualifiers.add(q.asText()));
                twoInOneCell |= null != expected.put(o.get("indicator").asText() + " " + o.get("subjectType").asText() + ":"
                        + o.get("subject").asText() + " " + (o.has("period") ? o.get("period").asText() : "undated"),
                        new BigDecimal(o.get("value").asText()).stripTrailingZeros().toPlainString() + " "
                                + (qualifiers.isEmpty() ? null : String.join(";", qualifiers)) + " " + unit);
            }
            if (twoInOneCell) {
                // Other tests of this class's database may have added a second figure to a cell of the chapter's:
                // JSON-stat holds one value per cell, so the export refuses rather than drops one.
                given().get(path("/observations/export/json-stat", filters)).then().statusCode(409);
                continue;
            }
            String dataset = given().get(path("/observations/export/json-stat", filters)).then().statusCode(200)
                    .extract().asString();
            Map<String, String> read = new TreeMap<>();
            for (String line : run(List.of("node", "read.mjs"), dataset, 60).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode cell = JSON.readTree(line);
                read.put(cell.get("indicator").asText() + " " + cell.get("subject").asText() + " "
                        + cell.get("period").asText(),
                        new BigDecimal(cell.get("value").asText()).stripTrailingZeros().toPlainString() + " "
                                + (cell.get("status").isNull() ? null : cell.get("status").asText()) + " "
                                + cell.get("unit").asText());
            }
            assertEquals(expected, read, "filters: " + filters);
            assertTrue(filters.contains("subjectType") || filters.contains("mrv") || read.size() > 0, filters);
        }
    }

    @Test
    void tidyCsvLoadsWithItsHeaderIntoTheRowsOfTheJsonList() throws IOException {
        for (String filters : new String[] { "", "indicator=internet-users", "qualifier=approximate&to=2011" }) {
            List<JsonNode> items = list(filters);
            String csv = given().get(path("/observations/export/tidy-csv", filters)).then().statusCode(200)
                    .contentType(startsWith("text/csv")).extract().asString();
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
            assertEquals(items.size(), rows.size(), filters);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode o = items.get(i);
                CSVRecord row = rows.get(i);
                String indicator = o.get("indicator").asText();
                assertEquals(o.get("id").asText(), row.get("observation_id"));
                assertEquals(indicator, row.get("indicator_id"));
                assertEquals(given().get("/indicators/" + indicator).jsonPath().getString("name"),
                        row.get("indicator_name"));
                assertEquals(given().get("/indicators/" + indicator).jsonPath().getString("unit"), row.get("unit"));
                assertEquals("", row.get("currency"));
                String country = o.path("country").asText("");
                assertEquals(country.toUpperCase(java.util.Locale.ROOT), row.get("country_code"));
                assertEquals(country.equals("kz") ? "Kazakhstan" : "", row.get("country_name"));
                assertEquals(o.get("subjectType").asText(), row.get("subject_type"));
                assertEquals(o.get("subject").asText(), row.get("subject_id"));
                assertEquals(o.path("period").asText(""), row.get("period"));
                assertEquals(0, new BigDecimal(o.get("value").asText()).compareTo(new BigDecimal(row.get("value"))));
                assertEquals(o.path("valueText").asText(""), row.get("value_as_printed"));
                List<String> qualifiers = new ArrayList<>();
                o.path("qualifiers").forEach(q -> qualifiers.add(q.asText()));
                assertEquals(String.join(";", qualifiers), row.get("qualifiers"));
                assertEquals(o.get("source").get("citationId").asText(), row.get("citation_id"));
                assertEquals(o.get("source").path("footnote").asText(""), row.get("footnote"));
                assertEquals(o.get("source").path("passage").asText(""), row.get("passage"));
                assertEquals(o.path("note").asText(""), row.get("note"));
            }
        }
    }

    @Test
    void parametersTheExportsDoNotTakeAreRefusedByName() {
        for (String export : new String[] { "json-stat", "tidy-csv" }) {
            for (String[] refused : new String[][] { { "limit=5", "limit" }, { "cursor=abc", "cursor" },
                    { "expand=citation", "expand" }, { "asOf=2026-01-01T00:00:00Z", "asOf" }, { "format=csv", "format" },
                    { "country=zz", "country" }, { "from=2011&to=2009", "to" }, { "mrv=0", "mrv" },
                    { "qualifier=maybe", "qualifier" } }) {
                assertProblem(given().get("/observations/export/" + export + "?" + refused[0]).then(),
                        ProblemType.VALIDATION).body("errors.field", hasItem(refused[1]));
            }
        }
        // The import's round-trip CSV is still its own operation.
        given().get("/observations/export/csv").then().statusCode(200).contentType(startsWith("text/csv"));
    }

    private static String path(String path, String filters) {
        return filters.isEmpty() ? path : path + "?" + filters;
    }

    private static List<JsonNode> list(String filters) throws IOException {
        String body = given().get("/observations?limit=500&" + filters).then().statusCode(200).extract().asString();
        JsonNode page = JSON.readTree(body);
        assertTrue(page.path("next").isMissingNode(), "more than one page");
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    /** Runs a command in the reader's directory with {@code input} on stdin; its stdout, or a failure. */
    private static String run(List<String> command, String input, int seconds) throws Exception {
        Process process = new ProcessBuilder(command).directory(READER.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
            out = stdout.readAllBytes();
        }
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), command + " did not finish");
        assertEquals(0, process.exitValue(), command + " failed");
        return new String(out, StandardCharsets.UTF_8);
    }
}
