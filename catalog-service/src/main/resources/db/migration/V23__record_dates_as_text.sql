-- Dates inside the stored records were written by Hibernate's own Jackson as [year, month, day]. Records are now
-- stored as the API writes them (platform StoredJsonFormat: "2011-04-03"), so PostgreSQL can serve them as they are
-- (platform RecordJson). The dated fields of the contract's catalog records: Election heldOn and announcedOn,
-- Campaign startDate and endDate, and the date of each TimelineStep of either. The history triggers are off while
-- the form changes, since no record's content changes.
CREATE FUNCTION pg_temp.iso_date(v jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(v) = 'array'
                THEN to_jsonb(make_date((v->>0)::int, (v->>1)::int, (v->>2)::int)::text) ELSE v END
$$;

CREATE FUNCTION pg_temp.iso_timeline(timeline jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_agg(CASE WHEN step ? 'date' THEN jsonb_set(step, '{date}', pg_temp.iso_date(step->'date'))
                                   ELSE step END ORDER BY position), '[]'::jsonb)
    FROM jsonb_array_elements(timeline) WITH ORDINALITY AS t(step, position)
$$;

ALTER TABLE election DISABLE TRIGGER election_history_change;
UPDATE election SET data = data
    || jsonb_strip_nulls(jsonb_build_object('heldOn', pg_temp.iso_date(data->'heldOn'),
                                            'announcedOn', pg_temp.iso_date(data->'announcedOn')))
    || CASE WHEN jsonb_typeof(data->'timeline') = 'array'
            THEN jsonb_build_object('timeline', pg_temp.iso_timeline(data->'timeline')) ELSE '{}'::jsonb END;
ALTER TABLE election ENABLE TRIGGER election_history_change;

ALTER TABLE campaign DISABLE TRIGGER campaign_history_change;
UPDATE campaign SET data = data
    || jsonb_strip_nulls(jsonb_build_object('startDate', pg_temp.iso_date(data->'startDate'),
                                            'endDate', pg_temp.iso_date(data->'endDate')))
    || CASE WHEN jsonb_typeof(data->'timeline') = 'array'
            THEN jsonb_build_object('timeline', pg_temp.iso_timeline(data->'timeline')) ELSE '{}'::jsonb END;
ALTER TABLE campaign ENABLE TRIGGER campaign_history_change;
