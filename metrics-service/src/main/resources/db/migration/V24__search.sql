-- GET /search (issue 28): indicators by name, description and category; figures by the value as printed, their
-- hedges (qualifiers), note and passage. The 'simple' configuration (no stemming, no stop words) lets Russian and
-- English match alike; the text is lower-cased first by the builtin pg_c_utf8 collation (Unicode case mapping
-- whatever the database's locale). One function per kind, so that MetricsSearch's match and the index are the same
-- expression; IMMUTABLE because array_to_string of text[] depends on no setting.
CREATE FUNCTION indicator_search_document(name text, description text, category text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, lower((coalesce(name, '') || ' ' || coalesce(description, '') || ' '
                                                   || coalesce(category, '')) COLLATE "pg_c_utf8"))
$$;
CREATE INDEX indicator_search_document_idx ON indicator USING gin (indicator_search_document(name, description, category));

CREATE FUNCTION observation_search_document(value_text text, qualifiers text[], note text, passage text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, lower((coalesce(value_text, '') || ' ' || array_to_string(qualifiers, ' ')
                                                   || ' ' || coalesce(note, '') || ' ' || coalesce(passage, ''))
                                                  COLLATE "pg_c_utf8"))
$$;
CREATE INDEX observation_search_document_idx ON observation
    USING gin (observation_search_document(value_text, qualifiers, note, passage));
