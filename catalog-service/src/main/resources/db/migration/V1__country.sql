-- Every table of a stored resource carries the audit columns of AuditedEntity.
CREATE TABLE country (
    id          varchar(100) PRIMARY KEY,
    alpha2      varchar(2)     NOT NULL UNIQUE,
    alpha3      varchar(3)     NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    sources     jsonb        NOT NULL DEFAULT '[]',
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL
);
CREATE INDEX country_name_idx ON country (lower(name));
