package org.giswatch.metrics;

import java.util.List;

import org.giswatch.platform.testing.RecordCollection;
import org.giswatch.platform.testing.RecordLifecycleContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecordLifecycleTest extends RecordLifecycleContract {

    /** Indicators and observations (whose CSV has its own columns, see ObservationApi). */
    static final List<RecordCollection> COLLECTIONS = List.of(
            new RecordCollection("/indicators", id -> """
                    {"id":"%s","name":"Test indicator","unit":"count","category":"internet-access"}""".formatted(id),
                    "name", true),
            // About an organisation no reference figure is about, and "estimate": the reference figures' filters in
            // other test classes of this shared database must not see these records.
            new RecordCollection("/observations", id -> ImportTest.row(id, "7")
                    .replace("\"subjectType\":\"campaign-asset\",\"subject\":\"shrek-referendum-video\"",
                            "\"subjectType\":\"organisation\",\"subject\":\"tabigat\"")
                    .replace("[\"reported\"]", "[\"estimate\"]"), "note", false));

    @Override
    protected List<RecordCollection> collections() {
        return COLLECTIONS;
    }
}
