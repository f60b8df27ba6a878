package org.giswatch.devstack;

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
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;


/**
 * Starts the whole stack on one machine and keeps it running: one PostgreSQL (embedded, data kept durably in
 * .data/postgres, unless PGHOST names a server), one database per service, then the three packaged services.
 * Run through ./stack, which builds first.
 * <p>
 * Supervision: a service process that exits, or an embedded PostgreSQL whose postmaster dies, is started again after
 * a backoff (1 s, doubling to 30 s while it keeps failing), each time with a log line. Ctrl-C or SIGTERM stops the
 * services first, then PostgreSQL (a clean shutdown). The services run in their own sessions, so a Ctrl-C in the
 * terminal reaches only this launcher, which stops them in that order.
 * <p>
 * Environment: GISWATCH_DATA_DIR (default .data) holds the embedded server's data;
 * GISWATCH_PG_PORT (default 54329) is the embedded server's port; GISWATCH_CATALOG_PORT, GISWATCH_METRICS_PORT and
 * GISWATCH_CITATION_PORT (8081, 8082, 8083) the services'; GISWATCH_JAVA_OPTS replaces the services' JVM flags
 * ({@link #JVM_FLAGS}); GISWATCH_STACK_SEQUENTIAL=true starts one service at a time (for timing them);
 * GISWATCH_CLASS_DATA=false runs without the AOT caches (throw-away stacks in tests).
 * <p>
 * Start-up uses each service's AOT cache (JDK 25, Project Leyden): ./stack builds with
 * {@code -Dquarkus.package.jar.aot.enabled=true}, which trains {@code target/quarkus-app/app.aot} over the service's
 * start-up with the header and GC flags of {@link #JVM_FLAGS}; every start maps it when it is newer than the jar, so
 * the classes come loaded, linked and profiled instead of being loaded and verified again (docs/performance.md).
 */
public final class LocalStack {

    record Service(String name, int port) {
    }

    static final String DEV_PRIVATE_KEY = "platform/src/test/resources/dev-keys/private.pem";
    static final String DEV_PUBLIC_KEY = "platform/src/test/resources/dev-keys/public.pem";
    static final String DEV_ISSUER = "https://auth.giswatch.org";
    static final String DEV_AUDIENCE = "giswatch-api";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    /** How often the supervisor looks whether the embedded PostgreSQL's postmaster is still there. */
    private static final Duration DATABASE_WATCH_INTERVAL = Duration.ofMillis(250);

    /**
     * Lean JVM for a small JSON service on few cores, JDK 25 (docs/performance.md): serial GC and a bounded heap that
     * gives memory back after load (free ratios), sized with the rest of the process for an RSS of at most 256 MB
     * (heap 128 MB, code cache 48 MB, metaspace and the rest about 80 MB); compact object headers (8-byte headers:
     * smaller objects, less heap and GC work); the optimising C2 compiler on (tiered, two compiler threads), since the
     * reads need its peak throughput; smaller thread stacks, and glibc's free memory handed back every 5 s
     * (TrimNativeHeapInterval). The AOT cache must be created with the same header and GC flags.
     * (One line: bench/run prints it.)
     */
    public static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-Xms32m", "-Xmx128m", "-Xmn16m", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=20", "-XX:CICompilerCount=2", "-Xss512k", "-XX:ReservedCodeCacheSize=48m", "-XX:TrimNativeHeapInterval=5000");

    private final Path root;
    private final Path data;
    private final List<Service> services;
    private final PostgresServer postgres;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Process> running = new ConcurrentHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    private LocalStack(Path root, Path data, List<Service> services, PostgresServer postgres) {
        this.root = root;
        this.data = data;
        this.services = services;
        this.postgres = postgres;
    }

    /** The services in start order: catalog and citation first, since metrics checks its references against them. */
    static List<Service> services() {
        return List.of(
                new Service("catalog", port("GISWATCH_CATALOG_PORT", 8081)),
                new Service("citation", port("GISWATCH_CITATION_PORT", 8083)),
                new Service("metrics", port("GISWATCH_METRICS_PORT", 8082)));
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("giswatch.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(env("GISWATCH_DATA_DIR", ".data"));
        int pgPort = port("GISWATCH_PG_PORT", 54329);
        // The hook is in place before PostgreSQL starts: a Ctrl-C during its start waits for it, then stops it.
        CompletableFuture<LocalStack> started = new CompletableFuture<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.get(2, TimeUnit.MINUTES).stop();
            } catch (Exception notStarted) {
                // PostgreSQL did not start: nothing to stop
            }
        }, "stack-stop"));
        PostgresServer postgres;
        try {
            postgres = PostgresServer.start(data.resolve("postgres"), pgPort);
        } catch (IOException | RuntimeException e) {
            started.completeExceptionally(e);
            throw e;
        }
        LocalStack stack = new LocalStack(root, data, services(), postgres);
        started.complete(stack);
        log("PostgreSQL " + (postgres.isEmbedded()
                ? "embedded, data in " + data.resolve("postgres") + " (durable: fsync and synchronous commit on), port "
                        + pgPort
                : "at " + postgres.jdbcUrl("")));
        stack.run();
    }

    private void run() throws Exception {
        for (Service service : services) {
            postgres.ensureDatabase(service.name());
        }
        List<List<Service>> waves = Boolean.parseBoolean(env("GISWATCH_STACK_SEQUENTIAL", "false"))
                ? services.stream().map(List::of).toList()
                : List.of(services.subList(0, 2), services.subList(2, 3));
        for (List<Service> wave : waves) {
            long started = System.nanoTime();
            for (Service service : wave) {
                Process process = launch(service);
                synchronized (running) {
                    if (stopping) { // Ctrl-C while it started: stop() did not see it
                        process.destroy();
                        return;
                    }
                    running.put(service.name(), process);
                }
            }
            for (Service service : wave) {
                awaitReady(service, List.copyOf(running.values()), started);
            }
        }
        log("All services ready:");
        for (Service service : services) {
            log(String.format("  %-8s http://localhost:%d  (Swagger UI http://localhost:%d/q/swagger-ui)",
                    service.name(), service.port(), service.port()));
        }
        for (Service service : services) {
            daemon(service.name() + "-supervisor", () -> supervise(service));
        }
        if (postgres.isEmbedded()) {
            daemon("postgres-supervisor", this::superviseDatabase);
        }
        log("Supervising: a service or PostgreSQL that dies is restarted. Press Ctrl-C to stop.");
        stopped.await();
    }

    /** Restarts the service whenever its process exits, until the stack stops. */
    private void supervise(Service service) {
        Backoff backoff = new Backoff();
        while (!stopping) {
            Process process = running.get(service.name());
            int exit = waitFor(process);
            if (stopping) {
                return;
            }
            Duration delay = backoff.next(Duration.ofNanos(System.nanoTime() - backoff.startedAt));
            log(String.format("%s (pid %d) exited with status %d; restarting it in %d s", service.name(),
                    process.pid(), exit, delay.toSeconds()));
            sleep(delay);
            if (stopping) {
                return;
            }
            try {
                backoff.startedAt = System.nanoTime();
                Process restarted;
                synchronized (running) {
                    if (stopping) {
                        return;
                    }
                    restarted = start(service, aotCacheOption(service));
                    running.put(service.name(), restarted);
                }
                log(service.name() + " restarted (pid " + restarted.pid() + ")");
                awaitReady(service, List.of(restarted), backoff.startedAt);
            } catch (Exception e) {
                log(service.name() + " did not come back: " + e.getMessage());
            }
        }
    }

    /**
     * Watches the embedded server's postmaster; when it is gone (killed, crashed, out of memory), starts PostgreSQL
     * again on the same data until it runs. The services keep running: their requests are 503 meanwhile and their
     * connection pools reconnect by themselves.
     */
    private void superviseDatabase() {
        Backoff backoff = new Backoff();
        while (!stopping) {
            OptionalLong pid = postgres.postmasterPid();
            if (pid.isPresent() && PostgresServer.alive(pid.getAsLong())) {
                sleep(DATABASE_WATCH_INTERVAL);
                continue;
            }
            if (stopping) {
                return;
            }
            Duration delay = backoff.next(Duration.ofNanos(System.nanoTime() - backoff.startedAt));
            log("PostgreSQL " + (pid.isPresent() ? "(pid " + pid.getAsLong() + ") " : "") + "is not running; "
                    + "restarting it in " + delay.toSeconds() + " s");
            sleep(delay);
            try {
                long started = System.nanoTime();
                backoff.startedAt = started;
                postgres.restart();
                log(String.format("PostgreSQL restarted (pid %s), %d ms after launch; crash recovery done",
                        postgres.postmasterPid().stream().mapToObj(Long::toString).findFirst().orElse("?"),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
            } catch (IOException | RuntimeException e) {
                log("PostgreSQL did not start yet: " + e.getMessage());
            }
        }
    }

    /** Delays between restarts: 1 s, doubling to 30 s while a process keeps dying within a minute of its start. */
    static final class Backoff {
        static final Duration FIRST = Duration.ofSeconds(1);
        static final Duration MAX = Duration.ofSeconds(30);
        static final Duration HEALTHY_AFTER = Duration.ofSeconds(60);

        private Duration current = Duration.ZERO;
        volatile long startedAt = System.nanoTime();

        Duration next(Duration ranFor) {
            if (current.isZero() || ranFor.compareTo(HEALTHY_AFTER) >= 0) {
                current = FIRST;
            } else {
                current = current.multipliedBy(2).compareTo(MAX) > 0 ? MAX : current.multipliedBy(2);
            }
            return current;
        }
    }

    private Process launch(Service service) throws IOException {
        return start(service, aotCacheOption(service));
    }

    private Path jar(Service service) {
        Path jar = root.resolve(service.name() + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./stack does)");
        }
        return jar;
    }

    /**
     * The AOT cache to map: the build's, when it is there and newer than the jar (a jar rebuilt without training would
     * leave an older one that no longer fits it). The JVM checks it too and runs without it when it does not fit.
     */
    private List<String> aotCacheOption(Service service) throws IOException {
        if (!Boolean.parseBoolean(env("GISWATCH_CLASS_DATA", "true"))) {
            return List.of();
        }
        Path jar = jar(service);
        Path cache = jar.resolveSibling("app.aot");
        if (!Files.exists(cache) || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            return List.of();
        }
        return List.of("-XX:AOTCache=" + cache);
    }

    private Process start(Service service, List<String> aotCache) throws IOException {
        List<String> command = new ArrayList<>();
        // Its own session: a Ctrl-C in the terminal reaches the launcher only, which stops the services in order.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(javaBin());
        String options = System.getenv("GISWATCH_JAVA_OPTS");
        command.addAll(options == null ? JVM_FLAGS : List.of(options.trim().split("\\s+")));
        command.addAll(aotCache);
        command.addAll(List.of("-jar", jar(service).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("DB_URL", postgres.jdbcUrl(service.name()));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        // Fewer glibc malloc arenas: less native memory for a service with a handful of busy threads.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.put("DB_USERNAME", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        // Local development: trust the development key and let any browser origin call the APIs.
        env.putIfAbsent("JWT_PUBLIC_KEY_LOCATION", "file:" + root.resolve(DEV_PUBLIC_KEY));
        env.putIfAbsent("CORS_ORIGINS", "/.*/");
        for (Service other : services) {
            env.put(other.name().toUpperCase() + "_URL", "http://localhost:" + other.port());
        }
        Process process = builder.start();
        daemon(service.name() + "-log", () -> prefix(service.name(), process));
        return process;
    }

    private void awaitReady(Service service, List<Process> processes, long started) throws Exception {
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

    /** Ctrl-C or SIGTERM: the services first (so none meets a vanishing database), then PostgreSQL. */
    private void stop() {
        List<Process> processes;
        synchronized (running) {
            stopping = true;
            processes = List.copyOf(running.values());
        }
        log("Stopping the services, then PostgreSQL");
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
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
        stopped.countDown();
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // supervisors run until the JVM exits
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static int port(String variable, int fallback) {
        return Integer.parseInt(env(variable, Integer.toString(fallback)));
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
