package org.giswatch.platform.record;

import org.giswatch.contract.common.ApiRecord;

/**
 * What a kind adds to the one lifecycle; every hook may throw an ApiException (400, 409, 422), which stores
 * nothing. All run inside the write's transaction.
 */
public interface RecordHooks<D extends ApiRecord<D>, E extends RecordEntity<D>> {

    /** Rules Bean Validation cannot express, and references to check; may return a normalised record. */
    default D check(D record) {
        return record;
    }

    /** After the record is copied into the entity and before it is flushed: derived columns, links. */
    default void stored(E entity) {
    }

    /** Before a delete: 409 while something still needs the record. */
    default void beforeDelete(E entity) {
    }
}
