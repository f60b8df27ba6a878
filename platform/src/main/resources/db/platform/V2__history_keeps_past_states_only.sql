-- The history keeps past states only (issue 12, bench P3): a record's latest version stores no copy of its content
-- (data is NULL) while it is the live row; the trigger of the next update or delete stores the row as it was then.
-- An import of a million new rows thus writes a million small history rows instead of a million jsonb copies.
-- Readers take the live row for a version whose data is NULL (RecordHistory.states): in one statement's snapshot
-- the two cannot disagree, since the copy is written in the same transaction as the change that ends the version.
-- Versioned after every service's own migrations (V1–V20), so existing databases take it in order.
ALTER TABLE record_history ALTER COLUMN data DROP NOT NULL;

CREATE OR REPLACE FUNCTION record_history_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by)
    SELECT TG_ARGV[0], n.id, 'created', clock_timestamp(), n.updated_by FROM new_rows n;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION record_history_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous jsonb := to_jsonb(OLD) - 'search';
BEGIN
    IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'search' IS NOT DISTINCT FROM previous THEN
        RETURN NULL;
    END IF;
    -- The version that ends here was the live row until now: keep its content.
    UPDATE record_history SET data = previous
     WHERE collection = TG_ARGV[0] AND record_id = OLD.id AND data IS NULL;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data)
        VALUES (TG_ARGV[0], OLD.id, 'deleted', clock_timestamp(), record_actor(), previous);
    ELSE
        INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by)
        VALUES (TG_ARGV[0], NEW.id, 'updated', clock_timestamp(), NEW.updated_by);
    END IF;
    RETURN NULL;
END
$$;
