-- The reference-data files of the last completed load (platform data/ReferenceDataLoads): a restart with
-- byte-identical files skips the load. Bookkeeping only, not an API resource.
CREATE TABLE reference_data_load (
    name      varchar(100) PRIMARY KEY,
    checksum  char(64)     NOT NULL,
    loaded_at timestamptz  NOT NULL
);
