package org.giswatch.platform.record;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

/**
 * The fast read path of every kind (issue 17): PostgreSQL builds a record's JSON from its row (the kind's
 * {@link RecordKind#json() projection}) and the service hands it on as bytes, with no entity, no API record and no
 * Jackson per row. The text is what the entity path writes (RecordJsonContract proves it for every kind), except
 * that the keys of objects kept as jsonb (catalog records, citations' citedIn) come in jsonb's order.
 */
@ApplicationScoped
public class RecordJson {

    /** The audit object (contract Audit) from the audited columns every table has; api_audit is in db/record V22. */
    public static final String AUDIT = "api_audit(r.created_at, r.created_by, r.updated_at, r.updated_by)";

    /**
     * One row: its JSON, what its ETags are made of, and the values of the list's sort columns as text (its
     * cursor).
     */
    public record Row(String json, String id, long version, OffsetDateTime updatedAt, List<String> sortKey) {
    }

    private final EntityManager em;

    public RecordJson(EntityManager em) {
        this.em = em;
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

    /** The current row of an id, if there is one. */
    public Optional<Row> item(RecordKind<?, ?> kind, String id) {
        Query query = em.createNativeQuery("SELECT " + select(kind, Keyset.of()) + " FROM " + kind.table()
                + " r WHERE r.id = :id").setParameter("id", id);
        return rows(query, 0).stream().findFirst();
    }

    /** The select list of {@link Row}s over the row {@code r}, with the sort columns of {@code order}. */
    static String select(RecordKind<?, ?> kind, Keyset order) {
        // json_strip_nulls drops nulls (every record is written NON_NULL) and prints compactly, as Jackson does.
        return "CAST(json_strip_nulls(CAST(" + kind.json() + " AS json)) AS text), r.id, r.version, r.updated_at"
                + order.columns().stream().map(c -> ", CAST(r." + c.name() + " AS text)").collect(Collectors.joining());
    }

    @SuppressWarnings("unchecked")
    static List<Row> rows(Query query, int sortColumns) {
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        List<Object[]> results = query.getResultList();
        List<Row> rows = new ArrayList<>(results.size());
        for (Object[] result : results) {
            rows.add(new Row((String) result[0], (String) result[1], ((Number) result[2]).longValue(),
                    RecordHistory.utc(result[3]),
                    Arrays.stream(result, 4, 4 + sortColumns).map(String.class::cast).toList()));
        }
        return rows;
    }
}
