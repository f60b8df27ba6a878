-- Dates inside the stored records were written by Hibernate's own Jackson as [year, month, day]. Records are now
-- stored as the API writes them (platform StoredJsonFormat: "2011-04-03"), so PostgreSQL can serve them as they are
-- (platform RecordJson). The dated fields of the contract's catalog records: Election heldOn and announcedOn,
-- Campaign startDate and endDate, and the date of each TimelineStep of either. The history triggers are off while
-- the form changes, since no record's content changes.
CREATE FUNCTION pg_temp.iso_date(v jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(v) = 'array'
                THEN to_jsonb(make_date((v->>0)::int, (v->>1)::int, (v->>2)::int)::text) ELSE v END
$$;

-- A record with its two dated fields and its timeline's dates as text; absent fields stay absent.
CREATE FUNCTION pg_temp.iso_dates(data jsonb, first text, second text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT data
        || jsonb_strip_nulls(jsonb_build_object(first, pg_temp.iso_date(data->first),
                                                second, pg_temp.iso_date(data->second)))
        || CASE WHEN jsonb_typeof(data->'timeline') = 'array'
                THEN jsonb_build_object('timeline', (
                    SELECT coalesce(jsonb_agg(CASE WHEN step ? 'date'
                                                   THEN jsonb_set(step, '{date}', pg_temp.iso_date(step->'date'))
                                                   ELSE step END ORDER BY position), '[]'::jsonb)
                    FROM jsonb_array_elements(data->'timeline') WITH ORDINALITY AS t(step, position)))
                ELSE '{}'::jsonb END
$$;

ALTER TABLE election DISABLE TRIGGER election_history_change;
UPDATE election SET data = pg_temp.iso_dates(data, 'heldOn', 'announcedOn');
ALTER TABLE election ENABLE TRIGGER election_history_change;

ALTER TABLE campaign DISABLE TRIGGER campaign_history_change;
UPDATE campaign SET data = pg_temp.iso_dates(data, 'startDate', 'endDate');
ALTER TABLE campaign ENABLE TRIGGER campaign_history_change;
