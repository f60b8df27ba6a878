package org.giswatch.platform.record;

import jakarta.enterprise.context.ApplicationScoped;

/** The three parts of the record lifecycle, injected together into every resource. */
@ApplicationScoped
public class RecordLifecycle {

    private final RecordService records;
    private final RecordHistory history;
    private final RecordImport imports;
    public RecordLifecycle(RecordService records, RecordHistory history, RecordImport imports) {
        this.records = records;
        this.history = history;
        this.imports = imports;
    }

    public RecordService records() {
        return records;
    }

    public RecordHistory history() {
        return history;
    }

    public RecordImport imports() {
        return imports;
    }
}
