package org.giswatch.catalog;

import org.giswatch.platform.testing.LegacyDatabaseMigrationContract;

/** catalog's database of commit 9487eff (platform's V3_9 and V21–V22 between its V1–V4 and V23) migrates in place. */
class LegacyDatabaseMigrationTest extends LegacyDatabaseMigrationContract {

    @Override
    protected String fixture() {
        return "legacy/9487eff-catalog.sql";
    }

    @Override
    protected String database() {
        return "catalog_legacy";
    }

    @Override
    protected String update() {
        return "UPDATE country SET version = version + 1 WHERE id = 'kz'";
    }
}
