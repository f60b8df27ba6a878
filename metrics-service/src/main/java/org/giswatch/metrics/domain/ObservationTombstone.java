package org.giswatch.metrics.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.giswatch.platform.persistence.AuditedEntity;

/** A deleted observation, so the change feed reports deletions. Its created_at is the deletion time. */
@Entity
@Table(name = "observation_tombstone")
public class ObservationTombstone extends AuditedEntity {

    @Id
    public String id;

    /** Records that {@code id} was deleted now, replacing an older tombstone of the same id. */
    public static void record(String id) {
        deleteById(id);
        flushAll();
        ObservationTombstone tombstone = new ObservationTombstone();
        tombstone.id = id;
        tombstone.persist();
    }

    private static void flushAll() {
        getEntityManager().flush();
    }
}
