package org.giswatch.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * platform's SQL (db/platform: the record history table, its triggers, the JSON functions) is migrated by a Flyway
 * of its own, with its own history table {@value #TABLE}, before the service's migrations (db/migration, history in
 * flyway_schema_history): the two numberings never meet, so a service's next migration and platform's next one
 * never have to dodge each other's version numbers (docs/architecture.md, "Migrations").
 * <p>
 * The service's Flyway is the one Quarkus runs at start-up (migrate-at-start, before Hibernate starts); this
 * customizer hooks platform's run into it, at the first thing its migrate does (validation), so the order holds
 * however the service starts. Two settings follow from the order:
 * <ul>
 * <li>On a fresh database the service's schema already holds platform's tables when its Flyway first looks, so it
 * starts its history with a baseline at version 0 (every service migration, V1 on, is then applied as before).
 * <li>A database written before this layout (commit 9487eff and earlier: platform's scripts were V3_9, V21 and V22
 * in the service's history) has its platform rows moved, as they are, to {@value #TABLE} under the new versions
 * (1, 2, 3) the first time: same descriptions and checksums (the scripts are unchanged), same installation times
 * and authors. Both histories then validate and nothing is migrated again.
 * </ul>
 * Replicas that start together take turns: the adoption and platform's migrations run under one advisory lock.
 */
@Singleton
public class PlatformMigrations implements FlywayConfigurationCustomizer {

    /** platform's Flyway history table. */
    public static final String TABLE = "platform_schema_history";
    /** Where platform's migration scripts are on the class path. */
    public static final String LOCATION = "db/platform";

    private static final Logger LOG = Logger.getLogger(PlatformMigrations.class);

    /**
     * The session-level advisory lock that serialises the replicas' adoption and platform migrations, in the two-int
     * key space (Flyway's own locks use the one-bigint space, which does not overlap it).
     */
    private static final String LOCK_KEY = "hashtext('giswatch:migrations'), hashtext('platform')";

    /** platform's scripts as the service histories of the old layout name them, and their version now. */
    record Adopted(String oldVersion, String description, String version, String script) {
    }

    static final List<Adopted> ADOPTED = List.of(
            new Adopted("3.9", "record history", "1", "V1__record_history.sql"),
            new Adopted("21", "history keeps past states only", "2", "V2__history_keeps_past_states_only.sql"),
            new Adopted("22", "record json", "3", "V3__record_json.sql"));

    @Override
    public void customize(FluentConfiguration service) {
        configure(service);
    }

    /** What the service's Flyway needs to run after platform's: the Flyway that Quarkus builds, or a test's. */
    public static FluentConfiguration configure(FluentConfiguration service) {
        List<Callback> callbacks = new ArrayList<>(List.of(service.getCallbacks()));
        callbacks.add(new BeforeServiceMigrations());
        return service.validateOnMigrate(true)
                .baselineOnMigrate(true).baselineVersion("0").baselineDescription("platform migrations ran first")
                .callbacks(callbacks.toArray(Callback[]::new));
    }

    /**
     * Adopts an old-layout history and migrates platform's schema, under the advisory lock, on {@code dataSource}
     * (the service's) with the service's history table named {@code serviceTable}.
     */
    public static MigrateResult migrate(DataSource dataSource, String serviceTable) {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            execute(lock, "SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            try {
                adopt(lock, serviceTable);
                return Flyway.configure(PlatformMigrations.class.getClassLoader()).dataSource(dataSource)
                        .table(TABLE).locations("classpath:" + LOCATION).load().migrate();
            } finally {
                execute(lock, "SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not migrate platform's schema", e);
        }
    }

    /**
     * Moves platform's rows of an old-layout service history into {@value #TABLE} (created like the service's,
     * whose columns are Flyway's), in one transaction. Nothing happens once {@value #TABLE} exists.
     */
    static void adopt(Connection connection, String serviceTable) throws SQLException {
        try (Statement s = connection.createStatement()) {
            var found = s.executeQuery("SELECT to_regclass('" + TABLE + "') IS NULL AND to_regclass('" + serviceTable
                    + "') IS NOT NULL");
            found.next();
            if (!found.getBoolean(1)) {
                return;
            }
        }
        StringBuilder mapping = new StringBuilder();
        for (Adopted a : ADOPTED) {
            mapping.append(mapping.isEmpty() ? "" : ", ").append("('").append(a.oldVersion()).append("', '")
                    .append(a.description()).append("', '").append(a.version()).append("', '")
                    .append(a.script()).append("')");
        }
        String moved = " FROM " + serviceTable + " h JOIN (VALUES " + mapping
                + ") AS m(old_version, description, version, script) ON h.version = m.old_version"
                + " AND h.description = m.description";
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            int rows;
            try (var count = s.executeQuery("SELECT count(*)" + moved)) {
                count.next();
                rows = count.getInt(1);
            }
            if (rows > 0) {
                s.execute("CREATE TABLE " + TABLE + " (LIKE " + serviceTable + " INCLUDING ALL)");
                s.execute("INSERT INTO " + TABLE + " (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, installed_on, execution_time, success)"
                        + " SELECT row_number() OVER (ORDER BY h.installed_rank), m.version, h.description, h.type,"
                        + " m.script, h.checksum, h.installed_by, h.installed_on, h.execution_time, h.success" + moved);
                s.execute("DELETE FROM " + serviceTable + " h USING (VALUES " + mapping
                        + ") AS m(old_version, description, version, script) WHERE h.version = m.old_version"
                        + " AND h.description = m.description");
                LOG.infof("Moved platform's %d migration(s) from %s to %s (the layout before platform had its own"
                        + " history)", rows, serviceTable, TABLE);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs platform's migrations when the service's Flyway starts validating, the first step of its migrate. */
    static final class BeforeServiceMigrations implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_VALIDATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            // platform's Flyway uses connections of its own: none of the service's may be held open meanwhile.
            return false;
        }

        @Override
        public void handle(Event event, Context context) {
            migrate(context.getConfiguration().getDataSource(), context.getConfiguration().getTable());
        }

        @Override
        public String getCallbackName() {
            return "platform migrations";
        }
    }
}
