-- Curation (docs/api/curation.md): a chapter's Markdown as last ingested, and the figure candidates found in it.
CREATE TABLE chapter_text (
    chapter_id   varchar(100)  COLLATE "C" PRIMARY KEY,
    markdown     text          NOT NULL,
    sha256       varchar(64)   NOT NULL,
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL
);

-- A candidate is identified across edits of its chapter by its passage, printed number and occurrence (figure_key,
-- their SHA-256);
-- a decision (accepted with its observation, rejected with its reason) stays with that identity.
CREATE TABLE candidate (
    id                      varchar(100)   COLLATE "C" PRIMARY KEY,
    chapter_id              varchar(100)   COLLATE "C" NOT NULL,
    figure_key              varchar(64)    NOT NULL,
    position                integer        NOT NULL,
    status                  varchar(10)    NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected')),
    present                 boolean        NOT NULL,
    value                   numeric        NOT NULL,
    printed                 varchar(100)   NOT NULL,
    value_text              varchar(200)   NOT NULL,
    unit                    varchar(20)    NOT NULL,
    noun                    varchar(100),
    period                  varchar(50),
    qualifiers              text[]         NOT NULL DEFAULT '{}',
    hedges                  text[]         NOT NULL DEFAULT '{}',
    citation_id             varchar(100)   NOT NULL,
    footnote                integer,
    footnote_from_previous  boolean        NOT NULL DEFAULT false,
    passage                 varchar(4000)  NOT NULL,
    observation_id          varchar(100),
    rejection_reason        varchar(1000),
    version                 bigint         NOT NULL,
    created_at              timestamptz    NOT NULL,
    created_by              varchar(200)   NOT NULL,
    updated_at              timestamptz    NOT NULL,
    updated_by              varchar(200)   NOT NULL,
    CONSTRAINT candidate_identity UNIQUE (chapter_id, figure_key),
    CONSTRAINT candidate_decision CHECK (
        (status = 'accepted' AND observation_id IS NOT NULL AND rejection_reason IS NULL)
        OR (status = 'rejected' AND observation_id IS NULL AND rejection_reason IS NOT NULL)
        OR (status = 'proposed' AND observation_id IS NULL AND rejection_reason IS NULL))
);
-- GET /candidates?chapter=&status= in chapter order; the id breaks ties for the keyset.
CREATE INDEX candidate_chapter_idx ON candidate (chapter_id, status, id);
CREATE UNIQUE INDEX candidate_observation_idx ON candidate (observation_id) WHERE observation_id IS NOT NULL;
