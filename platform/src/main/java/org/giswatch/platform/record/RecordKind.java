package org.giswatch.platform.record;

import java.util.function.Supplier;

import jakarta.persistence.Table;

import org.giswatch.contract.common.ApiRecord;

/**
 * One kind of record: its name (in details, "No election with id …"), its collection path, its API record and
 * entity types, its hooks and its JSON as PostgreSQL builds it (the fast read path, {@link RecordJson}).
 * Everything generic about a record's lifecycle goes through this.
 */
public final class RecordKind<D extends ApiRecord<D>, E extends RecordEntity<D>> {

    private final String name;
    private final String collection;
    private final Class<D> recordType;
    private final Class<E> entityType;
    private final Supplier<E> factory;
    private final RecordHooks<D, E> hooks;
    private final String json;

    /**
     * @param json a SQL expression over the row {@code r} of the kind's table that builds the API record as json or
     *        jsonb, keys in the record's component order where json allows it (see {@link RecordJson}); nulls
     *        are dropped afterwards, as every record is written with {@code NON_NULL}
     */
    public RecordKind(String name, String collection, Class<D> recordType, Class<E> entityType, Supplier<E> factory,
            RecordHooks<D, E> hooks, String json) {
        this.name = name;
        this.collection = collection;
        this.recordType = recordType;
        this.entityType = entityType;
        this.factory = factory;
        this.hooks = hooks;
        this.json = json;
    }

    public RecordKind(String name, String collection, Class<D> recordType, Class<E> entityType, Supplier<E> factory,
            String json) {
        this(name, collection, recordType, entityType, factory, new RecordHooks<>() {
        }, json);
    }

    public String name() {
        return name;
    }

    /** Collection path without the leading slash, such as "campaign-assets"; also the history's collection. */
    public String collection() {
        return collection;
    }

    public Class<D> recordType() {
        return recordType;
    }

    public Class<E> entityType() {
        return entityType;
    }

    public String table() {
        return entityType.getAnnotation(Table.class).name();
    }

    public E newEntity() {
        return factory.get();
    }

    public RecordHooks<D, E> hooks() {
        return hooks;
    }

    /** The SQL expression of the record's JSON over the row {@code r} (see the constructor). */
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return name;
    }
}
