-- The PostgreSQL side of bench/item-random.lua: the same random observation by id, PostgreSQL building the JSON.
-- bench/run runs it with pgbench -M prepared; :periods is the run's periods per series (100 per million rows).
\set s random(1, 200)
\set i random(1, 50)
\set m random(0, :periods - 1)
SELECT row_to_json(o) FROM observation o
 WHERE id = format('bench-person-%s-indicator-%s-%s-%s', lpad(:s::text, 3, '0'), lpad(:i::text, 2, '0'),
                   2010 + :m / 12, lpad((:m % 12 + 1)::text, 2, '0'));
