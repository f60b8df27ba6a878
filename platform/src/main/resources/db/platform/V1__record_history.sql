-- The history of every record of this service's database (platform record package): one row per create, update
-- and delete, written by triggers in the same transaction as the write, whatever wrote it (the API, a COPY import,
-- reference data, psql). Versions, asOf reads, change feeds and 410 Gone are all answered from here.
-- Each service's own migration attaches the triggers to its tables and records what existed before.
CREATE TABLE record_history (
    seq          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collection   varchar(100)  NOT NULL,
    record_id    varchar(200)  COLLATE "C" NOT NULL,
    change       varchar(10)   NOT NULL CHECK (change IN ('created', 'updated', 'deleted')),
    -- clock time of the write (not of the transaction start): the feed's settling rule relies on it.
    recorded_at  timestamptz   NOT NULL,
    recorded_by  varchar(200)  NOT NULL,
    -- The table row as it stood after the change (before it, for a delete), read back with jsonb_populate_record.
    data         jsonb         NOT NULL
);
CREATE INDEX record_history_feed_idx ON record_history (collection, recorded_at, seq);
CREATE INDEX record_history_record_idx ON record_history (collection, record_id, seq);
-- The latest deletion of a collection (part of the ETag of a streamed CSV export).
CREATE INDEX record_history_deleted_idx ON record_history (collection, seq) WHERE change = 'deleted';

-- Who deletes: the service sets giswatch.actor for its transaction; other sessions are named by their role.
CREATE FUNCTION record_actor() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('giswatch.actor', true), ''), session_user::text)
$$;

-- Inserts, per statement: a COPY of a million rows is recorded with one INSERT ... SELECT.
CREATE FUNCTION record_history_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data)
    SELECT TG_ARGV[0], n.id, 'created', clock_timestamp(), n.updated_by, to_jsonb(n) - 'search' FROM new_rows n;
    RETURN NULL;
END
$$;

-- Updates and deletes, per row: they come one statement per row from Hibernate.
CREATE FUNCTION record_history_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data)
        VALUES (TG_ARGV[0], OLD.id, 'deleted', clock_timestamp(), record_actor(), to_jsonb(OLD) - 'search');
    ELSIF to_jsonb(NEW) - 'search' IS DISTINCT FROM to_jsonb(OLD) - 'search' THEN
        INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data)
        VALUES (TG_ARGV[0], NEW.id, 'updated', clock_timestamp(), NEW.updated_by, to_jsonb(NEW) - 'search');
    END IF;
    RETURN NULL;
END
$$;

-- Attaches the history triggers to a table and records its present rows as their first version.
CREATE FUNCTION record_history_attach(tbl regclass, coll text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data) '
        'SELECT %L, t.id, ''created'', t.updated_at, t.updated_by, to_jsonb(t) - ''search'' FROM %s t ORDER BY t.id',
        coll, tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION record_history_inserted(%L)', tbl::text || '_history_insert', tbl, coll);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON %s '
        'FOR EACH ROW EXECUTE FUNCTION record_history_changed(%L)', tbl::text || '_history_change', tbl, coll);
END
$$;

-- Results of imports sent with an Idempotency-Key, replayed when the same key comes again (metrics-service had it
-- before every collection could import).
CREATE TABLE IF NOT EXISTS import_request (
    idempotency_key  varchar(200)  PRIMARY KEY,
    body_sha256      varchar(64)   NOT NULL,
    result           jsonb         NOT NULL,
    version          bigint        NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(200)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(200)  NOT NULL
);
