-- What the footnote parser last read for each citation a chapter ingest stored (issue 27). A re-ingest compares its
-- new reading with this one, so exactly the fields the footnote changed are updated (a field it no longer gives is
-- cleared) and an editor's corrections of the others stay. Not a record of the API: no history, no feed.
CREATE TABLE footnote_reading (
    citation_id varchar(100) PRIMARY KEY REFERENCES citation (id) ON DELETE CASCADE,
    reading     jsonb        NOT NULL,
    read_at     timestamptz  NOT NULL DEFAULT now()
);
