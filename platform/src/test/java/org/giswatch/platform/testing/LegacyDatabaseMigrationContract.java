package org.giswatch.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.giswatch.platform.migration.PlatformMigrations;
import org.junit.jupiter.api.Test;

/**
 * A database written by commit 9487eff (platform's scripts V3_9, V21 and V22 in the service's own Flyway history)
 * migrates in place to the layout where platform's migrations have their own history (platform
 * migration/PlatformMigrations): restored from a dump of a database the 9487eff service migrated and wrote to, it is
 * migrated as the service does at start-up, and both histories validate, nothing runs again, and every row is still
 * there with its record history. Plain Flyway and JDBC on the embedded PostgreSQL: no Quarkus boot. Each service
 * extends it once with its fixture.
 */
public abstract class LegacyDatabaseMigrationContract {

    /** The class-path resource of the dump (plain SQL) of the service's database as 9487eff left it. */
    protected abstract String fixture();

    /** A name for the test's databases. */
    protected abstract String database();

    /** A statement that updates one stored record through its table, whose history trigger must record it. */
    protected abstract String update();

    @Test
    void aDatabaseWrittenByCommit9487effMigratesInPlaceKeepingEveryRowAndItsHistory() throws Exception {
        Database db = Database.fresh(database() + "_9487eff");
        try (Connection c = db.connect()) {
            execute(c, fixture(fixture()));
            Map<String, List<String>> columns = columns(c);
            Map<String, String> rowsBefore = tableContents(c, columns);
            List<String> serviceHistoryBefore = history(c, "flyway_schema_history");
            assertTrue(serviceHistoryBefore.stream().anyMatch(r -> r.startsWith("3.9 record history ")),
                    "the fixture has the old layout: " + serviceHistoryBefore);

            // The service's migrations written since 9487eff, and only those, run; then nothing is left to run.
            int newSince = db.serviceFlyway().info().pending().length;
            MigrateResult result = db.serviceFlyway().migrate();

            assertEquals(newSince, result.migrationsExecuted, "only the migrations written since run");
            assertEquals(0, db.serviceFlyway().migrate().migrationsExecuted, "nothing is migrated again");
            assertTrue(db.serviceFlyway().validateWithResult().validationSuccessful, "the service's history validates");
            assertTrue(db.platformFlyway().validateWithResult().validationSuccessful, "platform's history validates");
            assertEquals(rowsBefore, tableContents(c, columns), "every row of every table is as it was (in the "
                    + "columns it had; later migrations may add columns)");
            List<String> platformRows = serviceHistoryBefore.stream().filter(PlatformRows::legacy)
                    .map(PlatformRows::renumbered).toList();
            assertEquals(3, platformRows.size());
            assertEquals(platformRows, history(c, PlatformMigrations.TABLE),
                    "platform's rows moved with their checksums, authors and times, under their new versions");
            // (A checksum may change where the service itself realigns one: metrics' V1, see its beforeValidate.)
            List<String> serviceRowsBefore = serviceHistoryBefore.stream().filter(r -> !PlatformRows.legacy(r))
                    .map(PlatformRows::withoutChecksum).toList();
            assertEquals(serviceRowsBefore, history(c, "flyway_schema_history").stream()
                    .map(PlatformRows::withoutChecksum).toList().subList(0, serviceRowsBefore.size()),
                    "the service's own rows stay as they were, the new migrations after them");

            // The history triggers are still attached: an update is recorded, with the version it ended.
            long historyRows = count(c, "SELECT count(*) FROM record_history");
            assertEquals(1, update(c, update()));
            assertEquals(historyRows + 1, count(c, "SELECT count(*) FROM record_history"));
        }
    }

    @Test
    void aFreshDatabaseGetsBothHistoriesAndASecondStartMigratesNothing() throws Exception {
        Database db = Database.fresh(database() + "_fresh");
        MigrateResult first = db.serviceFlyway().migrate();
        assertTrue(first.migrationsExecuted > 0);
        try (Connection c = db.connect()) {
            assertEquals(List.of("1 record history", "2 history keeps past states only", "3 record json"),
                    history(c, PlatformMigrations.TABLE).stream().map(PlatformRows::versionAndDescription).toList());
            List<String> service = history(c, "flyway_schema_history");
            assertTrue(service.get(0).startsWith("0 platform migrations ran first "), service.get(0));
            assertTrue(service.stream().noneMatch(PlatformRows::legacy), "no platform script in the service's history");
        }
        assertEquals(0, db.serviceFlyway().migrate().migrationsExecuted);
    }

    /** A fresh database on the tests' PostgreSQL server. */
    private record Database(String url, String user, String password) {
        static Database fresh(String name) {
            PostgresTestResource resource = new PostgresTestResource();
            resource.init(Map.of("database", name));
            Map<String, String> config = resource.start();
            return new Database(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"));
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** The service's Flyway as the service configures it (its db/migration, platform's customisation). */
        Flyway serviceFlyway() {
            return PlatformMigrations.configure(Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/migration")).load();
        }

        Flyway platformFlyway() {
            return Flyway.configure().dataSource(url, user, password).table(PlatformMigrations.TABLE)
                    .locations("classpath:" + PlatformMigrations.LOCATION).load();
        }
    }

    /** A history row as "version description checksum installed_by installed_on execution_time success". */
    private static final class PlatformRows {
        static boolean legacy(String row) {
            return row.startsWith("3.9 record history ") || row.startsWith("21 history keeps past states only ")
                    || row.startsWith("22 record json ");
        }

        static String renumbered(String row) {
            String version = row.substring(0, row.indexOf(' '));
            String renumbered = switch (version) {
                case "3.9" -> "1";
                case "21" -> "2";
                default -> "3";
            };
            return renumbered + row.substring(version.length());
        }

        static String withoutChecksum(String row) {
            String[] fields = row.split(" \\| ", 2);
            return fields[0] + " | " + fields[1].replaceFirst("^(\\S+) \\S* ", "$1 ");
        }

        static String versionAndDescription(String row) {
            return row.substring(0, row.indexOf(" |"));
        }
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every table but the Flyway histories: its row count and a digest of its rows in a fixed order. */
    /** The columns of each table of the fixture, in their order. */
    private static Map<String, List<String>> columns(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        List<String> tables = strings(c, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                + " AND relkind = 'r' AND relname NOT IN ('flyway_schema_history', '" + PlatformMigrations.TABLE
                + "') ORDER BY relname");
        for (String table : tables) {
            columns.put(table, strings(c, "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = '"
                    + table + "'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"));
        }
        return columns;
    }

    /** Each table's rows over the given columns: their count and a digest. */
    private static Map<String, String> tableContents(Connection c, Map<String, List<String>> columns)
            throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            String row = "ROW(" + String.join(", ", table.getValue().stream().map(col -> "t." + col).toList())
                    + ")::text";
            contents.put(table.getKey(), strings(c, "SELECT count(*) || ' ' || coalesce(md5(string_agg(" + row
                    + ", '|' ORDER BY " + row + ")), '') FROM " + table.getKey() + " t").get(0));
        }
        assertTrue(contents.containsKey("record_history"), "the fixture holds the record history: " + contents);
        return contents;
    }

    private static List<String> history(Connection c, String table) throws SQLException {
        return strings(c, "SELECT coalesce(version, '') || ' ' || description || ' | ' || type || ' '"
                + " || coalesce(checksum::text, '') || ' ' || installed_by || ' ' || installed_on || ' '"
                + " || execution_time || ' ' || success FROM " + table + " ORDER BY installed_rank");
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Long.parseLong(strings(c, sql).get(0));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
