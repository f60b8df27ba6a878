package org.giswatch.platform.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.giswatch.platform.persistence.Actor;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

/**
 * Reads the history the database triggers write (table record_history, platform db/platform): versions, the state
 * at an instant, change feeds. Past states are table rows as JSON and the latest version is the live row; both
 * are read back as entities of their kind (jsonb_populate_record) in a stateless session, so a past state never
 * mixes with the current one.
 */
@ApplicationScoped
public class RecordHistory {

    /** One history row without its content. {@code number} counts the changes of its id, from 1. */
    public record Entry(long seq, String id, long number, String change, OffsetDateTime recordedAt, String recordedBy) {

        public boolean deleted() {
            return "deleted".equals(change);
        }
    }

    private static final String ENTRY = "SELECT seq, record_id, number, change, recorded_at, recorded_by FROM ";
    private static final String NUMBERED = "(SELECT seq, record_id, change, recorded_at, recorded_by, "
            + "row_number() OVER (PARTITION BY record_id ORDER BY seq) AS number FROM record_history "
            + "WHERE collection = :collection";

    private final EntityManager em;

    public RecordHistory(EntityManager em) {
        this.em = em;
    }

    /** Names the actor of the deletes of the current transaction (inserts and updates carry their updated_by). */
    public void attributeDeletes() {
        em.createNativeQuery("SELECT set_config('giswatch.actor', :actor, true)").setParameter("actor", Actor.current())
                .getSingleResult();
    }

    /** The last change of an id, if it ever existed. */
    public Optional<Entry> latest(RecordKind<?, ?> kind, String id) {
        return entries(NUMBERED + " AND record_id = :id) h ORDER BY seq DESC LIMIT 1",
                Map.of("collection", kind.collection(), "id", id)).stream().findFirst();
    }

    /** Versions of an id after number {@code after}, oldest first. */
    public List<Entry> versions(RecordKind<?, ?> kind, String id, long after, int size) {
        return entries(NUMBERED + " AND record_id = :id) h WHERE number > :after ORDER BY seq LIMIT " + size,
                Map.of("collection", kind.collection(), "id", id, "after", after));
    }

    public Optional<Entry> version(RecordKind<?, ?> kind, String id, long number) {
        return entries(NUMBERED + " AND record_id = :id) h WHERE number = :number",
                Map.of("collection", kind.collection(), "id", id, "number", number)).stream().findFirst();
    }

    /** The last change of an id at or before {@code at}. */
    public Optional<Entry> asOf(RecordKind<?, ?> kind, String id, OffsetDateTime at) {
        return entries(NUMBERED + " AND record_id = :id) h WHERE recorded_at <= :at ORDER BY seq DESC LIMIT 1",
                Map.of("collection", kind.collection(), "id", id, "at", at)).stream().findFirst();
    }

    /** The records that existed at {@code at}, by id after {@code afterId}: each one's last change then. */
    public List<Entry> asOfPage(RecordKind<?, ?> kind, OffsetDateTime at, String afterId, int size) {
        Map<String, Object> params = new HashMap<>(Map.of("collection", kind.collection(), "at", at));
        String after = "";
        if (afterId != null) {
            after = " AND record_id > :afterId";
            params.put("afterId", afterId);
        }
        return entries("(SELECT DISTINCT ON (record_id) seq, record_id, 0 AS number, change, recorded_at, recorded_by "
                + "FROM record_history WHERE collection = :collection AND recorded_at <= :at" + after
                + " ORDER BY record_id, seq DESC) h WHERE change <> 'deleted' ORDER BY record_id LIMIT " + size, params);
    }

    /**
     * The change feed: the latest change of each record after {@code since} (and after the cursor), in recorded
     * order. Only settled changes are listed: a write transaction that is still open may commit rows recorded
     * before the newest ones visible now, so the feed stops before the start of the oldest open write
     * transaction. A mirror that resumes from the last changedAt it saw therefore never skips a change.
     */
    public List<Entry> changes(RecordKind<?, ?> kind, OffsetDateTime since, OffsetDateTime afterAt, Long afterSeq,
            int size) {
        // Its own statement before the feed's: a transaction that commits between the two is then either still
        // counted as open here or already visible to the feed's snapshot.
        Object horizon = em.createNativeQuery("SELECT coalesce(min(xact_start), clock_timestamp()) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")
                .getSingleResult();
        Map<String, Object> params = new HashMap<>(Map.of("collection", kind.collection(), "horizon", horizon));
        StringBuilder where = new StringBuilder(" WHERE collection = :collection AND recorded_at < :horizon");
        if (since != null) {
            where.append(" AND recorded_at > :since");
            params.put("since", since);
        }
        if (afterAt != null) {
            where.append(" AND (recorded_at, seq) > (:afterAt, :afterSeq)");
            params.put("afterAt", afterAt);
            params.put("afterSeq", afterSeq);
        }
        return entries("(SELECT seq, record_id, change, recorded_at, recorded_by, (SELECT count(*) FROM record_history n "
                + "WHERE n.collection = h.collection AND n.record_id = h.record_id AND n.seq <= h.seq) AS number "
                + "FROM record_history h" + where + " AND NOT EXISTS (SELECT 1 FROM record_history l "
                + "WHERE l.collection = h.collection AND l.record_id = h.record_id AND l.seq > h.seq "
                + "AND l.recorded_at < :horizon) ORDER BY recorded_at, seq LIMIT " + size + ") h", params);
    }

    /** The stored states of the given history rows, as entities of {@code kind}, by seq. */
    public <E extends RecordEntity<?>> Map<Long, E> states(RecordKind<?, E> kind, List<Long> seqs) {
        if (seqs.isEmpty()) {
            return Map.of();
        }
        // A version without stored data is the live row (db/platform V2): it is read from the table itself.
        String sql = "SELECT h.seq AS history_seq, (jsonb_populate_record(NULL::" + kind.table()
                + ", coalesce(h.data, (SELECT to_jsonb(t) - 'search' FROM " + kind.table()
                + " t WHERE t.id = h.record_id)))).* FROM record_history h WHERE h.seq IN (:seqs)";
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (StatelessSession session = em.unwrap(Session.class).getSessionFactory()
                    .openStatelessSession(connection)) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = session.createNativeQuery(sql).addScalar("history_seq", Long.class)
                        .addEntity(kind.entityType()).setParameterList("seqs", seqs).getResultList();
                Map<Long, E> states = new LinkedHashMap<>();
                for (Object[] row : rows) {
                    states.put((Long) row[0], kind.entityType().cast(row[1]));
                }
                return states;
            }
        });
    }

    public <E extends RecordEntity<?>> Optional<E> state(RecordKind<?, E> kind, long seq) {
        return Optional.ofNullable(states(kind, List.of(seq)).get(seq));
    }

    private List<Entry> entries(String from, Map<String, Object> params) {
        Query query = em.createNativeQuery(ENTRY + from);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new Entry(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                    (String) row[3], utc(row[4]), (String) row[5]));
        }
        return entries;
    }

    static OffsetDateTime utc(Object at) {
        if (at instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (at instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (at instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + at.getClass());
    }
}
