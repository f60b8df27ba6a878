package org.giswatch.catalog;

import java.util.List;

import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.testing.RecordCollection;
import org.giswatch.platform.testing.RecordJsonContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecordJsonTest extends RecordJsonContract {

    @Override
    protected List<RecordKind<?, ?>> kinds() {
        return CatalogKind.ALL;
    }

    @Override
    protected List<RecordCollection> collections() {
        return CatalogCollections.all();
    }

    /** Catalog records are stored as jsonb, whose keys come in jsonb's order. */
    @Override
    protected boolean keepsKeyOrder(RecordKind<?, ?> kind) {
        return false;
    }
}
