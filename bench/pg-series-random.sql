-- The PostgreSQL side of bench/series-random.lua: the first page of a random series in the order and page size of
-- ObservationQuery (50 rows plus one to know whether a next page exists), PostgreSQL building the JSON array.
\set s random(1, 200)
\set i random(1, 50)
SELECT json_agg(o) FROM (
  SELECT * FROM observation
   WHERE indicator = 'bench-indicator-' || lpad(:i::text, 2, '0')
     AND subject_type = 'person' AND subject = 'bench-person-' || lpad(:s::text, 3, '0')
   ORDER BY indicator, subject_type, subject, period_sort, id LIMIT 51) o;
