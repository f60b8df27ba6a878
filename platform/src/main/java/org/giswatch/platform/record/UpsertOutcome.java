package org.giswatch.platform.record;

/** What storing a record by its id did. */
public enum UpsertOutcome {
    CREATED, UPDATED, UNCHANGED, DELETED
}
