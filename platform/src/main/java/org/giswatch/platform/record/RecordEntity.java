package org.giswatch.platform.record;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.giswatch.contract.common.ApiRecord;
import org.giswatch.platform.persistence.AuditedEntity;

/** A stored record: a slug id, the audited columns, and the mapping to and from its API record. */
@MappedSuperclass
public abstract class RecordEntity<D extends ApiRecord<D>> extends AuditedEntity {

    @Id
    public String id;

    /** Copies a validated (and, where the kind needs it, normalised) record into the columns. */
    public abstract void apply(D record);

    public abstract D toDto();
}
