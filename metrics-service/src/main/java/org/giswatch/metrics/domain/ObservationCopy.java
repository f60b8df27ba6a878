package org.giswatch.metrics.domain;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The writes of one bulk import, chunk by chunk as the rows are validated, on the JDBC connection of the caller's
 * transaction, with no entity per row: new ids go into {@code observation} with PostgreSQL's COPY protocol; rows
 * whose id is stored are copied into a temporary staging table, and {@link #finish} applies those that differ from
 * the stored rows with one UPDATE. Rows get what Hibernate gives an entity: version 0 when created, +1 when changed,
 * and the audit columns of AuditedEntity (the time the chunk is written, truncated to microseconds, and the
 * current actor).
 */
public final class ObservationCopy {

    private static final String COLUMNS = "id, indicator, subject_type, subject, country, period, period_start, "
            + "period_end, value, unit, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, "
            + "created_at, created_by, updated_at, updated_by";
    private static final String STAGING = "observation_import";
    /** Dropped with the transaction; it has the table's columns and NOT NULLs but no index, trigger or key. */
    private static final String CREATE_STAGING = "CREATE TEMPORARY TABLE " + STAGING
            + " (LIKE observation) ON COMMIT DROP";
    /** What a row says (not the version or audit columns); the value as text, so 89.90 differs from 89.9. */
    private static final String CONTENT = "(%1$s.indicator, %1$s.subject_type, %1$s.subject, %1$s.country, "
            + "%1$s.period, %1$s.value::text, %1$s.unit, %1$s.value_text, %1$s.qualifiers, %1$s.citation_id, %1$s.footnote, "
            + "%1$s.passage, %1$s.note, %1$s.rank)";
    private static final String UPDATE_CHANGED = "UPDATE observation o SET indicator = s.indicator, "
            + "subject_type = s.subject_type, subject = s.subject, country = s.country, period = s.period, "
            + "period_start = s.period_start, period_end = s.period_end, value = s.value, unit = s.unit, value_text = s.value_text, "
            + "qualifiers = s.qualifiers, citation_id = s.citation_id, footnote = s.footnote, passage = s.passage, "
            + "note = s.note, rank = s.rank, version = o.version + 1, updated_at = s.updated_at, "
            + "updated_by = s.updated_by FROM " + STAGING + " s WHERE o.id = s.id AND "
            + CONTENT.formatted("o") + " IS DISTINCT FROM " + CONTENT.formatted("s");
    /** Characters buffered before they are sent to the server. */
    private static final int CHUNK = 64 * 1024;

    private final EntityManager em;
    private final String escapedActor;
    /** An import has few distinct periods: each date is formatted once. */
    private final Map<LocalDate, String> dates = new HashMap<>();
    private int rows;
    private int created;
    private int staged;

    public ObservationCopy(EntityManager em, String actor) {
        this.em = em;
        this.escapedActor = escape(actor);
    }

    /**
     * Writes validated, normalised, checked rows with distinct ids (one statement asks which are stored). A failure
     * (such as a concurrent insert of the same id) throws and, with the caller's transaction, stores nothing.
     */
    public void write(List<Observation> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(conn -> {
            Set<String> stored = existingIds(conn, chunk);
            List<Observation> fresh = new ArrayList<>(chunk.size());
            List<Observation> known = new ArrayList<>(stored.size());
            for (Observation o : chunk) {
                (stored.contains(o.id()) ? known : fresh).add(o);
            }
            copy(conn, "observation", fresh);
            if (!known.isEmpty()) {
                if (staged == 0) {
                    try (Statement st = conn.createStatement()) {
                        st.execute(CREATE_STAGING);
                    }
                }
                copy(conn, STAGING, known);
            }
            rows += chunk.size();
            created += fresh.size();
            staged += known.size();
        });
    }

    /** Updates the stored rows the import changes (their history is written by the database); the counts. */
    public ImportResult finish() {
        int updated = staged == 0 ? 0 : em.unwrap(Session.class).doReturningWork(conn -> {
            try (Statement st = conn.createStatement()) {
                return st.executeUpdate(UPDATE_CHANGED);
            }
        });
        return new ImportResult(rows, created, updated, staged - updated);
    }

    private static Set<String> existingIds(Connection conn, List<Observation> chunk) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement st = conn.prepareStatement("SELECT id FROM observation WHERE id = ANY (?)")) {
            st.setArray(1, conn.createArrayOf("varchar", chunk.stream().map(Observation::id).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        return existing;
    }

    private void copy(Connection conn, String table, List<Observation> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn copy = conn.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + COLUMNS + ") FROM STDIN");
        try {
            StringBuilder out = new StringBuilder(CHUNK + 8192);
            // One time for the chunk's rows: formatting an instant per row was a tenth of the COPY's CPU.
            String now = now().toString();
            for (Observation o : rows) {
                row(out, o, dates, now, escapedActor);
                if (out.length() >= CHUNK) {
                    send(copy, out);
                }
            }
            send(copy, out);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One row in COPY's text format: tab-separated, \N for null, backslash escapes (see {@link #escape}). */
    static void row(StringBuilder out, Observation o, Map<LocalDate, String> dates, String now, String escapedActor) {
        text(out, o.id()).append('\t');
        text(out, o.indicator()).append('\t');
        text(out, o.subjectType().value()).append('\t');
        text(out, o.subject()).append('\t');
        text(out, o.country()).append('\t');
        text(out, o.period()).append('\t');
        // An import has few distinct periods: each date is formatted once.
        out.append(o.periodStart() == null ? "\\N" : dates.computeIfAbsent(o.periodStart(), ObservationCopy::date))
                .append('\t');
        out.append(o.periodEnd() == null ? "\\N" : dates.computeIfAbsent(o.periodEnd(), ObservationCopy::date))
                .append('\t');
        // Normalised values have no negative scale, so the plain string keeps every digit and the scale.
        out.append(o.value().toPlainString()).append('\t');
        text(out, o.unit()).append('\t');
        text(out, o.valueText()).append('\t');
        // Qualifier values are lower-case words and hyphens: no quoting needed inside the array literal.
        out.append('{');
        List<Qualifier> qualifiers = o.qualifiers();
        for (int i = 0; i < qualifiers.size(); i++) {
            out.append(i == 0 ? "" : ",").append(qualifiers.get(i).value());
        }
        out.append("}\t");
        text(out, o.source().citationId()).append('\t');
        (o.source().footnote() == null ? out.append("\\N") : out.append(o.source().footnote().intValue())).append('\t');
        text(out, o.source().passage()).append('\t');
        text(out, o.note()).append('\t');
        text(out, o.rank().value()).append('\t');
        // version 0: Hibernate's initial value of a primitive @Version; created = updated, as AuditedEntity sets.
        out.append("0\t").append(now).append('\t').append(escapedActor).append('\t').append(now).append('\t')
                .append(escapedActor).append('\n');
    }

    private static StringBuilder text(StringBuilder out, String value) {
        return value == null ? out.append("\\N") : escape(out, value);
    }

    /** COPY text format: backslash, newline, carriage return and tab are written as backslash escapes. */
    static String escape(String value) {
        return escape(new StringBuilder(value.length() + 8), value).toString();
    }

    private static StringBuilder escape(StringBuilder out, String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** ISO date, with PostgreSQL's era suffix for year 0 (1 BC), as the JDBC driver writes dates. */
    private static String date(LocalDate date) {
        return date.getYear() > 0 ? date.toString()
                : String.format("%04d-%02d-%02d BC", date.get(ChronoField.YEAR_OF_ERA), date.getMonthValue(),
                        date.getDayOfMonth());
    }

    /** What AuditedEntity stores as the time of a change. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void send(CopyIn copy, StringBuilder out) throws SQLException {
        if (!out.isEmpty()) {
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            out.setLength(0);
        }
    }
}
