package org.giswatch.platform.testing;

import java.util.Map;

import org.giswatch.devstack.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives each test application a fresh database on one PostgreSQL server per test JVM: embedded by default, or
 * the server named by PGHOST/PGPORT/PGUSER/PGPASSWORD (then databases are suffixed "_test").
 * Each service registers it once with its database name as the "database" init argument.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer server;

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "app");
    }

    @Override
    public Map<String, String> start() {
        try {
            PostgresServer postgres = server();
            String name = postgres.isEmbedded() ? database : database + "_test";
            postgres.recreateDatabase(name);
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(name),
                    "quarkus.datasource.username", postgres.user(),
                    "quarkus.datasource.password", postgres.password());
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the test database", e);
        }
    }

    private static synchronized PostgresServer server() throws Exception {
        if (server == null) {
            server = PostgresServer.start(null, 0);
            PostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return server;
    }

    @Override
    public void stop() {
        // The server outlives each application: it is shared by every test class of this JVM.
    }
}
