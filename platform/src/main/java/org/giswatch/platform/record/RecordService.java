package org.giswatch.platform.record;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.http.Preconditions;
import org.giswatch.platform.integrity.ReferenceGuard;
import org.giswatch.platform.json.MergePatch;
import org.giswatch.platform.problem.ApiException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one lifecycle of every record of every service: create, replace, patch, delete, upsert, with If-Match
 * versions, the kind's hooks and the references checked ({@link ReferenceGuard}: on every write, and before every
 * delete), each in one transaction. The history of every write is kept by the database (see
 * {@link RecordHistory}); a deleted id answers 410 Gone.
 */
@ApplicationScoped
public class RecordService {

    /** Path segments of a collection that are not record ids. */
    public static final Set<String> RESERVED_IDS = Set.of("changes", "import", "export");

    private final EntityManager em;
    private final MergePatch mergePatch;
    private final RecordHistory history;
    private final ReferenceGuard references;
    private final RecordJson json;

    public RecordService(EntityManager em, MergePatch mergePatch, RecordHistory history, ReferenceGuard references,
            RecordJson json) {
        this.em = em;
        this.mergePatch = mergePatch;
        this.history = history;
        this.references = references;
        this.json = json;
    }

    public <D extends ApiRecord<D>, E extends RecordEntity<D>> Optional<E> find(RecordKind<D, E> kind, String id) {
        return Optional.ofNullable(em.find(kind.entityType(), id));
    }

    /** The stored record; 410 Gone (linking its versions) when it was deleted, 404 when it never existed. */
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> E get(RecordKind<D, E> kind, String id) {
        return find(kind, id).orElseThrow(() -> missing(kind, id));
    }

    /** The stored record from the fast read path ({@link RecordJson}); 410 or 404 as {@link #get}. */
    public RecordJson.Row getJson(RecordKind<?, ?> kind, String id) {
        return json.item(kind, id).orElseThrow(() -> missing(kind, id));
    }

    /** 410 for an id whose last change is a deletion, else 404. */
    public ApiException missing(RecordKind<?, ?> kind, String id) {
        return history.latest(kind, id).filter(RecordHistory.Entry::deleted)
                .<ApiException> map(deleted -> new ApiException(ProblemType.GONE, "The " + kind.name() + " '" + id
                        + "' was deleted at " + deleted.recordedAt() + "; its versions are at /" + kind.collection()
                        + "/" + id + "/versions"))
                .orElseGet(() -> ApiException.notFound(kind.name(), id));
    }

    /** The record as it stood at {@code at}: 404 when it did not exist then. */
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> E asOf(RecordKind<D, E> kind, String id,
            OffsetDateTime at) {
        return history.asOf(kind, id, at).filter(e -> !e.deleted())
                .flatMap(e -> history.state(kind, e.seq()))
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                        "No " + kind.name() + " with id '" + id + "' existed at " + at));
    }

    @Transactional
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> E create(RecordKind<D, E> kind, D record) {
        if (RESERVED_IDS.contains(record.id())) {
            throw ApiException.invalid("id", "'" + record.id() + "' is reserved (a path of the collection)");
        }
        if (find(kind, record.id()).isPresent()) {
            throw ApiException.alreadyExists(kind.name(), record.id());
        }
        E entity = kind.newEntity();
        entity.id = record.id();
        store(kind, entity, null, record);
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Transactional
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> E replace(RecordKind<D, E> kind, String id, D record,
            long expectedVersion) {
        if (!id.equals(record.id())) {
            throw ApiException.invalid("id", "must equal the id in the path ('" + id + "')");
        }
        E entity = get(kind, id);
        Preconditions.check(expectedVersion, entity.version);
        store(kind, entity, entity.toDto(), record);
        em.flush();
        return entity;
    }

    @Transactional
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> E patch(RecordKind<D, E> kind, String id,
            JsonNode patch, long expectedVersion) {
        E entity = get(kind, id);
        return replace(kind, id, mergePatch.apply(entity.toDto().withAudit(null), patch, kind.recordType()),
                expectedVersion);
    }

    @Transactional
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> void delete(RecordKind<D, E> kind, String id,
            long expectedVersion) {
        E entity = get(kind, id);
        Preconditions.check(expectedVersion, entity.version);
        references.beforeDelete(kind, id);
        kind.hooks().beforeDelete(entity);
        history.attributeDeletes();
        em.remove(entity);
        em.flush();
    }

    /** Creates or updates by id; writes nothing (and keeps the version) when the stored record already says the same. */
    @Transactional
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> UpsertOutcome upsert(RecordKind<D, E> kind, D record) {
        Optional<E> existing = find(kind, record.id());
        if (existing.isEmpty()) {
            create(kind, record);
            return UpsertOutcome.CREATED;
        }
        if (Objects.equals(existing.get().toDto().withAudit(null), record.withAudit(null))) {
            return UpsertOutcome.UNCHANGED;
        }
        replace(kind, record.id(), record, Preconditions.ANY_VERSION);
        return UpsertOutcome.UPDATED;
    }

    /** Deletes by id whatever its version (bulk import); false when there is no such record. */
    @Transactional
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> boolean remove(RecordKind<D, E> kind, String id) {
        Optional<E> existing = find(kind, id);
        existing.ifPresent(entity -> delete(kind, id, Preconditions.ANY_VERSION));
        return existing.isPresent();
    }

    /** {@code previous}: the stored record a replace changes (its references need no new check), null for a create. */
    private <D extends ApiRecord<D>, E extends RecordEntity<D>> void store(RecordKind<D, E> kind, E entity, D previous,
            D record) {
        D checked = kind.hooks().check(record);
        references.check(kind, previous, checked);
        entity.apply(checked);
        kind.hooks().stored(entity);
    }

    /** Rows of {@code kind} in id order after {@code afterId}, as they stood at {@code at}. */
    public <D extends ApiRecord<D>, E extends RecordEntity<D>> List<E> pageAsOf(RecordKind<D, E> kind,
            OffsetDateTime at, String afterId, int size) {
        List<RecordHistory.Entry> entries = history.asOfPage(kind, at, afterId, size);
        var states = history.states(kind, entries.stream().map(RecordHistory.Entry::seq).toList());
        return entries.stream().map(e -> states.get(e.seq())).toList();
    }
}
