package org.giswatch.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the local stack and the tests use: the one named by the standard libpq variables
 * (PGHOST, PGPORT, PGUSER, PGPASSWORD) when PGHOST is set, otherwise an embedded PostgreSQL 17 (the major version
 * production runs).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Path dataDirectory;
    private final Supplier<EmbeddedPostgres.Builder> restartBuilder;
    private EmbeddedPostgres embedded;
    private boolean closed;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded,
            Path dataDirectory, Supplier<EmbeddedPostgres.Builder> restartBuilder) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.restartBuilder = restartBuilder;
    }

    /**
     * @param dataDirectory where an embedded server keeps its data, which is then durable (fsync,
     *        synchronous_commit and full_page_writes on: a commit acknowledged is on disk); null for a throw-away
     *        directory with the embedded library's fast, non-durable test settings
     * @param embeddedPort the port of an embedded server; 0 for any free port
     */
    public static PostgresServer start(Path dataDirectory, int embeddedPort) throws IOException {
        Map<String, String> env = System.getenv();
        String externalHost = env.get("PGHOST");
        if (externalHost != null && !externalHost.isBlank()) {
            return new PostgresServer(externalHost, Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                    env.getOrDefault("PGUSER", "postgres"), env.getOrDefault("PGPASSWORD", ""), null, null, null);
        }
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
        }
        EmbeddedPostgres.Builder builder = builder(dataDirectory, embeddedPort);
        EmbeddedPostgres server = builder.start();
        // Restarts reuse the port the first start was given.
        Path data = dataDirectory;
        int port = server.getPort();
        return new PostgresServer("localhost", port, "postgres", "", server, data, () -> builder(data, port));
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // The owner stops the server (./stack after its services; tests when their JVM ends).
                .setRegisterShutdownHook(false)
                // Crash recovery after a kill replays the WAL before the server accepts connections.
                .setPGStartupWait(STARTUP_WAIT);
        if (dataDirectory != null) {
            // zonky starts every server with -F (fsync off) and synchronous_commit=off, fine for tests' throw-away
            // data; these later settings win, so data the stack keeps survives a crash of PostgreSQL or the machine.
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) throws SQLException {
        try (Connection c = admin();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE \"" + identifier(name) + "\"");
                    }
                }
            }
        }
    }

    /** Drops and creates the database, for test runs that must start empty. */
    public void recreateDatabase(String name) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + identifier(name) + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + identifier(name) + "\"");
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        return name;
    }

    /**
     * The process id of the embedded server's postmaster (first line of postmaster.pid) when it keeps its data in
     * a given directory; an external server has none.
     */
    public synchronized OptionalLong postmasterPid() {
        if (embedded == null || closed || dataDirectory == null) {
            return OptionalLong.empty();
        }
        try {
            String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
            return OptionalLong.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Starts the embedded server again on the same data directory and port after its postmaster died: PostgreSQL
     * replays its write-ahead log, so every committed transaction is back. Throws while it cannot start yet (old
     * processes still holding the shared memory); the caller retries with backoff.
     */
    public synchronized void restart() throws IOException {
        if (embedded == null || closed) {
            return;
        }
        try {
            embedded.close(); // releases the data directory's lock; its "stop" fails harmlessly on a dead server
        } catch (IOException | RuntimeException ignored) {
            // the server is gone already
        }
        embedded = restartBuilder.get().start();
    }

    /**
     * Stops an embedded server with a fast shutdown and waits until its postmaster has gone: zonky's own stop gives
     * up after 5 s, while the final checkpoint of a durable server on a busy machine can take longer.
     */
    @Override
    public synchronized void close() throws IOException {
        if (embedded != null && !closed) {
            OptionalLong pid = postmasterPid();
            closed = true;
            embedded.close();
            long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
            while (pid.isPresent() && alive(pid.getAsLong()) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Whether the process runs: present and not a zombie waiting to be reaped (/proc/<pid>/stat state Z or X), which
     * {@link ProcessHandle#isAlive()} still counts as alive.
     */
    public static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }
}
