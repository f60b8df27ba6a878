package org.giswatch.platform.record;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.MediaType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.problem.ProblemMappers;
import org.hibernate.validator.HibernateValidatorFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bulk import into any collection: JSON array, JSON Lines or CSV. Every row is parsed and validated first, then all
 * are stored in one transaction through the kind's lifecycle; any failure stores nothing and reports each problem
 * as {@code rows[n].field}. A row {@code {"id": "…", "_deleted": true}} (CSV: a {@code _deleted} column) deletes;
 * deleting needs the role admin. An Idempotency-Key makes retries safe, also when two arrive at once.
 */
@ApplicationScoped
public class RecordImport {

    /** The property (JSON) or column (CSV) that marks a row as a deletion. */
    public static final String DELETED = "_deleted";

    public enum Format {
        JSON_LINES, CSV, JSON_ARRAY;

        public static Format of(MediaType type) {
            if (type != null && type.isCompatible(MediaType.valueOf(MediaTypes.JSON_LINES))) {
                return JSON_LINES;
            }
            return type != null && type.isCompatible(MediaType.valueOf(MediaTypes.TEXT_CSV)) ? CSV : JSON_ARRAY;
        }
    }

    /** What an import did, and whether it is the replay of an earlier request with the same Idempotency-Key. */
    public record Outcome(ImportResult result, boolean replayed) {
    }

    /** A parsed row and its number as the client counts it (line, record after the CSV header, array position). */
    public record Row<D>(int number, String id, D record) {

        public boolean deletion() {
            return record == null;
        }
    }

    private static final TraversableResolver ALL_REACHABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    };
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private final ObjectMapper mapper;
    private final Validator validator;
    private final RecordService records;
    private final EntityManager em;
    private final SecurityIdentity identity;

    public RecordImport(ObjectMapper mapper, ValidatorFactory validators, RecordService records, EntityManager em,
            SecurityIdentity identity) {
        this.mapper = mapper;
        // Rows are DTOs, not entities: the JPA-aware default resolver (which asks Hibernate whether every property
        // is loaded, about a third of validation's time) has nothing to decide.
        this.validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(ALL_REACHABLE).enableTraversableResolverResultCache(false).getValidator();
        this.records = records;
        this.em = em;
        this.identity = identity;
    }

    public <D extends ApiRecord<D>, E extends RecordEntity<D>> Outcome run(RecordKind<D, E> kind, MediaType type,
            InputStream body, String idempotencyKey) {
        byte[] bytes = read(body);
        String hash = bodyHash(idempotencyKey, bytes);
        Optional<Outcome> earlier = replay(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<FieldError> errors = new ArrayList<>();
        List<Row<D>> rows = parse(kind.recordType(), Format.of(type), bytes, errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("rows", "the import contains no rows"));
        }
        if (!errors.isEmpty()) {
            throw rejected(ProblemType.VALIDATION, errors);
        }
        if (rows.stream().anyMatch(Row::deletion)) {
            requireAdminToDelete();
        }
        return store(idempotencyKey, hash, () -> {
            int[] counts = new int[UpsertOutcome.values().length];
            List<FieldError> rowErrors = new ArrayList<>();
            for (Row<D> row : rows) {
                try {
                    UpsertOutcome outcome = row.deletion()
                            ? (records.remove(kind, row.id()) ? UpsertOutcome.DELETED : UpsertOutcome.UNCHANGED)
                            : records.upsert(kind, row.record());
                    counts[outcome.ordinal()]++;
                } catch (ApiException e) {
                    if (e.type() == ProblemType.DEPENDENCY_UNAVAILABLE) {
                        // Not the row's fault: the whole import is a 503, nothing stored, retry later.
                        throw e;
                    }
                    // Earlier rows are flushed; only this row's half-applied state is dropped.
                    em.clear();
                    String prefix = "rows[" + row.number() + "]";
                    if (e.errors().isEmpty()) {
                        rowErrors.add(new FieldError(prefix, e.getMessage()));
                    }
                    e.errors().forEach(f -> rowErrors.add(new FieldError(prefix + "." + f.field(), f.message())));
                }
            }
            if (!rowErrors.isEmpty()) {
                throw rejected(ProblemType.UNPROCESSABLE, rowErrors);
            }
            return new ImportResult(rows.size(), counts[UpsertOutcome.CREATED.ordinal()],
                    counts[UpsertOutcome.UPDATED.ordinal()], counts[UpsertOutcome.UNCHANGED.ordinal()],
                    counts[UpsertOutcome.DELETED.ordinal()]);
        });
    }

    /** 403 unless the caller may delete (an import with deletions needs admin, one that only writes editor). */
    public void requireAdminToDelete() {
        if (!identity.hasRole("admin")) {
            throw new ApiException(ProblemType.FORBIDDEN,
                    "This import deletes records, which needs the role 'admin' ('editor' may create and update)");
        }
    }

    /**
     * The id a row deletes ({@code {"id": "…", "_deleted": true}}), or null when it is not a deletion; a deletion
     * with other properties is an error. Removes the marker from the row.
     */
    public static String deletion(JsonNode row, String prefix, List<FieldError> errors) {
        if (!(row instanceof ObjectNode object) || !object.has(DELETED)) {
            return null;
        }
        JsonNode marker = object.remove(DELETED);
        if (!(marker.asBoolean() || "true".equals(marker.asText()))) {
            return null;
        }
        String id = object.path("id").asText(null);
        if (id == null || object.size() != 1) {
            errors.add(new FieldError(prefix, "a deletion has only the properties id and " + DELETED));
            return "";
        }
        return id;
    }

    /** The stored result of an earlier import with this key; 422 when that import had another body. */
    public Optional<Outcome> replay(String idempotencyKey, String hash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return ImportRequestEntity.findByKey(idempotencyKey).map(earlier -> {
            if (!earlier.bodySha256.equals(hash)) {
                throw new ApiException(ProblemType.UNPROCESSABLE, "This Idempotency-Key was used for a different import",
                        List.of(new FieldError("Idempotency-Key", "was used for a different request body")), null);
            }
            return new Outcome(earlier.result, true);
        });
    }

    /**
     * Runs {@code write} in a new transaction that first claims the Idempotency-Key (a transaction-scoped advisory
     * lock: a concurrent import with the same key is a 409, and nothing stale is left behind by a crash), and
     * stores the result under the key with the data it describes.
     */
    public Outcome store(String idempotencyKey, String hash, Supplier<ImportResult> write) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (idempotencyKey != null) {
                Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('import'), "
                        + "hashtext(:key))").setParameter("key", idempotencyKey).getSingleResult();
                if (!Boolean.TRUE.equals(locked)) {
                    throw ApiException.conflict("An import with this Idempotency-Key is in progress; retry it when "
                            + "that one has finished to get its result");
                }
                Optional<Outcome> earlier = replay(idempotencyKey, hash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            ImportResult result = write.get();
            if (idempotencyKey != null) {
                ImportRequestEntity request = new ImportRequestEntity();
                request.idempotencyKey = idempotencyKey;
                request.bodySha256 = hash;
                request.result = result;
                request.persist();
            }
            return new Outcome(result, false);
        });
    }

    private <D> List<Row<D>> parse(Class<D> type, Format format, byte[] bytes, List<FieldError> errors) {
        List<Row<D>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            switch (format) {
                case JSON_LINES -> {
                    BufferedReader lines = new BufferedReader(reader);
                    String line;
                    int number = 0;
                    while ((line = lines.readLine()) != null) {
                        number++;
                        if (!line.isBlank()) {
                            row(type, number, json(line, number, errors), rows, errors);
                        }
                    }
                }
                case JSON_ARRAY -> {
                    // Exact decimals: 89.90 stays 89.90, as printed.
                    JsonNode array = mapper.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                            .with(JsonNodeFactory.withExactBigDecimals(true)).readTree(reader);
                    if (array == null || !array.isArray()) {
                        errors.add(new FieldError("body", "must be a JSON array of records"));
                        return List.of();
                    }
                    for (int i = 0; i < array.size(); i++) {
                        row(type, i + 1, array.get(i), rows, errors);
                    }
                }
                case CSV -> {
                    CSVParser parser = CSV.parse(reader);
                    int number = 0;
                    for (CSVRecord record : parser) {
                        number++;
                        row(type, number, csvRow(record, number, errors), rows, errors);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("body", "is not well-formed JSON"));
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new FieldError("body", "could not be read as " + format.name().toLowerCase().replace('_', ' ')));
            return List.of();
        }
        return validate(rows, errors);
    }

    /**
     * A CSV record as a JSON object: one column per top-level property; a cell holding a JSON array or object
     * (nested values such as sources) is parsed as JSON, an empty cell is absent.
     */
    private JsonNode csvRow(CSVRecord record, int number, List<FieldError> errors) {
        ObjectNode node = mapper.createObjectNode();
        for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
            String value = cell.getValue();
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (value.startsWith("[") || value.startsWith("{")) {
                try {
                    node.set(cell.getKey(), mapper.readTree(value));
                } catch (JsonProcessingException e) {
                    errors.add(new FieldError("rows[" + number + "]." + cell.getKey(), "is not well-formed JSON"));
                }
            } else {
                node.put(cell.getKey(), value);
            }
        }
        return node;
    }

    private JsonNode json(String line, int number, List<FieldError> errors) {
        try {
            return mapper.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(JsonNodeFactory.withExactBigDecimals(true)).readTree(line);
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("rows[" + number + "]", "is not well-formed JSON"));
            return null;
        }
    }

    private <D> void row(Class<D> type, int number, JsonNode node, List<Row<D>> rows, List<FieldError> errors) {
        if (node == null) {
            return;
        }
        String prefix = "rows[" + number + "]";
        if (!node.isObject()) {
            errors.add(new FieldError(prefix, "is not a JSON object"));
            return;
        }
        ObjectNode object = (ObjectNode) node;
        String deleted = deletion(object, prefix, errors);
        if (deleted != null) {
            if (!deleted.isEmpty()) {
                rows.add(new Row<>(number, deleted, null));
            }
            return;
        }
        String id = object.path("id").asText(null);
        try {
            rows.add(new Row<>(number, id, mapper.treeToValue(object, type)));
        } catch (JsonMappingException e) {
            String field = ProblemMappers.jsonPath(e);
            errors.add(new FieldError(prefix + (field.isEmpty() ? "" : "." + field), field.isEmpty()
                    ? "is not a record of this collection"
                    : e instanceof UnrecognizedPropertyException ? "unknown property" : "has the wrong type or format"));
        } catch (JsonProcessingException e) {
            errors.add(new FieldError(prefix, "is not well-formed JSON"));
        }
    }

    /** Bean Validation of every row, and no id twice. */
    private <D> List<Row<D>> validate(List<Row<D>> rows, List<FieldError> errors) {
        RowChecks checks = rowChecks();
        for (Row<D> row : rows) {
            List<FieldError> rowErrors = checks.problems(row.record(), row.id(), row.number());
            sortRowProblems(rowErrors);
            errors.addAll(rowErrors);
        }
        return rows;
    }

    /** The checks every imported row gets, for one import (metrics' streamed import uses them too). */
    public RowChecks rowChecks() {
        return new RowChecks();
    }

    /**
     * Bean Validation of a row, and no id that an earlier row of the same import had. Rows are checked in order;
     * an import may add problems of its own to the list before {@link #sortRowProblems sorting} it.
     */
    public final class RowChecks {
        private final Map<String, Integer> firstRowOfId = new HashMap<>();

        private RowChecks() {
        }

        /** The row's problems, named {@code rows[number].field}; a mutable list. {@code record} null: a deletion. */
        public <D> List<FieldError> problems(D record, String id, int number) {
            String prefix = "rows[" + number + "].";
            List<FieldError> errors = record == null ? new ArrayList<>() : violations(record, prefix);
            Integer first = id == null ? null : firstRowOfId.putIfAbsent(id, number);
            if (first != null) {
                errors.add(new FieldError(prefix + "id", "repeats the id of row " + first));
            }
            return errors;
        }
    }

    /** A row's problems in the order they are reported: by field, then message. */
    public static void sortRowProblems(List<FieldError> errors) {
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    }

    /** Bean Validation errors of one row, named {@code prefix + field}. */
    private <D> List<FieldError> violations(D row, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<D> v : validator.validate(row)) {
            errors.add(new FieldError(prefix + path(v.getPropertyPath()), v.getMessage()));
        }
        return errors;
    }

    public static ApiException rejected(ProblemType type, List<FieldError> errors) {
        return new ApiException(type, "Import rejected: " + errors.size() + " problem(s); nothing was stored",
                errors, null);
    }

    public static byte[] read(InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "The request body could not be read");
        }
    }

    /**
     * The body's SHA-256, which an Idempotency-Key is stored with; null without a key, since nothing else needs it
     * (hashing a 10 MB body is a noticeable share of an import's CPU).
     */
    public static String bodyHash(String idempotencyKey, byte[] body) {
        return idempotencyKey == null ? null : sha256(body);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && !sb.isEmpty()) {
                sb.append('[').append(node.getIndex() == null ? node.getKey() : node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.toString();
    }
}
