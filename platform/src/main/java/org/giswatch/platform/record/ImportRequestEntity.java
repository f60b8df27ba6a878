package org.giswatch.platform.record;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.giswatch.contract.common.ImportResult;
import org.giswatch.platform.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The result of an import sent with an Idempotency-Key, replayed when the same key comes again. */
@Entity
@Table(name = "import_request")
public class ImportRequestEntity extends AuditedEntity {

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "body_sha256")
    public String bodySha256;

    @JdbcTypeCode(SqlTypes.JSON)
    public ImportResult result;

    public static Optional<ImportRequestEntity> findByKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }
}
