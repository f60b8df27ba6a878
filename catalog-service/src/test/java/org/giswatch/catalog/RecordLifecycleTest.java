package org.giswatch.catalog;

import java.util.List;

import org.giswatch.platform.testing.RecordCollection;
import org.giswatch.platform.testing.RecordLifecycleContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected List<RecordCollection> collections() {
        return CatalogCollections.all();
    }
}
