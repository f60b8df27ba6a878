package org.giswatch.metrics;

import static org.awaitility.Awaitility.await;

import java.io.File;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.giswatch.platform.testing.PostgresTestResource;

/**
 * The test application's database (PostgresTestResource) plus the REAL catalog-service and citation-service,
 * started from their packaged jars (the root build packages them before metrics-service) as child processes on
 * free ports, each with its own database on the same PostgreSQL server. Tests can stop and restart them to see
 * how metrics-service behaves when a dependency is down.
 */
public class MetricsStack extends PostgresTestResource {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    /** How long a test may wait for a restarted or thawed dependency to answer again (a busy machine is slow). */
    public static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(60);
    /** A lookup this fast leaves room under metrics-service's 1 s per attempt. */
    private static final Duration WARM_LOOKUP = Duration.ofMillis(250);
    private static final Map<String, Dependency> DEPENDENCIES = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The port of metrics-service under test, fixed up front so the dependencies can ask it who refers to what. */
    private static int metricsPort;

    /**
     * One attempt to ask another service, in every process of the tests: three times production's 1 s, because the
     * packaged services start cold and share two cores with the build (a loaded machine starved 1 s attempts).
     */
    static final Duration REMOTE_ATTEMPT = Duration.ofSeconds(3);

    record Dependency(String name, int port, Map<String, String> env, Process process) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            startDependencies(config);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start catalog-service and citation-service for the tests", e);
        }
        config.put("quarkus.rest-client.catalog.url", DEPENDENCIES.get("catalog").url());
        config.put("quarkus.rest-client.citation.url", DEPENDENCIES.get("citation").url());
        config.put("quarkus.http.test-port", String.valueOf(metricsPort));
        config.put("giswatch.remote.timeout", REMOTE_ATTEMPT.toSeconds() + "s");
        return config;
    }

    private static synchronized void startDependencies(Map<String, String> config) throws Exception {
        if (!DEPENDENCIES.isEmpty()) {
            return;
        }
        String jdbc = config.get("quarkus.datasource.jdbc.url");
        String server = jdbc.substring(0, jdbc.lastIndexOf('/') + 1);
        String user = config.get("quarkus.datasource.username");
        String password = config.get("quarkus.datasource.password");
        metricsPort = freePort();
        Map<String, Integer> ports = Map.of("catalog", freePort(), "citation", freePort());
        for (String name : new String[] { "catalog", "citation" }) {
            String database = name + "_for_metrics";
            try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + database);
            }
            // metrics-service is one client that calls a lot: the dependencies' rate limit must not skew the tests.
            // The tests' tokens (signed with the development key) are accepted, as chapter ingest forwards them.
            // They ask each other and metrics-service (referential integrity), cold and on a loaded machine: a longer
            // attempt than metrics-service's, whose own tests time a dependency that is down.
            Map<String, String> env = Map.of("DB_URL", server + database, "DB_USERNAME", user,
                    "DB_PASSWORD", password == null ? "" : password, "RATE_LIMIT_BURST", "1000000",
                    "RATE_LIMIT_PER_MINUTE", "1000000", "JWT_PUBLIC_KEY_LOCATION",
                    "file:" + Path.of("..", "platform", "src", "test", "resources", "dev-keys", "public.pem").toAbsolutePath().normalize(),
                    "CATALOG_URL", "http://localhost:" + ports.get("catalog"),
                    "CITATION_URL", "http://localhost:" + ports.get("citation"),
                    "METRICS_URL", "http://localhost:" + metricsPort, "GISWATCH_REMOTE_TIMEOUT",
                    REMOTE_ATTEMPT.toSeconds() + "s");
            DEPENDENCIES.put(name, new Dependency(name, ports.get(name), env, null));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DEPENDENCIES.keySet().forEach(MetricsStack::stop)));
        DEPENDENCIES.keySet().forEach(MetricsStack::launch);
        for (String name : DEPENDENCIES.keySet()) {
            awaitReady(name);
        }
    }

    /** Stops a dependency ("catalog" or "citation") and waits until it is gone. */
    public static void stop(String name) {
        Dependency d = DEPENDENCIES.get(name);
        if (d != null && d.process() != null) {
            d.process().destroy();
            try {
                if (!d.process().waitFor(20, TimeUnit.SECONDS)) {
                    d.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            DEPENDENCIES.put(name, new Dependency(name, d.port(), d.env(), null));
        }
    }

    /** The port of a running dependency ("catalog" or "citation"). */
    public static int port(String name) {
        return DEPENDENCIES.get(name).port();
    }

    /** Runs one SQL statement in a dependency's database, behind its back (to set up what its API refuses). */
    public static void sql(String name, String statement) throws SQLException {
        Map<String, String> env = DEPENDENCIES.get(name).env();
        try (Connection c = DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USERNAME"), env.get("DB_PASSWORD"));
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) a dependency: it keeps its port but answers nothing, like a hung service. */
    public static void freeze(String name, boolean frozen) {
        Dependency d = DEPENDENCIES.get(name);
        try {
            int exit = new ProcessBuilder("kill", frozen ? "-STOP" : "-CONT", String.valueOf(d.process().pid()))
                    .inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not signal " + name + "-service", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thaws and restarts whatever a test left frozen or stopped, and waits until both are ready. */
    public static void ensureRunning() {
        for (String name : DEPENDENCIES.keySet()) {
            Dependency d = DEPENDENCIES.get(name);
            if (d.process() == null || !d.process().isAlive()) {
                restart(name);
            } else {
                freeze(name, false);
                awaitReady(name);
            }
        }
    }

    /** Starts a stopped dependency again on the same port and database, and waits until it is ready. */
    public static void restart(String name) {
        launch(name);
        awaitReady(name);
    }

    /**
     * Whether the dependencies serve the lookups metrics-service checks against. False while this branch still has
     * the foundation's skeleton catalog/citation services (no /subjects, no /citations); true once merged.
     */
    public static boolean referencesServed() {
        return status("catalog", "/subjects/country/kz") == 200
                && status("citation", "/citations/giswatch-2011-kazakhstan-fn1") == 200;
    }

    public static final String NEEDS_MERGE = "needs the merged catalog-service (/subjects) and citation-service "
            + "(/citations); this branch still builds the skeletons";

    private static void launch(String name) {
        Dependency d = DEPENDENCIES.get(name);
        Path jar = Path.of("..", name + "-service", "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build " + name
                    + "-service first (./mvnw verify builds it before metrics-service)");
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // As the test JVMs (pom.xml, test.jvm.flags): C1 only, to spare the two shared cores.
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + d.port(), "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/" + name + "-for-metrics.log")));
            builder.environment().putAll(d.env());
            DEPENDENCIES.put(name, new Dependency(name, d.port(), d.env(), builder.start()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + "-service", e);
        }
    }

    /**
     * Ready, and warm: a fresh JVM answers its first lookups slowly (class loading, compilation), and on a busy
     * machine slower than the 1 s metrics-service gives a lookup (platform RemoteAsk). So a dependency counts as up
     * once it answers the lookup metrics-service makes well within that (polled with a deadline).
     */
    private static void awaitReady(String name) {
        await(name + "-service ready").atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!DEPENDENCIES.get(name).process().isAlive()) {
                throw new IllegalStateException(name + "-service exited; see target/" + name + "-for-metrics.log");
            }
            return status(name, "/q/health/ready") == 200;
        });
        String lookup = name.equals("catalog") ? "/subjects/country/kz" : "/citations/giswatch-2011-kazakhstan-fn1";
        await(name + "-service answers lookups quickly").atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    long started = System.nanoTime();
                    return status(name, lookup) == 200
                            && Duration.ofNanos(System.nanoTime() - started).compareTo(WARM_LOOKUP) < 0;
                });
    }

    private static int status(String name, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(DEPENDENCIES.get(name).url() + path))
                    .timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
