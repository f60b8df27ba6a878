-- GET /search (issue 28): a citation's words are those of ?q= (titles, names, notes) plus the passages of the
-- chapters that cite it, with the 'simple' configuration (no stemming, no stop words) so Russian and English match
-- alike, lower-cased first by the builtin pg_c_utf8 collation (Unicode case mapping whatever the database's locale).
-- One function, so that CitationSearch's match and this index are the same expression.
CREATE FUNCTION citation_search_document(title text, subtitle text, translated_title text, author text,
        editor text, publisher text, interviewee text, notes text, cited_in jsonb)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, lower((
               coalesce(title, '') || ' ' || coalesce(subtitle, '') || ' ' || coalesce(translated_title, '') || ' '
               || coalesce(author, '') || ' ' || coalesce(editor, '') || ' ' || coalesce(publisher, '') || ' '
               || coalesce(interviewee, '') || ' ' || coalesce(notes, '')) COLLATE "pg_c_utf8"))
           || jsonb_to_tsvector('simple'::regconfig,
                  lower(jsonb_path_query_array(cited_in, '$[*].passage')::text COLLATE "pg_c_utf8")::jsonb,
                  '["string"]'::jsonb)
$$;
CREATE INDEX citation_search_document_idx ON citation USING gin (citation_search_document(title, subtitle,
    translated_title, author, editor, publisher, interviewee, notes, cited_in));
