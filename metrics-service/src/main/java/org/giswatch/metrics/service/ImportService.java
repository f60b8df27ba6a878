package org.giswatch.metrics.service;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.platform.problem.ProblemMappers;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.integrity.ReferenceGuard;
import org.giswatch.platform.record.RecordImport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Bulk import of observations (the platform's RecordImport keeps the Idempotency-Key and the shared row checks): parse every row, validate every row, check every reference, and only then store
 * all rows in one transaction. Any failure stores nothing and reports each problem as {@code rows[n].field}.
 */
@ApplicationScoped
public class ImportService {

    private final ObjectMapper mapper;
    private final RecordImport imports;
    private final ObservationService observations;
    private final ReferenceGuard references;

    public ImportService(ObjectMapper mapper, RecordImport imports, ObservationService observations,
            ReferenceGuard references) {
        this.mapper = mapper;
        this.imports = imports;
        this.observations = observations;
        this.references = references;
    }

    /**
     * The reviewed reference-data files load while catalog-service or citation-service may be down: their references
     * to those (not their indicators) are checked by the integrity report instead (ReferenceGuard).
     */
    public RecordImport.Outcome run(RecordImport.Format format, InputStream body, String idempotencyKey) {
        byte[] bytes = RecordImport.read(body);
        String hash = RecordImport.sha256(bytes);
        var earlier = imports.replay(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }

        List<FieldError> errors = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        List<Row> parsed = parse(format, bytes, errors, deletions);
        List<Observation> rows = parsed.stream().map(Row::observation).toList();
        java.util.function.IntFunction<String> field = i -> "rows[" + parsed.get(i).number() + "].";
        if (rows.isEmpty() && deletions.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("rows", "the import contains no rows"));
        }
        if (!errors.isEmpty()) {
            throw RecordImport.rejected(ProblemType.VALIDATION, errors);
        }
        if (!deletions.isEmpty()) {
            imports.requireAdminToDelete();
        }
        // Every target is asked once, however many rows name it.
        errors.addAll(references.problems(ObservationService.KIND, rows, field));
        if (!errors.isEmpty()) {
            throw RecordImport.rejected(ProblemType.UNPROCESSABLE, errors);
        }
        return imports.store(idempotencyKey, hash, () -> {
            ImportResult stored = observations.store(rows);
            int deleted = observations.remove(deletions);
            return new ImportResult(stored.rows() + deletions.size(), stored.created(), stored.updated(),
                    stored.unchanged() + deletions.size() - deleted, deleted);
        });
    }

    /** A parsed row and its number as the client counts it (line, record after the header, array position). */
    private record Row(int number, Observation observation) {
    }

    private List<Row> parse(RecordImport.Format format, byte[] bytes, List<FieldError> errors,
            List<String> deletions) {
        List<Observation> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            switch (format) {
                case JSON_LINES -> {
                    BufferedReader lines = new BufferedReader(reader);
                    String line;
                    int number = 0;
                    while ((line = lines.readLine()) != null) {
                        number++;
                        if (!line.isBlank()) {
                            addJson(line, number, rows, rowNumbers, errors, deletions);
                        }
                    }
                }
                case JSON_ARRAY -> {
                    // Exact decimals: 89.90 stays 89.90, as printed.
                    JsonNode array = mapper.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                            .with(JsonNodeFactory.withExactBigDecimals(true)).readTree(reader);
                    if (array == null || !array.isArray()) {
                        errors.add(new FieldError("body", "must be a JSON array of observations"));
                        return List.of();
                    }
                    for (int i = 0; i < array.size(); i++) {
                        addJson(array.get(i).toString(), i + 1, rows, rowNumbers, errors, deletions);
                    }
                }
                case CSV -> {
                    CSVParser parser = ObservationCsv.READ.parse(reader);
                    List<FieldError> headerErrors = ObservationCsv.checkHeader(parser.getHeaderMap());
                    if (!headerErrors.isEmpty()) {
                        errors.addAll(headerErrors);
                        return List.of();
                    }
                    int number = 0;
                    for (CSVRecord record : parser) {
                        number++;
                        List<FieldError> cellErrors = new ArrayList<>();
                        String deleted = ObservationCsv.deletion(record, "rows[" + number + "]", cellErrors);
                        if (deleted != null) {
                            errors.addAll(cellErrors);
                            if (!deleted.isEmpty()) {
                                deletions.add(deleted);
                            }
                            continue;
                        }
                        Observation o = ObservationCsv.read(record, "rows[" + number + "].", cellErrors);
                        errors.addAll(cellErrors);
                        if (cellErrors.isEmpty()) {
                            rows.add(o);
                            rowNumbers.add(number);
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("body", "is not well-formed JSON"));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new FieldError("body", "could not be read as " + format.name().toLowerCase().replace('_', ' ')));
            return List.of();
        }
        return validate(rows, rowNumbers, errors);
    }

    private void addJson(String json, int number, List<Observation> rows, List<Integer> numbers,
            List<FieldError> errors, List<String> deletions) {
        try {
            // Only a row that mentions the marker is read twice.
            String deleted = json.contains(RecordImport.DELETED)
                    ? RecordImport.deletion(mapper.readTree(json), "rows[" + number + "]", errors) : null;
            if (deleted != null) {
                if (!deleted.isEmpty()) {
                    deletions.add(deleted);
                }
                return;
            }
            rows.add(mapper.readValue(json, Observation.class));
            numbers.add(number);
        } catch (JsonMappingException e) {
            String field = ProblemMappers.jsonPath(e);
            errors.add(new FieldError("rows[" + number + "]" + (field.isEmpty() ? "" : "." + field),
                    field.isEmpty() ? "is not an observation" : e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                            ? "unknown property" : "has the wrong type or format"));
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("rows[" + number + "]", "is not well-formed JSON"));
        }
    }

    /** Bean Validation and normalisation of every parsed row; returns the rows in their stored form. */
    private List<Row> validate(List<Observation> rows, List<Integer> numbers, List<FieldError> errors) {
        List<Row> normalised = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "rows[" + numbers.get(i) + "].";
            Observation o = rows.get(i);
            List<FieldError> rowErrors = new ArrayList<>(imports.violations(o, prefix));
            Integer first = o.id() == null ? null : firstRowOfId.putIfAbsent(o.id(), numbers.get(i));
            if (first != null) {
                rowErrors.add(new FieldError(prefix + "id", "repeats the id of row " + first));
            }
            o = ObservationService.normalise(o, prefix, rowErrors);
            rowErrors.sort(java.util.Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            errors.addAll(rowErrors);
            normalised.add(new Row(numbers.get(i), o));
        }
        return normalised;
    }
}
