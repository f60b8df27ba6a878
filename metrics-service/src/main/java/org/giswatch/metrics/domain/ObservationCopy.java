package org.giswatch.metrics.domain;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Set-based statements of the bulk import, run on the JDBC connection of the caller's transaction: which ids are
 * stored and inserting new rows with PostgreSQL's COPY protocol (several times faster than
 * batched INSERTs through Hibernate). Rows written here get what Hibernate would give a new ObservationEntity:
 * version 0 and the audit columns of AuditedEntity (now, truncated to microseconds, and the current actor).
 */
public final class ObservationCopy {

    static final String COPY = "COPY observation (id, indicator, subject_type, subject, country, period, period_start, "
            + "period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, "
            + "created_at, created_by, updated_at, updated_by) FROM STDIN";
    /** Characters buffered before they are sent to the server. */
    private static final int CHUNK = 64 * 1024;

    private ObservationCopy() {
    }

    /** The given ids that are stored (one statement, whatever the number of ids). */
    public static List<String> existingIds(EntityManager em, List<String> ids) {
        List<String> existing = new ArrayList<>();
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement st = conn.prepareStatement("SELECT id FROM observation WHERE id = ANY (?)")) {
                st.setArray(1, array(conn, ids));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        existing.add(rs.getString(1));
                    }
                }
            }
        });
        return existing;
    }

    /**
     * Inserts validated, normalised rows whose ids are not stored, attributed to {@code actor}. A failure (such as
     * a concurrent insert of the same id) throws and, with the caller's transaction, stores nothing.
     */
    public static void insert(EntityManager em, List<Observation> rows, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(conn -> {
            CopyIn copy = conn.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                StringBuilder out = new StringBuilder(CHUNK + 8192);
                String escapedActor = escape(actor);
                Map<LocalDate, String> dates = new HashMap<>();
                OffsetDateTime lastNow = null;
                String lastNowText = null;
                for (Observation o : rows) {
                    OffsetDateTime now = now();
                    if (!now.equals(lastNow)) {
                        lastNow = now;
                        lastNowText = now.toString();
                    }
                    row(out, o, dates, lastNowText, escapedActor);
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
        });
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

    private static Array array(Connection conn, List<String> ids) throws SQLException {
        return conn.createArrayOf("varchar", ids.toArray());
    }
}
