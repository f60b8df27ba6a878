package org.giswatch.platform.record;

import jakarta.enterprise.context.ApplicationScoped;

/** The parts of the record lifecycle, injected together into every resource. */
@ApplicationScoped
public class RecordLifecycle {

    private final RecordService records;
    private final RecordHistory history;
    private final RecordImport imports;
    private final RecordJson json;

    public RecordLifecycle(RecordService records, RecordHistory history, RecordImport imports, RecordJson json) {
        this.records = records;
        this.history = history;
        this.imports = imports;
        this.json = json;
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

    /** The fast read path: current rows as the JSON PostgreSQL builds. */
    public RecordJson json() {
        return json;
    }
}
