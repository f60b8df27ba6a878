package org.giswatch.catalog.domain;

import java.util.List;

import jakarta.persistence.MappedSuperclass;

import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.platform.record.RecordEntity;
import org.giswatch.platform.record.RecordJson;

/**
 * A catalog row: the record itself (jsonb "data", without audit) plus copies of the fields that are filtered or
 * sorted on. Subclasses declare the typed data field, because Hibernate needs its concrete type.
 */
@MappedSuperclass
public abstract class CatalogEntity<D extends CatalogRecord<D>> extends RecordEntity<D> {

    /**
     * {@link #toDto()} as PostgreSQL builds it (the fast read path, RecordJson): the stored record plus its audit.
     * Its keys come in jsonb's order.
     */
    public static final String JSON = "r.data || jsonb_build_object('audit', " + RecordJson.AUDIT + ")";

    public String name;

    /** Lower-cased text of the whole record, for free-text {@code q}. */
    public String search;

    public abstract D data();

    /** The ids this record refers to, with the field that holds each. */
    public abstract List<Ref> references();

    @Override
    public D toDto() {
        return data().withAudit(audit());
    }
}
