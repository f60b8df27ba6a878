-- One row per source; the chapters that cite it (chapterId, footnote, passage) are a jsonb array.
CREATE TABLE citation (
    id                         varchar(100)  PRIMARY KEY,
    kind                       varchar(40),
    author                     varchar(500),
    author_type                varchar(20),
    publisher                  varchar(500),
    editor                     varchar(500),
    interviewee                varchar(500),
    place                      varchar(200),
    year                       integer,
    date                       date,
    date_printed               varchar(100),
    title                      varchar(1000),
    subtitle                   varchar(1000),
    language                   varchar(35),
    translated_title           varchar(1000),
    translated_title_language  varchar(35),
    url                        varchar(2000),
    url_text                   varchar(2000),
    archived_url               varchar(2000),
    container_id               varchar(100) REFERENCES citation (id),
    pages                      varchar(50),
    isbn                       varchar(20),
    issn                       varchar(9),
    report_number              varchar(100),
    licence                    varchar(500),
    licence_url                varchar(500),
    notes                      varchar(4000),
    cited_in                   jsonb         NOT NULL DEFAULT '[]',
    -- Free-text search (?q=): words of the titles, names and notes; 'simple' so Cyrillic and Latin are treated alike.
    search                     tsvector GENERATED ALWAYS AS (to_tsvector('simple',
                                   coalesce(title, '') || ' ' || coalesce(subtitle, '') || ' ' ||
                                   coalesce(translated_title, '') || ' ' || coalesce(author, '') || ' ' ||
                                   coalesce(publisher, '') || ' ' || coalesce(interviewee, '') || ' ' ||
                                   coalesce(notes, ''))) STORED,
    version                    bigint        NOT NULL,
    created_at                 timestamptz   NOT NULL,
    created_by                 varchar(200)  NOT NULL,
    updated_at                 timestamptz   NOT NULL,
    updated_by                 varchar(200)  NOT NULL
);
-- One index per filter of GET /citations.
CREATE INDEX citation_cited_in_idx ON citation USING gin (cited_in jsonb_path_ops);
CREATE INDEX citation_kind_idx ON citation (kind);
CREATE INDEX citation_language_idx ON citation (lower(language));
CREATE INDEX citation_year_idx ON citation (year);
CREATE INDEX citation_search_idx ON citation USING gin (search);
CREATE INDEX citation_container_idx ON citation (container_id);
