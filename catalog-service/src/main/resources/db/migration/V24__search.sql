-- GET /search (issue 28): every string of a record ("data": names, notes, timelines, sources' passages) as words,
-- with the 'simple' configuration (no stemming, no stop words) so Russian and English match alike. Lower-cased
-- first by the builtin pg_c_utf8 collation (Unicode case mapping whatever the database's locale: under the C locale
-- the text search parser folds ASCII only, and "КНПК" would not match "кнпк"). One function, so that the search's
-- match (CatalogSearch) and these indexes are the same expression.
CREATE FUNCTION catalog_search_document(data jsonb) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT jsonb_to_tsvector('simple'::regconfig, lower(data::text COLLATE "pg_c_utf8")::jsonb, '["string"]'::jsonb)
$$;
CREATE INDEX country_search_idx ON country USING gin (catalog_search_document(data));
CREATE INDEX person_search_idx ON person USING gin (catalog_search_document(data));
CREATE INDEX organisation_search_idx ON organisation USING gin (catalog_search_document(data));
CREATE INDEX election_search_idx ON election USING gin (catalog_search_document(data));
CREATE INDEX campaign_search_idx ON campaign USING gin (catalog_search_document(data));
CREATE INDEX campaign_asset_search_idx ON campaign_asset USING gin (catalog_search_document(data));
CREATE INDEX report_search_idx ON report USING gin (catalog_search_document(data));
CREATE INDEX chapter_search_idx ON chapter USING gin (catalog_search_document(data));
