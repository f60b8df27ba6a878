package org.giswatch.contract.common;

/** The descriptions of the record lifecycle's operations, the same on every collection. */
public final class RecordHistoryDocs {

    public static final String AS_OF = "ISO 8601 date-time with offset: the data as it stood then (a record deleted "
            + "since is shown as it was; one created since is absent)";
    public static final String AS_OF_LIST = AS_OF + ". Combines only with `limit` and `cursor`; sorted by id";
    public static final String AS_OF_EXAMPLE = "2026-11-29T10:15:30Z";
    public static final String UPDATED_AFTER = "ISO 8601 date-time with offset; only changes recorded after it";
    public static final String FEED = "For integrators who keep a copy: the latest change of every record changed "
            + "after `updatedAfter`, oldest first — created or updated (`upserted`, with the record) or deleted (a "
            + "tombstone). Follow `next` to the end, store the `changedAt` of the last entry and pass it as "
            + "`updatedAfter` next time. Only settled changes are listed (none that a still-open transaction could "
            + "precede), so resuming this way never skips one. Without `updatedAfter`: everything, from the beginning, "
            + "deletions included.";
    public static final String VERSIONS = "Every change of this id, oldest first: created, updated, deleted (and "
            + "created again), with who and when. Deleted records keep their versions.";
    public static final String VERSION = "The record as it stood after that change; for a deletion, as it was when "
            + "deleted.";
    public static final String IMPORT = "Creates new records and updates changed ones, matched by id; identical rows are "
            + "left untouched, so sending the same import again changes nothing. A row `{\"id\": \"…\", \"_deleted\": "
            + "true}` (CSV: a `_deleted` column set to true) deletes that record, which needs the role admin; creating "
            + "and updating need editor. Every row is validated first: if any row fails, nothing is stored and the "
            + "problem lists each error as `rows[<row number>].<field>` (row 1 is the first line of JSON Lines, the "
            + "first record after the CSV header, the first element of an array). Otherwise all rows are stored in one "
            + "transaction, in order. CSV has one column per property; nested values (lists, objects) are JSON in "
            + "their cell. With an Idempotency-Key, a repeated request returns the first result unchanged; while the "
            + "first is still running, it is a 409.";
    public static final String IDEMPOTENCY_KEY = "Makes retries safe: the same key with the same body returns the first "
            + "result; with a different body it is a 422";

    private RecordHistoryDocs() {
    }
}
