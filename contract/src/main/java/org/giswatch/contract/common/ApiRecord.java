package org.giswatch.contract.common;

/** What every stored record has: a slug id and its audit trail, which the server sets and writes ignore. */
public interface ApiRecord<D extends ApiRecord<D>> {

    String id();

    Audit audit();

    /** The same record with another audit block (null strips it, for comparing content). */
    D withAudit(Audit audit);
}
