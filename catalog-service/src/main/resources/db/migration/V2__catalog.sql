-- The whole record is kept as jsonb in "data" (what the API returns, minus audit); the columns beside it are
-- copies of the fields we filter and sort on, each with an index. "search" is the lower-cased record text for q.
ALTER TABLE country ADD COLUMN data jsonb;
ALTER TABLE country ADD COLUMN search text;
UPDATE country SET data = jsonb_build_object('id', id, 'alpha2', alpha2, 'alpha3', alpha3, 'name', name, 'sources', sources),
                   search = lower(name);
ALTER TABLE country ALTER COLUMN data SET NOT NULL;
ALTER TABLE country ALTER COLUMN search SET NOT NULL;
ALTER TABLE country DROP COLUMN sources;

CREATE TABLE person (
    id          varchar(100) PRIMARY KEY,
    name        varchar(300) NOT NULL,
    data        jsonb        NOT NULL,
    search      text         NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);

CREATE TABLE organisation (
    id          varchar(100) PRIMARY KEY,
    name        varchar(300) NOT NULL,
    kind        varchar(50)  NOT NULL,
    country_id  varchar(100),
    data        jsonb        NOT NULL,
    search      text         NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);
CREATE INDEX organisation_kind_idx ON organisation (kind, id);
CREATE INDEX organisation_country_idx ON organisation (country_id, id);

CREATE TABLE election (
    id          varchar(100) PRIMARY KEY,
    name        varchar(300) NOT NULL,
    country_id  varchar(100) NOT NULL,
    type        varchar(50)  NOT NULL,
    year        integer      NOT NULL,
    held_on     date,
    data        jsonb        NOT NULL,
    search      text         NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);
CREATE INDEX election_country_idx ON election (country_id, id);
CREATE INDEX election_type_idx ON election (type, id);
CREATE INDEX election_year_idx ON election (year, id);
CREATE INDEX election_held_on_idx ON election (held_on);

CREATE TABLE campaign (
    id          varchar(100) PRIMARY KEY,
    name        varchar(300) NOT NULL,
    mode        varchar(50)  NOT NULL,
    country_id  varchar(100),
    election_id varchar(100),
    start_date  date,
    end_date    date,
    data        jsonb        NOT NULL,
    search      text         NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);
CREATE INDEX campaign_mode_idx ON campaign (mode, id);
CREATE INDEX campaign_country_idx ON campaign (country_id, id);
CREATE INDEX campaign_election_idx ON campaign (election_id, id);
CREATE INDEX campaign_dates_idx ON campaign (start_date, end_date);

CREATE TABLE campaign_asset (
    id          varchar(100) PRIMARY KEY,
    name        varchar(300) NOT NULL,
    campaign_id varchar(100) NOT NULL,
    type        varchar(50)  NOT NULL,
    platform    varchar(100),
    data        jsonb        NOT NULL,
    search      text         NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);
CREATE INDEX campaign_asset_campaign_idx ON campaign_asset (campaign_id, id);
CREATE INDEX campaign_asset_platform_idx ON campaign_asset (platform, id);
CREATE INDEX campaign_asset_type_idx ON campaign_asset (type, id);

CREATE TABLE report (
    id          varchar(100) PRIMARY KEY,
    name        varchar(300) NOT NULL,
    year        integer      NOT NULL,
    data        jsonb        NOT NULL,
    search      text         NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);
CREATE INDEX report_year_idx ON report (year, id);

CREATE TABLE chapter (
    id          varchar(100) PRIMARY KEY,
    name        varchar(300) NOT NULL,
    report_id   varchar(100) NOT NULL,
    country_id  varchar(100),
    data        jsonb        NOT NULL,
    search      text         NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);
CREATE INDEX chapter_report_idx ON chapter (report_id, id);
CREATE INDEX chapter_country_idx ON chapter (country_id, id);

-- Which record refers to which (derived from the records on every write): checks deletes (409 while referred
-- to) and serves the filters on many-valued fields (a person's organisations, a campaign's platforms and
-- organisers, an election's candidates). Not a resource, so no version or audit columns.
CREATE TABLE catalog_link (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    from_kind   varchar(50)  NOT NULL,
    from_id     varchar(100) NOT NULL,
    rel         varchar(100) NOT NULL,
    to_kind     varchar(50)  NOT NULL,
    to_id       varchar(100) NOT NULL
);
CREATE INDEX catalog_link_from_idx ON catalog_link (from_kind, from_id);
CREATE INDEX catalog_link_to_idx ON catalog_link (to_kind, to_id, rel, from_kind);
