-- Versions, asOf and change feeds of indicators and observations (record_history: platform db/record). The
-- observation tombstones become deletions in the history, which now answers the change feed.
SELECT record_history_attach('indicator', 'indicators');
SELECT record_history_attach('observation', 'observations');
INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data)
SELECT 'observations', id, 'deleted', created_at, created_by, jsonb_build_object('id', id)
FROM observation_tombstone ORDER BY created_at, id;
DROP TABLE observation_tombstone;
