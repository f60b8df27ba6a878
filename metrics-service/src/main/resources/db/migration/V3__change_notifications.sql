-- Read caches (platform cache/ReadCaches) stay exact across replicas: every statement that changes a cached table
-- signals the channel, and PostgreSQL delivers the signal to every listening replica only when the transaction
-- commits (one per transaction and table, however many statements). Imports, COPY and psql edits signal too.
CREATE FUNCTION notify_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('giswatch_data_change', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER indicator_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator
    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
CREATE TRIGGER observation_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
