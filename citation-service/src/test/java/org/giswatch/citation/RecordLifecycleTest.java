package org.giswatch.citation;

import java.util.List;

import org.giswatch.platform.testing.RecordCollection;
import org.giswatch.platform.testing.RecordLifecycleContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecordLifecycleTest extends RecordLifecycleContract {

    /** Citations, the service's one collection. */
    static final List<RecordCollection> COLLECTIONS = List.of(new RecordCollection("/citations",
            id -> CitationResourceTest.citation(id, "Test source " + id, ""), "title", true));

    @Override
    protected List<RecordCollection> collections() {
        return COLLECTIONS;
    }
}
