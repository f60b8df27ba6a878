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

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("giswatch.root", ".")).toAbsolutePath().normalize();
        int pgPort = Integer.parseInt(System.getProperty("giswatch.pg.port", "54329"));
        PostgresServer postgres = PostgresServer.start(root.resolve(".data/postgres"), pgPort);
        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(processes, postgres)));
        log("PostgreSQL " + (postgres.isEmbedded() ? "embedded, data in .data/postgres, port " + pgPort
                : "at " + postgres.jdbcUrl("")));

        HttpClient http = HttpClient.newHttpClient();
        for (Service service : SERVICES) {
            postgres.ensureDatabase(service.name());
        }
        for (List<Service> wave : List.of(SERVICES.subList(0, 2), SERVICES.subList(2, 3))) {
            for (Service service : wave) {
                processes.add(launch(root, service, postgres));
            }
            for (Service service : wave) {
                awaitReady(http, service, processes);
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

    private static Process launch(Path root, Service service, PostgresServer postgres) throws IOException {
        Path jar = root.resolve(service.name() + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./stack does)");
        }
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", jar.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("DB_URL", postgres.jdbcUrl(service.name()));
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

    private static void awaitReady(HttpClient http, Service service, List<Process> processes) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("A service exited during start-up; see its log above");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log(service.name() + " is ready on port " + service.port());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
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

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void log(String message) {
        System.out.println("stack   | " + message);
    }
}
