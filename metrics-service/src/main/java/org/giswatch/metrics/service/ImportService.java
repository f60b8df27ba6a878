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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

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
import org.giswatch.metrics.domain.IndicatorEntity;
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
 * checks). A reader thread parses, validates and normalises the rows and hands every {@value #CHUNK_ROWS} valid ones
 * over; the request's thread, in the import's transaction, checks each chunk's references (each target asked once
 * per import) and writes it set-based, with no entity per row (ObservationCopy), while the next chunk is read. After
 * the first problem nothing more is handed over or written, but every row is still checked, so the client gets each
 * problem as {@code rows[n].field}; any problem rolls the transaction back, storing nothing.
 */
@ApplicationScoped
public class ImportService {

    /** Rows per reference check and write: one id lookup and one COPY each. */
    public static final int CHUNK_ROWS = 2_000;
    /** Chunks read ahead of the writer: enough to keep both busy, few enough to bound the memory. */
    private static final int CHUNKS_AHEAD = 2;

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
            FutureTask<Void> reading = new FutureTask<>(() -> {
                try {
                    parse(format, bytes, stream);
                } finally {
                    stream.end();
                }
                return null;
            });
            // A thread of its own, not a pool's: a reader waiting for a pool thread while every pool thread is a
            // writer waiting for its reader would never finish.
            Thread reader = new Thread(reading, "observation-import-reader");
            reader.setDaemon(true);
            reader.start();
            return stream.write(reading);
        });
    }

    /**
     * One import as its rows stream through. The reader thread owns the rows' problems, deletions and ids and hands
     * chunks over through a bounded queue; the writing thread owns the reference checks and the writer, and reads the
     * reader's state only after the reader has finished (its Future: a happens-before edge).
     */
    private final class Stream {
        /** Marks the end of the chunks. */
        private static final Chunk END = new Chunk(List.of(), List.of());

        private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        // The reader's.
        private final List<FieldError> errors = new ArrayList<>();
        private final List<String> deletions = new ArrayList<>();
        private final RecordImport.RowChecks rowChecks = imports.rowChecks();
        private List<Observation> chunk = new ArrayList<>(CHUNK_ROWS);
        private List<Integer> chunkNumbers = new ArrayList<>(CHUNK_ROWS);
        private int rows;
        // The writer's.
        private final List<FieldError> referenceErrors = new ArrayList<>();
        private final ReferenceGuard.Batch referenceChecks = references.batch(ObservationService.KIND);
        private final ObservationCopy writer = observations.bulkWriter();
        /** The indicators of the rows, each read once (for the unit rule). */
        private final Map<String, IndicatorEntity> indicators = new HashMap<>();

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
            List<FieldError> rowErrors = rowChecks.problems(parsed, parsed.id(), number);
            Observation o = ObservationService.normalise(parsed, prefix, rowErrors);
            if (!rowErrors.isEmpty()) {
                RecordImport.sortRowProblems(rowErrors);
                errors.addAll(rowErrors);
                return;
            }
            if (errors.isEmpty()) {
                chunk.add(o);
                chunkNumbers.add(number);
                if (chunk.size() == CHUNK_ROWS) {
                    handOver();
                }
            }
        }

        /** The reader's last step, also after a failure: the last chunk (while nothing is wrong), then the end. */
        void end() {
            try {
                handOver();
                chunks.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ImportCancelled e) {
                // The writer stopped first; it does not wait for the end.
            }
        }

        private void handOver() {
            if (errors.isEmpty() && !chunk.isEmpty()) {
                try {
                    chunks.put(new Chunk(chunk, chunkNumbers));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ImportCancelled();
                }
            }
            chunk = new ArrayList<>(CHUNK_ROWS);
            chunkNumbers = new ArrayList<>(CHUNK_ROWS);
        }

        /**
         * The writing thread: checks and writes each chunk while nothing is wrong, then throws the problems
         * (validation first, as a 400) or completes the writes; the counts.
         */
        ImportResult write(Future<?> reading) {
            try {
                for (Chunk next = nextChunk(reading); next != END; next = nextChunk(reading)) {
                    List<Integer> numbers = next.numbers();
                    referenceErrors.addAll(referenceChecks.problems(next.rows(), i -> "rows[" + numbers.get(i) + "]."));
                    List<Observation> withUnits = withUnits(next.rows(), numbers);
                    if (referenceErrors.isEmpty()) {
                        writer.write(withUnits);
                    }
                }
                reading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException("The import could not be read", e.getCause());
            } finally {
                // A failed write stops the reader (it may wait to hand over a chunk).
                reading.cancel(true);
            }
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

        /** The rows with their indicators' units; what breaks the unit rule is a 422 of its row, as references are. */
        private List<Observation> withUnits(List<Observation> rows, List<Integer> numbers) {
            List<Observation> checked = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Observation o = rows.get(i);
                IndicatorEntity indicator = indicators.computeIfAbsent(o.indicator(),
                        id -> IndicatorEntity.findByIdOptional(id).orElse(null));
                checked.add(UnitRule.apply(o, indicator, "rows[" + numbers.get(i) + "].", referenceErrors));
            }
            return checked;
        }

        /** The reader's next chunk; END also when the reader has finished without handing END over (it failed). */
        private Chunk nextChunk(Future<?> reading) throws InterruptedException {
            while (true) {
                Chunk next = chunks.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                if (reading.isDone() && chunks.isEmpty()) {
                    return END;
                }
            }
        }
    }

    /** Valid rows handed from the reader to the writer, with their row numbers. */
    private record Chunk(List<Observation> rows, List<Integer> numbers) {
    }

    /** The reader stops because the writer did. */
    private static final class ImportCancelled extends RuntimeException {
        ImportCancelled() {
            super(null, null, false, false);
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
