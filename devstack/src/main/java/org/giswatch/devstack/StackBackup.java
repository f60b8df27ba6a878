package org.giswatch.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code ./stack backup [DIR]} and {@code ./stack restore [--force] DIR}: a physical base backup of the local stack's
 * embedded PostgreSQL (all three databases, their roles and settings) and its restore.
 * <p>
 * Why a base backup and not pg_dump: pg_dump must be of the server's major version (17) and neither the embedded
 * binaries (initdb, pg_ctl, postgres only) nor the Debian packages served here (client 15) have one. A base backup
 * needs only the server: PostgreSQL's low-level backup API (pg_backup_start / pg_backup_stop) plus a copy of the data
 * directory and of the WAL written meanwhile, which a temporary replication slot keeps from being recycled.
 * <p>
 * Consistent and exact: while the files are copied every table of the three databases is locked in SHARE mode (reads
 * go on, writes wait a moment), so the row counts in the manifest are those of the backup, and restore checks them.
 */
public final class StackBackup {

    /** The stack's databases, one per service. */
    static final List<String> DATABASES = List.of("catalog", "citation", "metrics");
    static final String MANIFEST = "manifest.json";
    static final String DATA = "data";
    static final int FORMAT = 1;

    /** Files the server rebuilds, or that belong to the running server (PostgreSQL docs, low-level base backup). */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "pg_internal.init", "backup_label", "backup_label.old", "tablespace_map", "current_logfiles");
    /** Directories copied empty: pg_wal gets exactly the backup's WAL afterwards, the others are rebuilt. */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp",
            "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans", "log");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** What a backup holds: written as manifest.json beside the data directory copy. */
    public record Manifest(int format, String createdAt, String serverVersion, String startLsn, String stopLsn,
            List<String> walSegments, Map<String, Map<String, Long>> rows) {
    }

    private StackBackup() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("giswatch.root", ".")).toAbsolutePath().normalize();
        Path dataDirectory = root.resolve(LocalStack.env("GISWATCH_DATA_DIR", ".data")).resolve("postgres");
        int port = Integer.parseInt(LocalStack.env("GISWATCH_PG_PORT", "54329"));
        if (System.getenv("PGHOST") != null && !System.getenv("PGHOST").isBlank()) {
            fail("PGHOST is set: the stack runs on your own PostgreSQL server; back it up with that server's tools "
                    + "(pg_dump or pg_basebackup of the same major version).");
        }
        List<String> arguments = new ArrayList<>(List.of(args));
        String command = arguments.isEmpty() ? "" : arguments.remove(0);
        try {
            switch (command) {
                case "backup" -> {
                    Path target = arguments.isEmpty()
                            ? root.resolve("backups").resolve("giswatch-" + STAMP.format(Instant.now()))
                            : Path.of(arguments.get(0)).toAbsolutePath();
                    Manifest manifest = backupLocal(dataDirectory, port, target);
                    log("Backup written to " + target);
                    printRows(manifest);
                }
                case "restore" -> {
                    boolean force = arguments.remove("--force");
                    if (arguments.size() != 1) {
                        fail("Usage: ./stack restore [--force] DIR");
                    }
                    Manifest manifest = restore(Path.of(arguments.get(0)).toAbsolutePath(), dataDirectory, force);
                    log("Restored into " + dataDirectory + "; every table has the row count of the backup:");
                    printRows(manifest);
                    log("Start the stack with ./stack");
                }
                default -> fail("Usage: ./stack backup [DIR] | ./stack restore [--force] DIR");
            }
        } catch (IllegalStateException e) {
            fail(e.getMessage());
        }
    }

    /**
     * Backs up the stack's server: the running one if the stack is up (it keeps serving), otherwise the embedded
     * server is started on the data directory for the time of the backup.
     */
    static Manifest backupLocal(Path dataDirectory, int port, Path target) throws IOException, SQLException {
        if (running(dataDirectory)) {
            return backup(port, target);
        }
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            throw new IllegalStateException("Nothing to back up: no PostgreSQL data in " + dataDirectory);
        }
        try (PostgresServer server = embedded(dataDirectory)) {
            return backup(server, target);
        }
    }

    /**
     * Writes a base backup of the PostgreSQL server on localhost:{@code port} (its data directory must be on this
     * machine) into {@code target}, which must not exist or be empty.
     */
    public static Manifest backup(int port, Path target) throws IOException, SQLException {
        return backup(base("jdbc:postgresql://localhost:" + port + "/"), target);
    }

    private static Manifest backup(PostgresServer server, Path target) throws IOException, SQLException {
        return backup(base(server.jdbcUrl("")), target);
    }

    private static Manifest backup(String server, Path target) throws IOException, SQLException {
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new IllegalStateException(target + " exists and is not empty: choose a new directory");
        }
        Path copy = target.resolve(DATA);
        Files.createDirectories(copy);
        try (Connection admin = connect(server, "postgres"); Statement s = admin.createStatement()) {
            Path dataDirectory = Path.of(single(s, "SHOW data_directory"));
            String version = single(s, "SHOW server_version");
            // Keeps every WAL segment from now on until this session ends (temporary slot).
            s.execute("SELECT pg_create_physical_replication_slot('giswatch_backup_" + ProcessHandle.current().pid()
                    + "', true, true)");
            List<Connection> locks = new ArrayList<>();
            try {
                Map<String, Map<String, Long>> rows = new TreeMap<>();
                for (String database : databases(s)) {
                    Connection c = connect(server, database);
                    locks.add(c);
                    rows.put(database, lockAndCount(c));
                }
                String startLsn = single(s, "SELECT pg_backup_start('giswatch stack backup', true)");
                copyDataDirectory(dataDirectory, copy);
                String stopLsn;
                try (ResultSet rs = s.executeQuery("SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                    rs.next();
                    stopLsn = rs.getString(1);
                    Files.writeString(copy.resolve("backup_label"), rs.getString(2));
                    String tablespaceMap = rs.getString(3);
                    if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                        Files.writeString(copy.resolve("tablespace_map"), tablespaceMap);
                    }
                }
                List<String> segments = copyWal(s, dataDirectory, copy, startLsn, stopLsn);
                Manifest manifest = new Manifest(FORMAT, Instant.now().toString(), version, startLsn, stopLsn,
                        segments, rows);
                JSON.writeValue(target.resolve(MANIFEST).toFile(), manifest);
                return manifest;
            } finally {
                for (Connection c : locks) {
                    c.close();
                }
            }
        }
    }

    /**
     * Restores a backup into {@code dataDirectory}, where no server may be running. Refuses if a database there
     * holds rows, unless {@code force}; the directory that was there is kept beside it, renamed. Then starts the
     * restored server once, which replays the backup's WAL, and checks every table's row count against the manifest.
     */
    public static Manifest restore(Path backup, Path dataDirectory, boolean force) throws IOException, SQLException {
        Manifest manifest = readManifest(backup);
        if (running(dataDirectory)) {
            throw new IllegalStateException("PostgreSQL is running on " + dataDirectory + ": stop the stack first");
        }
        Path kept = null;
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            List<String> nonEmpty = nonEmptyTables(dataDirectory);
            if (!nonEmpty.isEmpty() && !force) {
                throw new IllegalStateException("Refusing to overwrite databases that hold data (" + String.join(", ",
                        nonEmpty.subList(0, Math.min(5, nonEmpty.size()))) + (nonEmpty.size() > 5 ? ", ..." : "")
                        + "): run ./stack restore --force " + backup + " to replace them; the current data is "
                        + "kept beside " + dataDirectory.getFileName());
            }
            kept = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".before-restore-"
                    + STAMP.format(Instant.now()));
            Files.move(dataDirectory, kept);
        } else if (Files.exists(dataDirectory) && !isEmptyDirectory(dataDirectory)) {
            throw new IllegalStateException(dataDirectory + " is not empty and holds no PostgreSQL data: "
                    + "move it away first");
        }
        copyTree(backup.resolve(DATA), dataDirectory);
        try (PostgresServer server = embedded(dataDirectory)) {
            for (Map.Entry<String, Map<String, Long>> database : manifest.rows().entrySet()) {
                try (Connection c = connect(base(server.jdbcUrl("")), database.getKey())) {
                    Map<String, Long> restored = count(c);
                    if (!restored.equals(database.getValue())) {
                        throw new IllegalStateException("Restored database " + database.getKey()
                                + " differs from the backup: " + restored + " instead of " + database.getValue());
                    }
                }
            }
        }
        if (kept != null) {
            log("The data that was there is kept in " + kept + " (delete it when you no longer need it)");
        }
        return manifest;
    }

    public static Manifest readManifest(Path backup) throws IOException {
        Path file = backup.resolve(MANIFEST);
        if (!Files.exists(file) || !Files.isDirectory(backup.resolve(DATA))) {
            throw new IllegalStateException(backup + " is not a backup made by ./stack backup (no " + MANIFEST + ")");
        }
        Manifest manifest = JSON.readValue(file.toFile(), Manifest.class);
        if (manifest.format() != FORMAT) {
            throw new IllegalStateException(backup + " has backup format " + manifest.format() + "; this build reads "
                    + FORMAT);
        }
        return manifest;
    }

    /** The stack's databases that exist on the server (a backup made before a service first ran lacks it). */
    private static List<String> databases(Statement s) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String database : DATABASES) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    found.add(database);
                }
            }
        }
        return found;
    }

    /**
     * Opens a transaction that blocks writes to every table until the connection closes, and counts rows. Read
     * committed: each count sees everything committed before the lock was granted, and nothing can commit after.
     */
    private static Map<String, Long> lockAndCount(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '30s'");
            List<String> tables = tables(s);
            if (!tables.isEmpty()) {
                s.execute("LOCK TABLE " + String.join(", ", tables) + " IN SHARE MODE");
            }
        }
        return count(c);
    }

    /** Rows per table of every user schema, keyed schema.table. */
    private static Map<String, Long> count(Connection c) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : tables(s)) {
                rows.put(table, Long.parseLong(single(s, "SELECT count(*) FROM " + table)));
            }
        }
        return rows;
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) "
                + "FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Tables holding rows in the stack's databases of a stopped data directory (started briefly to look). */
    private static List<String> nonEmptyTables(Path dataDirectory) throws IOException, SQLException {
        List<String> nonEmpty = new ArrayList<>();
        try (PostgresServer server = embedded(dataDirectory);
                Connection admin = connect(base(server.jdbcUrl("")), "postgres");
                Statement s = admin.createStatement()) {
            for (String database : databases(s)) {
                try (Connection c = connect(base(server.jdbcUrl("")), database)) {
                    count(c).forEach((table, rows) -> {
                        if (rows > 0) {
                            nonEmpty.add(database + ":" + table);
                        }
                    });
                }
            }
        }
        return nonEmpty;
    }

    private static void copyDataDirectory(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return dir.equals(source) || !EMPTIED_DIRECTORIES.contains(source.relativize(dir).toString())
                        ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (!SKIPPED_FILES.contains(name) && !name.startsWith("pgsql_tmp")) {
                    try {
                        Files.copy(file, target.resolve(source.relativize(file).toString()));
                    } catch (NoSuchFileException removedMeanwhile) {
                        // a relation dropped during the copy: the WAL replay removes it too
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** Copies the WAL segments from the backup's start to its stop, which recovery replays to reach consistency. */
    private static List<String> copyWal(Statement s, Path dataDirectory, Path copy, String startLsn, String stopLsn)
            throws SQLException, IOException {
        String first = single(s, "SELECT pg_walfile_name('" + startLsn + "')");
        String last = single(s, "SELECT pg_walfile_name('" + stopLsn + "')");
        List<String> segments = new ArrayList<>();
        try (var files = Files.list(dataDirectory.resolve("pg_wal"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean segment = name.matches("[0-9A-F]{24}") && name.compareTo(first) >= 0
                        && name.compareTo(last) <= 0;
                if (segment || name.endsWith(".history")) {
                    Files.copy(file, copy.resolve("pg_wal").resolve(name));
                    segments.add(name);
                }
            }
        }
        if (!segments.contains(first) || !segments.contains(last)) {
            throw new IllegalStateException("WAL segments " + first + ".." + last + " were not all in "
                    + dataDirectory.resolve("pg_wal") + "; the backup is incomplete");
        }
        return segments;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // PostgreSQL refuses a data directory others can read.
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
    }

    /** Whether a server holds the data directory: its postmaster.pid names a live process. */
    private static boolean running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        String pid = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        return pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The stack's embedded server on a data directory, durable as ./stack runs it, on any free port. */
    private static PostgresServer embedded(Path dataDirectory) throws IOException {
        PostgresServer server = PostgresServer.start(dataDirectory, 0);
        if (!server.isEmbedded()) {
            server.close();
            throw new IllegalStateException("PGHOST is set: ./stack backup and restore work on the embedded server only");
        }
        return server;
    }

    /** A JDBC URL without its database name ("jdbc:postgresql://host:port/"). */
    private static String base(String jdbcUrl) {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1);
    }

    private static Connection connect(String server, String database) throws SQLException {
        return DriverManager.getConnection(server + database, "postgres", "");
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void printRows(Manifest manifest) {
        Map<String, Long> perDatabase = new LinkedHashMap<>();
        manifest.rows().forEach((db, tables) -> perDatabase.put(db, tables.values().stream().mapToLong(Long::longValue)
                .sum()));
        log("PostgreSQL " + manifest.serverVersion() + ", WAL " + manifest.startLsn() + ".." + manifest.stopLsn()
                + ", rows per database " + perDatabase + " (per table: " + MANIFEST + ")");
    }

    private static void log(String message) {
        System.out.println("stack   | " + message);
    }

    private static void fail(String message) {
        System.err.println("stack   | " + message);
        System.exit(1);
    }
}
