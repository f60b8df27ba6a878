package org.giswatch.platform.record;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.giswatch.platform.http.RenderedJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fast read path of every kind (issue 17): PostgreSQL builds a record's JSON from its row (the kind's
 * {@link RecordKind#json() projection}) and the service hands it on as bytes, with no entity, no API record and no
 * Jackson per row. The text is what the entity path writes (RecordJsonContract proves it for every kind), except
 * that the keys of objects kept as jsonb (catalog records, citations' citedIn) come in jsonb's order.
 * <p>
 * Off the transaction path (issue 30): a read takes a plain JDBC connection from the pool (Agroal), read-only, runs
 * one statement in autocommit and gives the connection back; no JTA transaction, no Hibernate session. Called inside a
 * transaction (a write that reads back), the pool hands out that transaction's connection, so the read sees its
 * writes.
 */
@ApplicationScoped
public class RecordJson {

    /** The audit object (contract Audit) from the audited columns every table has; api_audit is in db/platform V3. */
    public static final String AUDIT = "api_audit(r.created_at, r.created_by, r.updated_at, r.updated_by)";

    /**
     * One row: its JSON (UTF-8, as PostgreSQL sent it), what its ETags are made of, and the values of the list's
     * sort columns as text (its cursor).
     */
    public record Row(byte[] json, String id, long version, OffsetDateTime updatedAt, List<String> sortKey) {

        public String text() {
            return new String(json, StandardCharsets.UTF_8);
        }

        /** The record as a response body with its item ETag. */
        public RenderedJson rendered() {
            return new RenderedJson(json, ETags.item(version), null);
        }
    }

    private static final byte[] ITEMS = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT = ",\"next\":".getBytes(StandardCharsets.US_ASCII);

    private final DataSource dataSource;
    /** The item select of each kind, built once: it is on the path of every cold item read. */
    private final Map<RecordKind<?, ?>, String> itemSql = new ConcurrentHashMap<>();

    public RecordJson(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A json_build_object of the row {@code r} in the given key order, ending with the audit. A field is a record
     * component whose column is its snake_case name ("authorType" reads r.author_type), or "name=SQL expression".
     */
    public static String object(String... fields) {
        List<String> arguments = new ArrayList<>();
        for (String field : fields) {
            int split = field.indexOf('=');
            String name = split < 0 ? field : field.substring(0, split);
            arguments.add("'" + name + "'");
            arguments.add(split < 0 ? "r." + snakeCase(name) : field.substring(split + 1));
        }
        arguments.add("'audit'");
        arguments.add(AUDIT);
        return "json_build_object(" + String.join(", ", arguments) + ")";
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A page of rows from the fast read path (this class): the bytes Jackson writes for a {@link Page}
     * (items, then next when there is one), with each item's JSON copied as PostgreSQL sent it; the ETag and next
     * link are those of PageResponses.page for the same rows.
     */
    public static RenderedJson page(List<Row> rows, int limit, Function<Row, String> cursorOf,
            Function<Row, String> versionOf, UriInfo uri, ObjectMapper mapper) {
        PageResponses.Slice<Row> slice = PageResponses.slice(rows, limit, cursorOf, uri);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + slice.rows().size() * 512);
        out.writeBytes(ITEMS);
        for (int i = 0; i < slice.rows().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(slice.rows().get(i).json());
        }
        out.write(']');
        if (slice.next() != null) {
            out.writeBytes(NEXT);
            try {
                out.writeBytes(mapper.writeValueAsBytes(slice.next()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write the next link", e);
            }
        }
        out.write('}');
        return new RenderedJson(out.toByteArray(), slice.etag(versionOf, uri), slice.next());
    }

    /** The current row of an id, if there is one. */
    public Optional<Row> item(RecordKind<?, ?> kind, String id) {
        String sql = itemSql.computeIfAbsent(kind,
                k -> "SELECT " + select(k, Keyset.of()) + " FROM " + k.table() + " r WHERE r.id = ?");
        return rows(sql, List.of(id), 0).stream().findFirst();
    }

    /** The select list of {@link Row}s over the row {@code r}, with the sort columns of {@code order}. */
    static String select(RecordKind<?, ?> kind, Keyset order) {
        // json_strip_nulls drops nulls (every record is written NON_NULL) and prints compactly, as Jackson does.
        return "CAST(json_strip_nulls(CAST(" + kind.json() + " AS json)) AS text), r.id, r.version, r.updated_at"
                + order.columns().stream().map(c -> ", CAST(r." + c.name() + " AS text)").collect(Collectors.joining());
    }

    /**
     * Runs a select of {@link #select} with plain JDBC on a pooled connection (see the class comment): a prepared
     * statement, and the JSON column's bytes as they came. A database failure is thrown with its SQLException as the
     * cause, which the problem mapping answers (503 when the database is unavailable).
     */
    List<Row> rows(String sql, List<?> values, int sortColumns) {
        try (Connection connection = dataSource.getConnection()) {
            // Autocommit: no transaction around this read, so the connection is its own and read-only (the pool
            // resets the flag when it takes the connection back). In a transaction it is the transaction's.
            if (connection.getAutoCommit()) {
                connection.setReadOnly(true);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                List<Row> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        List<String> sortKey = new ArrayList<>(sortColumns);
                        for (int column = 5; column < 5 + sortColumns; column++) {
                            sortKey.add(result.getString(column));
                        }
                        // getBytes of a text column is the wire's UTF-8: no decoding, no String.
                        rows.add(new Row(result.getBytes(1), result.getString(2), result.getLong(3),
                                result.getObject(4, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                                sortKey));
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The read of the fast path failed: " + e.getMessage(), e);
        }
    }
}
