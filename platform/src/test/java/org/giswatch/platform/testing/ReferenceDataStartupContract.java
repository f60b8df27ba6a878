package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.giswatch.platform.data.ReferenceDataLoads;
import org.giswatch.platform.data.ReferenceDataStartup;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The start-up load of a service's reference data runs only when its files differ from those of the last completed
 * load (platform data/ReferenceDataLoads). Each service extends this once, as a {@code @QuarkusTest}.
 */
public abstract class ReferenceDataStartupContract {

    /** What reference_data_load holds after a load of files that have since been edited. */
    protected static final String OLDER_FILES = "0".repeat(64);

    @Inject
    protected ReferenceDataLoads loads;

    @Inject
    protected ReferenceDataStartup loader;

    @Inject
    EntityManager em;

    /** Every reference-data file of the service, listed here independently of the loader. */
    protected abstract List<String> files();

    /** Items loaded from the files, whose ETags (versions) show whether a load changed them. */
    protected abstract List<String> items();

    @Test
    void theFirstStartOnAFreshDatabaseLoadedTheFilesAndRecordedTheirChecksum() {
        assertEquals(Optional.of(loads.checksum(files())), loads.lastLoaded(loader.name()));
    }

    @Test
    void aStartWithUnchangedFilesLoadsNothingAndLeavesEveryVersion() {
        List<String> before = etags();
        assertFalse(loader.loadIfChanged());
        assertEquals(before, etags());
    }

    @Test
    void aStartWithEditedFilesLoadsThemAndRecordsTheirChecksum() {
        loads.recordLoaded(loader.name(), OLDER_FILES);
        List<String> before = etags();
        assertTrue(loader.loadIfChanged());
        assertEquals(before, etags(), "records the edit did not touch keep their version");
        assertEquals(Optional.of(loads.checksum(files())), loads.lastLoaded(loader.name()));
        assertFalse(loader.loadIfChanged());
    }

    @Test
    void aStartOnADatabaseWithoutARecordedLoadLoadsAndRecordsIt() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM " + ReferenceDataLoads.TABLE
                + " WHERE name = ?1").setParameter(1, loader.name()).executeUpdate());
        List<String> before = etags();
        assertTrue(loader.loadIfChanged());
        assertEquals(before, etags(), "the load is idempotent");
        assertEquals(Optional.of(loads.checksum(files())), loads.lastLoaded(loader.name()));
    }

    protected List<String> etags() {
        return items().stream().map(path -> given().get(path).then().statusCode(200).extract().header("ETag"))
                .toList();
    }
}
