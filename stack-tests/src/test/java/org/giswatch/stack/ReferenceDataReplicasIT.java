package org.giswatch.stack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.giswatch.devstack.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of one service started at the same moment on an empty database (a rollout of a fresh install, two or
 * more pods): the migrations run once (platform's, then the service's) and the reference data is loaded once,
 * by one of them (platform data/ReferenceDataLoads, under an advisory lock), while the other waits and finds it
 * loaded. Runs the packaged catalog-service jar twice on free ports against one fresh database of the embedded
 * PostgreSQL.
 */
class ReferenceDataReplicasIT {

    static final Path JAR = StackBackupIT.ROOT.resolve("catalog-service/target/quarkus-app/quarkus-run.jar");
    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    static final List<String> TABLES = List.of("country", "person", "organisation", "election", "campaign",
            "campaign_asset", "report", "chapter");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void twoReplicasStartingTogetherOnAnEmptyDatabaseLoadTheReferenceDataOnce(@TempDir Path logs) throws Exception {
        assertTrue(Files.exists(JAR), JAR + " is missing: the build packages catalog-service before stack-tests");
        try (PostgresServer postgres = PostgresServer.start(null, 0)) {
            postgres.recreateDatabase("catalog_replicas");
            List<Process> replicas = new ArrayList<>();
            List<Integer> ports = List.of(freePort(), freePort());
            try {
                for (int i = 0; i < 2; i++) {
                    ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                            "-Dquarkus.http.port=" + ports.get(i), "-jar", JAR.toString())
                            .redirectErrorStream(true).redirectOutput(logs.resolve("replica-" + i + ".log").toFile());
                    builder.environment().put("DB_URL", postgres.jdbcUrl("catalog_replicas"));
                    builder.environment().put("DB_USERNAME", postgres.user());
                    builder.environment().put("DB_PASSWORD", postgres.password());
                    replicas.add(builder.start());
                }
                for (int i = 0; i < 2; i++) {
                    int replica = i;
                    await("replica " + i + " ready").atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250))
                            .until(() -> {
                                if (!replicas.get(replica).isAlive()) {
                                    throw new IllegalStateException("replica " + replica + " exited:\n"
                                            + Files.readString(logs.resolve("replica-" + replica + ".log")));
                                }
                                return ready(ports.get(replica));
                            });
                }
            } finally {
                for (Process replica : replicas) {
                    replica.destroy();
                    if (!replica.waitFor(20, TimeUnit.SECONDS)) {
                        replica.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                }
            }

            List<String> loaded = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String log = Files.readString(logs.resolve("replica-" + i + ".log"));
                if (log.contains("Reference data loaded:")) {
                    loaded.add("replica " + i);
                }
                if (log.contains("Reference data unchanged since the last load")) {
                    skipped.add("replica " + i);
                }
            }
            assertEquals(1, loaded.size(), "one replica loaded the files: " + loaded);
            assertEquals(1, skipped.size(), "the other found them loaded: " + skipped);

            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("catalog_replicas"), postgres.user(),
                    postgres.password()); Statement s = c.createStatement()) {
                assertEquals(1, single(s, "SELECT count(*) FROM reference_data_load"), "one completed load");
                long records = 0;
                for (String table : TABLES) {
                    records += single(s, "SELECT count(*) FROM " + table);
                    assertEquals(0, single(s, "SELECT count(*) FROM " + table + " WHERE version <> 0"),
                            table + ": every record is still at its first version");
                }
                assertTrue(records > 40, "the chapter's catalog is loaded: " + records);
                assertEquals(records, single(s, "SELECT count(*) FROM record_history"),
                        "one history row a record");
                assertEquals(records, single(s, "SELECT count(DISTINCT (collection, record_id)) FROM record_history"
                        + " WHERE change = 'created'"), "each record created once");
                assertEquals(3, single(s, "SELECT count(*) FROM platform_schema_history"),
                        "platform's migrations ran once");
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean ready(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
