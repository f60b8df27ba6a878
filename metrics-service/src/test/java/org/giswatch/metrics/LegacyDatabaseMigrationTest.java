package org.giswatch.metrics;

import org.giswatch.platform.testing.LegacyDatabaseMigrationContract;

/** metrics' database of commit 9487eff (platform's V3_9 and V21–V22 around its V1–V4 and V20) migrates in place. */
class LegacyDatabaseMigrationTest extends LegacyDatabaseMigrationContract {

    @Override
    protected String fixture() {
        return "legacy/9487eff-metrics.sql";
    }

    @Override
    protected String database() {
        return "metrics_legacy";
    }

    @Override
    protected String update() {
        return "UPDATE observation SET note = 'Edited after the migration.', version = version + 1"
                + " WHERE id = 'kz-blog-share-2011'";
    }
}
