-- Every table of a stored resource carries the audit columns of AuditedEntity.
CREATE TABLE indicator (
    id                varchar(100)  COLLATE "C" PRIMARY KEY,
    name              varchar(200)  NOT NULL,
    description       varchar(2000),
    unit              varchar(50)   NOT NULL,
    category          varchar(100)  NOT NULL,
    higher_is_better  boolean,
    version           bigint        NOT NULL,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(200)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    updated_by        varchar(200)  NOT NULL
);
CREATE INDEX indicator_name_idx ON indicator (lower(name));
CREATE INDEX indicator_category_idx ON indicator (category, id);

-- The sort and keyset columns use byte order (COLLATE "C"): ids are ASCII slugs, and paging must not depend on
-- the server's locale.
CREATE TABLE observation (
    id            varchar(100)  COLLATE "C" PRIMARY KEY,
    indicator     varchar(100)  COLLATE "C" NOT NULL REFERENCES indicator (id),
    subject_type  varchar(20)   COLLATE "C" NOT NULL,
    subject       varchar(100)  COLLATE "C" NOT NULL,
    country       varchar(100),
    period        varchar(50),
    period_start  date,
    period_end    date,
    -- Sort key of series: undated figures first. Not mapped by the entity; used by the keyset queries.
    period_sort   date GENERATED ALWAYS AS (coalesce(period_start, DATE '0001-01-01')) STORED,
    value         numeric       NOT NULL,
    value_text    varchar(100),
    qualifiers    text[]        NOT NULL DEFAULT '{}',
    citation_id   varchar(100)  NOT NULL,
    footnote      integer,
    passage       varchar(4000),
    note          varchar(4000),
    rank          varchar(20)   NOT NULL,
    version       bigint        NOT NULL,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(200)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(200)  NOT NULL,
    CONSTRAINT observation_period_complete CHECK (
        (period IS NULL AND period_start IS NULL AND period_end IS NULL)
        OR (period IS NOT NULL AND period_start IS NOT NULL AND period_end IS NOT NULL AND period_start <= period_end))
);
-- One index per filter we offer. The first also serves the default order and series.
CREATE INDEX observation_series_idx ON observation (indicator, subject_type, subject, period_sort, id);
CREATE INDEX observation_subject_idx ON observation (subject_type, subject);
CREATE INDEX observation_country_idx ON observation (country);
CREATE INDEX observation_period_idx ON observation (period_start, period_end);
CREATE INDEX observation_rank_idx ON observation (rank);
CREATE INDEX observation_qualifiers_idx ON observation USING gin (qualifiers);
CREATE INDEX observation_citation_idx ON observation (citation_id);
CREATE INDEX observation_updated_idx ON observation (updated_at, id);

-- Deleted observations, kept so the change feed can tell integrators what to remove.
-- created_at/created_by say when and by whom it was deleted.
CREATE TABLE observation_tombstone (
    id          varchar(100)  COLLATE "C" PRIMARY KEY,
    version     bigint        NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL
);
CREATE INDEX observation_tombstone_changed_idx ON observation_tombstone (created_at, id);

-- Results of imports sent with an Idempotency-Key, replayed when the same key comes again. Now platform's table
-- (db/platform V1), whose migrations run first; IF NOT EXISTS and the checksum callback beforeValidate__v1_checksum.sql
-- came with that order.
CREATE TABLE IF NOT EXISTS import_request (
    idempotency_key  varchar(200)  PRIMARY KEY,
    body_sha256      varchar(64)   NOT NULL,
    result           jsonb         NOT NULL,
    version          bigint        NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(200)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(200)  NOT NULL
);
