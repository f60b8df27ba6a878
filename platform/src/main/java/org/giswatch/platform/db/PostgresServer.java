package org.giswatch.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the local stack and the tests use: the one named by the standard libpq variables
 * (PGHOST, PGPORT, PGUSER, PGPASSWORD) when PGHOST is set, otherwise an embedded PostgreSQL 17 (the major version production runs).
 */
public final class PostgresServer implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * @param dataDirectory where an embedded server keeps its data; null for a throw-away directory
     * @param embeddedPort the port of an embedded server; 0 for any free port
     */
    public static PostgresServer start(Path dataDirectory, int embeddedPort) throws IOException {
        Map<String, String> env = System.getenv();
        String externalHost = env.get("PGHOST");
        if (externalHost != null && !externalHost.isBlank()) {
            return new PostgresServer(externalHost, Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                    env.getOrDefault("PGUSER", "postgres"), env.getOrDefault("PGPASSWORD", ""), null);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (embeddedPort > 0) {
            builder.setPort(embeddedPort);
        }
        EmbeddedPostgres server = builder.start();
        return new PostgresServer("localhost", server.getPort(), "postgres", "", server);
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

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
