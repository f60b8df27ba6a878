-- The observation queries metrics-service builds (ObservationQuery), one per filter, at one million rows.
-- bench/run prints each plan's scans and execution time into docs/performance.md.
\set ORDER 'ORDER BY indicator, subject_type, subject, period_sort, id LIMIT 51'
\echo '### indicator'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE indicator = 'bench-indicator-07') o :ORDER;
\echo '### subject'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE subject_type = 'person' AND subject = 'bench-person-123') o :ORDER;
\echo '### series (indicator + subject)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE indicator = 'bench-indicator-07' AND subject_type = 'person' AND subject = 'bench-person-123') o :ORDER;
\echo '### country'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE country = 'kz') o :ORDER;
\echo '### rank'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE rank = 'preferred') o :ORDER;
\echo '### qualifier'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE qualifiers @> CAST(ARRAY['estimate'] AS text[])) o :ORDER;
\echo '### from/to'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE period_end >= DATE '2015-01-01' AND period_start <= DATE '2015-12-31') o :ORDER;
\echo '### indicator + from/to'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE indicator = 'bench-indicator-07' AND period_end >= DATE '2015-01-01' AND period_start <= DATE '2015-12-31') o :ORDER;
\echo '### keyset page deep in the collection (row ~900,000)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation) o WHERE (indicator, subject_type, subject, period_sort, id) > ('bench-indicator-45', 'person', 'bench-person-100', DATE '2015-01-01', 'bench-person-100-indicator-45-2015-01') :ORDER;
\echo '### keyset page deep in a filtered collection (country, row ~900,000)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT o.* FROM (SELECT * FROM observation WHERE country = 'kz') o WHERE (indicator, subject_type, subject, period_sort, id) > ('bench-indicator-45', 'person', 'bench-person-100', DATE '2015-01-01', 'bench-person-100-indicator-45-2015-01') :ORDER;
\echo '### change feed, deep'
EXPLAIN (ANALYZE, COSTS OFF) SELECT seq, record_id, change, recorded_at, recorded_by, (SELECT count(*) FROM record_history n WHERE n.collection = h.collection AND n.record_id = h.record_id AND n.seq <= h.seq) AS number FROM record_history h WHERE collection = 'observations' AND recorded_at < clock_timestamp() AND (recorded_at, seq) > (now() - interval '1 minute', 0) AND NOT EXISTS (SELECT 1 FROM record_history l WHERE l.collection = h.collection AND l.record_id = h.record_id AND l.seq > h.seq AND l.recorded_at < clock_timestamp()) ORDER BY recorded_at, seq LIMIT 51;
\echo '### item by id'
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM observation WHERE id = 'bench-person-100-indicator-45-2015-01';
