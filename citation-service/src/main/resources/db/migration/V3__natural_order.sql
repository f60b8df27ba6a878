-- Lists are in the order a reader expects: numbers inside ids compare as numbers, so a chapter's footnotes come as
-- …-fn1, …-fn2, …, …-fn10, …-fn11 (plain text order puts fn10 before fn2). The key writes every run of digits as its
-- length (three digits) followed by the digits without leading zeros; other text is kept. Ties (fn01/fn1) go by id.
CREATE FUNCTION natural_sort_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
        SELECT coalesce(string_agg(CASE WHEN m.part[1] ~ '^[0-9]'
                                        THEN lpad(length(ltrim(m.part[1], '0'))::text, 3, '0') || ltrim(m.part[1], '0')
                                        ELSE m.part[1] END, '' ORDER BY m.n), '')
        FROM regexp_matches(value, '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS m(part, n)
    $$;

ALTER TABLE citation ADD COLUMN sort_key text COLLATE "C" GENERATED ALWAYS AS (natural_sort_key(id)) STORED;

CREATE INDEX citation_sort_key ON citation (sort_key, id);
