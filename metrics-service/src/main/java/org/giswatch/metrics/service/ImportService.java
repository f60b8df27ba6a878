package org.giswatch.metrics.service;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.giswatch.metrics.domain.ObservationCopy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;


/**
 * Bulk import of observations, streamed (the platform's RecordImport keeps the Idempotency-Key and the shared row
 * checks): in one transaction each row is parsed, validated and normalised as it is read; every {@value #CHUNK_ROWS}
 * valid rows have their references checked (each target asked once per import) and are written set-based, with no
 * entity per row (ObservationCopy). After the first problem nothing more is written, but every row is still checked,
 * so the client gets each problem as {@code rows[n].field}; any problem rolls the transaction back, storing nothing.
 */
@ApplicationScoped
public class ImportService {

    /** Rows per reference check and write: one id lookup and one COPY each. */
    public static final int CHUNK_ROWS = 2_000;

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
        String hash = RecordImport.bodyHash(idempotencyKey, bytes);
        var earlier = imports.replay(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return imports.store(idempotencyKey, hash, () -> {
            Stream stream = new Stream();
            parse(format, bytes, stream);
            return stream.finish();
        });
    }

    /** One import's state as its rows stream through: problems so far, the chunk being filled, the writer. */
    private final class Stream {
        private final List<FieldError> errors = new ArrayList<>();
        private final List<FieldError> referenceErrors = new ArrayList<>();
        private final List<String> deletions = new ArrayList<>();
        private final Map<String, Integer> firstRowOfId = new HashMap<>();
        private final ReferenceGuard.Batch referenceChecks = references.batch(ObservationService.KIND);
        private final ObservationCopy writer = observations.bulkWriter();
        private final List<Observation> chunk = new ArrayList<>(CHUNK_ROWS);
        private final List<Integer> chunkNumbers = new ArrayList<>(CHUNK_ROWS);
        private int rows;

        void error(FieldError error) {
            errors.add(error);
        }

        void deletion(String id) {
            deletions.add(id);
        }

        /** A parsed row: validated and normalised now, checked and written with its chunk. */
        void row(int number, Observation parsed) {
            rows++;
            String prefix = "rows[" + number + "].";
            List<FieldError> rowErrors = new ArrayList<>(imports.violations(parsed, prefix));
            Integer first = parsed.id() == null ? null : firstRowOfId.putIfAbsent(parsed.id(), number);
            if (first != null) {
                rowErrors.add(new FieldError(prefix + "id", "repeats the id of row " + first));
            }
            Observation o = ObservationService.normalise(parsed, prefix, rowErrors);
            if (!rowErrors.isEmpty()) {
                rowErrors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
                errors.addAll(rowErrors);
                return;
            }
            if (errors.isEmpty()) {
                chunk.add(o);
                chunkNumbers.add(number);
                if (chunk.size() == CHUNK_ROWS) {
                    flush();
                }
            }
        }

        /** Checks the chunk's references and, while nothing is wrong, writes it. */
        private void flush() {
            if (errors.isEmpty() && !chunk.isEmpty()) {
                referenceErrors.addAll(referenceChecks.problems(chunk, i -> "rows[" + chunkNumbers.get(i) + "]."));
                if (referenceErrors.isEmpty()) {
                    writer.write(chunk);
                }
            }
            chunk.clear();
            chunkNumbers.clear();
        }

        /** Throws the problems (validation first, as a 400), else completes the writes; the counts. */
        ImportResult finish() {
            flush();
            if (rows == 0 && deletions.isEmpty() && errors.isEmpty()) {
                errors.add(new FieldError("rows", "the import contains no rows"));
            }
            if (!errors.isEmpty()) {
                throw RecordImport.rejected(ProblemType.VALIDATION, errors);
            }
            if (!deletions.isEmpty()) {
                imports.requireAdminToDelete();
            }
            if (!referenceErrors.isEmpty()) {
                throw RecordImport.rejected(ProblemType.UNPROCESSABLE, referenceErrors);
            }
            referenceChecks.throwOutage();
            ImportResult stored = writer.finish();
            int deleted = observations.remove(deletions);
            return new ImportResult(stored.rows() + deletions.size(), stored.created(), stored.updated(),
                    stored.unchanged() + deletions.size() - deleted, deleted);
        }
    }

    private void parse(RecordImport.Format format, byte[] bytes, Stream stream) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            switch (format) {
                case JSON_LINES -> {
                    BufferedReader lines = new BufferedReader(reader);
                    String line;
                    int number = 0;
                    while ((line = lines.readLine()) != null) {
                        number++;
                        if (!line.isBlank()) {
                            json(line, number, stream);
                        }
                    }
                }
                case JSON_ARRAY -> {
                    // Exact decimals: 89.90 stays 89.90, as printed. One element in memory at a time.
                    ObjectReader elements = mapper.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                            .with(JsonNodeFactory.withExactBigDecimals(true));
                    try (JsonParser parser = elements.createParser(reader)) {
                        if (parser.nextToken() != JsonToken.START_ARRAY) {
                            stream.error(new FieldError("body", "must be a JSON array of observations"));
                            return;
                        }
                        int number = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            number++;
                            JsonNode element = elements.readTree(parser);
                            json(element.toString(), number, stream);
                        }
                        if (parser.nextToken() != null) {
                            stream.error(new FieldError("body", "must be a JSON array of observations"));
                        }
                    }
                }
                case CSV -> {
                    CSVParser parser = ObservationCsv.READ.parse(reader);
                    List<FieldError> headerErrors = ObservationCsv.checkHeader(parser.getHeaderMap());
                    if (!headerErrors.isEmpty()) {
                        headerErrors.forEach(stream::error);
                        return;
                    }
                    int number = 0;
                    for (CSVRecord record : parser) {
                        number++;
                        List<FieldError> cellErrors = new ArrayList<>();
                        String deleted = ObservationCsv.deletion(record, "rows[" + number + "]", cellErrors);
                        if (deleted == null) {
                            Observation o = ObservationCsv.read(record, "rows[" + number + "].", cellErrors);
                            if (cellErrors.isEmpty()) {
                                stream.row(number, o);
                            }
                        } else if (!deleted.isEmpty()) {
                            stream.deletion(deleted);
                        }
                        cellErrors.forEach(stream::error);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            stream.error(new FieldError("body", "is not well-formed JSON"));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            stream.error(new FieldError("body", "could not be read as "
                    + format.name().toLowerCase().replace('_', ' ')));
        }
    }

    private void json(String json, int number, Stream stream) {
        try {
            // Only a row that mentions the marker is read twice.
            List<FieldError> errors = new ArrayList<>();
            String deleted = json.contains(RecordImport.DELETED)
                    ? RecordImport.deletion(mapper.readTree(json), "rows[" + number + "]", errors) : null;
            errors.forEach(stream::error);
            if (deleted != null) {
                if (!deleted.isEmpty()) {
                    stream.deletion(deleted);
                }
                return;
            }
            stream.row(number, mapper.readValue(json, Observation.class));
        } catch (JsonMappingException e) {
            String field = ProblemMappers.jsonPath(e);
            stream.error(new FieldError("rows[" + number + "]" + (field.isEmpty() ? "" : "." + field),
                    field.isEmpty() ? "is not an observation" : e instanceof UnrecognizedPropertyException
                            ? "unknown property" : "has the wrong type or format"));
        } catch (JsonProcessingException e) {
            stream.error(new FieldError("rows[" + number + "]", "is not well-formed JSON"));
        }
    }
}
