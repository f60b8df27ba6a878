-- Issue 26. Units: an observation states its unit, taken from its indicator when written; an indicator may declare
-- bounds (percent defaults to 0–100, counts to non-negative whole numbers; docs/api/metrics.md#units). Currency codes
-- are upper case (ISO 4217); stored lower-case ones are normalised here (the API accepts them in any case too).
ALTER TABLE indicator ADD COLUMN min_value numeric;
ALTER TABLE indicator ADD COLUMN max_value numeric;
ALTER TABLE observation ADD COLUMN unit varchar(50);

-- The units the observations already had, through their indicators: the content is what it was, so the history
-- triggers are off (no version of any record changes). Observations whose value breaks the new rules are not
-- rewritten; GET /integrity lists them.
ALTER TABLE indicator DISABLE TRIGGER indicator_history_change;
UPDATE indicator SET unit = upper(unit) WHERE unit ~ '^[a-z]{3}$' AND unit NOT IN ('percent', 'count');
ALTER TABLE indicator ENABLE TRIGGER indicator_history_change;
ALTER TABLE observation DISABLE TRIGGER observation_history_change;
UPDATE observation o SET unit = i.unit FROM indicator i WHERE i.id = o.indicator;
UPDATE observation SET unit = 'count' WHERE unit IS NULL;
ALTER TABLE observation ENABLE TRIGGER observation_history_change;
ALTER TABLE observation ALTER COLUMN unit SET NOT NULL;

-- Curation (docs/api/curation.md): a proposed candidate that an edit of its chapter removed is 'vanished', not
-- 'proposed', so the queue of proposed candidates lists only what the current text says; it is proposed again if
-- the figure comes back.
ALTER TABLE candidate DROP CONSTRAINT candidate_status_check;
ALTER TABLE candidate DROP CONSTRAINT candidate_decision;
UPDATE candidate SET status = 'vanished' WHERE status = 'proposed' AND NOT present;
ALTER TABLE candidate ADD CONSTRAINT candidate_status_check
    CHECK (status IN ('proposed', 'accepted', 'rejected', 'vanished'));
ALTER TABLE candidate ADD CONSTRAINT candidate_decision CHECK (
    (status = 'accepted' AND observation_id IS NOT NULL AND rejection_reason IS NULL)
    OR (status = 'rejected' AND observation_id IS NULL AND rejection_reason IS NOT NULL)
    OR (status IN ('proposed', 'vanished') AND observation_id IS NULL AND rejection_reason IS NULL));
-- Candidates refer to citations (ReferenceGuard asks metrics-service before a citation is deleted).
CREATE INDEX candidate_citation_idx ON candidate (citation_id);
