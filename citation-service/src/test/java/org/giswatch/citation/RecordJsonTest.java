package org.giswatch.citation;

import java.util.List;

import org.giswatch.citation.service.CitationService;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.testing.RecordCollection;
import org.giswatch.platform.testing.RecordJsonContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecordJsonTest extends RecordJsonContract {

    @Override
    protected List<RecordKind<?, ?>> kinds() {
        return List.of(CitationService.KIND);
    }

    @Override
    protected List<RecordCollection> collections() {
        return RecordLifecycleTest.COLLECTIONS;
    }

    /** citedIn is stored as jsonb: the keys of its entries come in jsonb's order. */
    @Override
    protected boolean keepsKeyOrder(RecordKind<?, ?> kind) {
        return false;
    }
}
