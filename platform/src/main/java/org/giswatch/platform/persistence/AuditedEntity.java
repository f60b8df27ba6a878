package org.giswatch.platform.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.giswatch.contract.common.Audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Base of every stored resource: an optimistic-lock version (the ETag) and who created and last changed it.
 * Tables carry the columns version, created_at, created_by, updated_at, updated_by.
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @PrePersist
    void onCreate() {
        createdAt = now();
        createdBy = Actor.current();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
        updatedBy = Actor.current();
    }

    public Audit audit() {
        return new Audit(createdAt, createdBy, updatedAt, updatedBy);
    }

    private static OffsetDateTime now() {
        // PostgreSQL keeps microseconds; truncating here keeps what we return equal to what we stored.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
