package org.giswatch.platform.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.giswatch.platform.db.PostgresServer;

/**
 * Starts the whole stack on one machine: one PostgreSQL (embedded, data kept in .data/postgres, unless PGHOST
 * names a server), one database per service, then the three packaged services. Ctrl-C stops everything.
 * Run through ./stack, which builds first.
 * <p>
 * Environment: GISWATCH_DATA_DIR (default .data) holds the embedded server's data and the class-data archives;
 * GISWATCH_PG_PORT (default 54329) is the embedded server's port; GISWATCH_JAVA_OPTS replaces the services' JVM
 * flags ({@link #JVM_FLAGS}); GISWATCH_STACK_SEQUENTIAL=true starts one service at a time (for timing them).
 * <p>
 * Start-up uses AppCDS: the first start of a build first runs each service once to readiness and stops it, which
 * records the classes its start-up loads into {@code <data>/cds/<service>.jsa}; every start then maps that archive
 * instead of loading and verifying the classes again (docs/performance.md).
 */
public final class LocalStack {

    record Service(String name, int port) {
    }

    // catalog and citation first: metrics checks its references against them while loading its data.
    static final List<Service> SERVICES = List.of(
            new Service("catalog", 8081),
            new Service("citation", 8083),
            new Service("metrics", 8082));

    static final String DEV_PRIVATE_KEY = "platform/src/test/resources/dev-keys/private.pem";
    static final String DEV_PUBLIC_KEY = "platform/src/test/resources/dev-keys/public.pem";
    static final String DEV_ISSUER = "https://auth.giswatch.org";
    static final String DEV_AUDIENCE = "giswatch-api";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Lean JVM for a small JSON service on few cores (docs/performance.md): serial GC and a bounded heap that gives
     * memory back after load (free ratios); C1 only (TieredStopAtLevel=1), which halves start-up CPU and saves the
     * C2 compiler's memory at some cost in peak throughput; smaller thread stacks and code cache, and glibc's free
     * memory handed back every 5 s (TrimNativeHeapInterval, JDK 17.0.9 or later), trim the rest.
     * (One line: bench/run prints it.)
     */
    static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx160m", "-Xmn16m", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=20", "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:ReservedCodeCacheSize=32m", "-XX:TrimNativeHeapInterval=5000");

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("giswatch.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(env("GISWATCH_DATA_DIR", ".data"));
        int pgPort = Integer.parseInt(env("GISWATCH_PG_PORT", System.getProperty("giswatch.pg.port", "54329")));
        PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), pgPort);
        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(processes, postgres)));
        log("PostgreSQL " + (postgres.isEmbedded() ? "embedded, data in " + data.resolve("postgres") + ", port " + pgPort
                : "at " + postgres.jdbcUrl("")));

        HttpClient http = HttpClient.newHttpClient();
        for (Service service : SERVICES) {
            postgres.ensureDatabase(service.name());
        }
        List<List<Service>> waves = Boolean.parseBoolean(env("GISWATCH_STACK_SEQUENTIAL", "false"))
                ? SERVICES.stream().map(List::of).toList()
                : List.of(SERVICES.subList(0, 2), SERVICES.subList(2, 3));
        for (List<Service> wave : waves) {
            long started = System.nanoTime();
            for (Service service : wave) {
                processes.add(launch(http, root, data, service, postgres));
            }
            for (Service service : wave) {
                awaitReady(http, service, processes, started);
            }
        }
        log("All services ready:");
        for (Service service : SERVICES) {
            log(String.format("  %-8s http://localhost:%d  (Swagger UI http://localhost:%d/q/swagger-ui)",
                    service.name(), service.port(), service.port()));
        }
        log("Press Ctrl-C to stop.");
        for (Process process : processes) {
            process.waitFor();
        }
    }

    private static Process launch(HttpClient http, Path root, Path data, Service service, PostgresServer postgres)
            throws IOException {
        Path jar = root.resolve(service.name() + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./stack does)");
        }
        Path archive = data.resolve("cds").resolve(service.name() + ".jsa");
        if (!Files.exists(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) <= 0) {
            recordArchive(http, root, service, postgres, jar, archive);
        }
        return start(root, service, postgres, jar, "-XX:SharedArchiveFile=" + archive);
    }

    /**
     * Records the class-data archive over one start-up only (start, ready, stop), as build-time AppCDS does: classes
     * a later workload loads stay out of it, so the archive that every start maps and relocates stays small.
     */
    private static void recordArchive(HttpClient http, Path root, Service service, PostgresServer postgres, Path jar,
            Path archive) throws IOException {
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        log(service.name() + ": recording its class-data archive over one start (later starts are faster)");
        Process training = start(root, service, postgres, jar, "-XX:ArchiveClassesAtExit=" + archive);
        try {
            awaitReady(http, service, List.of(training), System.nanoTime());
            training.destroy();
            if (!training.waitFor(60, TimeUnit.SECONDS)) {
                training.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            training.destroyForcibly();
        } catch (Exception e) {
            training.destroyForcibly();
            throw new IllegalStateException(service.name() + " did not start to record its class-data archive", e);
        }
    }

    private static Process start(Path root, Service service, PostgresServer postgres, Path jar, String classData)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin()));
        String options = System.getenv("GISWATCH_JAVA_OPTS");
        command.addAll(options == null ? JVM_FLAGS : List.of(options.trim().split("\\s+")));
        command.add(classData);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("DB_URL", postgres.jdbcUrl(service.name()));
        // Fewer glibc malloc arenas: less native memory for a service with a handful of busy threads.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.put("DB_USERNAME", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        // Local development: trust the development key and let any browser origin call the APIs.
        env.putIfAbsent("JWT_PUBLIC_KEY_LOCATION", "file:" + root.resolve(DEV_PUBLIC_KEY));
        env.putIfAbsent("CORS_ORIGINS", "/.*/");
        for (Service other : SERVICES) {
            env.put(other.name().toUpperCase() + "_URL", "http://localhost:" + other.port());
        }
        Process process = builder.start();
        Thread pump = new Thread(() -> prefix(service.name(), process), service.name() + "-log");
        pump.setDaemon(true);
        pump.start();
        return process;
    }

    private static void awaitReady(HttpClient http, Service service, List<Process> processes, long started)
            throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("A service exited during start-up; see its log above");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log(String.format("%s is ready on port %d, %d ms after launch", service.name(), service.port(),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private static void prefix(String name, Process process) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.printf("%-8s| %s%n", name, line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static void stop(List<Process> processes, PostgresServer postgres) {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        log("Stopped.");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void log(String message) {
        System.out.println("stack   | " + message);
    }
}
