package org.giswatch.contract.catalog;

import org.giswatch.contract.common.Audit;

/** What every catalog record has: a slug id and its audit trail, which the server sets and writes ignore. */
public interface CatalogRecord<D extends CatalogRecord<D>> {

    String id();

    Audit audit();

    /** The same record with another audit block (null strips it, for comparing content). */
    D withAudit(Audit audit);
}
