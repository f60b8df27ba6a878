package org.giswatch.metrics;

import java.util.List;

import org.giswatch.platform.testing.RecordCollection;
import org.giswatch.platform.testing.RecordMirrorContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MirrorTest extends RecordMirrorContract {

    @Override
    protected List<RecordCollection> collections() {
        return RecordLifecycleTest.COLLECTIONS;
    }
}
