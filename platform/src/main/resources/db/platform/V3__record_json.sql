-- The fast read path (issue 17, platform RecordJson): each kind's JSON is built by PostgreSQL from its columns
-- (RecordKind.json) and handed to the client as it comes. These functions write values the way the services' Jackson
-- does, so both paths give the same text (RecordJsonContract proves it for every kind).

-- An instant as Jackson writes an OffsetDateTime in UTC (ISO_OFFSET_DATE_TIME): seconds always, the fraction without
-- trailing zeros, 'Z'.
CREATE FUNCTION api_instant(t timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || coalesce('.' || nullif(rtrim(to_char(t AT TIME ZONE 'UTC', 'US'), '0'), ''), '') || 'Z'
$$;

-- The audit object of every record (contract Audit), from the audited columns.
CREATE FUNCTION api_audit(created_at timestamptz, created_by text, updated_at timestamptz, updated_by text)
    RETURNS json LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object('createdAt', api_instant(created_at), 'createdBy', created_by,
                             'updatedAt', api_instant(updated_at), 'updatedBy', updated_by)
$$;
