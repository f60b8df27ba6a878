package org.giswatch.stack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.giswatch.devstack.LocalStack;
import org.giswatch.devstack.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * The packaged catalog-service starts and serves on an AOT cache with {@code -XX:AOTMode=on}, which makes the JVM
 * refuse to start when the cache cannot be used (another JDK build, other header or GC flags, a changed class path):
 * so a cache trained as ./stack's build and the image build train it fits the flags ./stack runs with. The cache is
 * trained the cheap way Quarkus's build-phase training does (start-up to the end of static init, no database), so
 * this costs one short JVM run more than a plain start, not a training over a workload.
 */
class AotCacheIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path WORK = Path.of("target", "aot-it").toAbsolutePath();
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theServiceStartsAndServesOnItsAotCacheWithAotModeOn() throws Exception {
        Path app = ROOT.resolve("catalog-service/target/quarkus-app");
        Path cache = WORK.resolve("catalog.aot");
        Files.createDirectories(WORK);
        Files.deleteIfExists(cache);

        PostgresServer postgres = PostgresServer.start(null, 0);
        int port = freePort();
        Process service = null;
        try {
            postgres.ensureDatabase("catalog");
            // The training run records the whole start-up, database included (platform's migrations hook into
            // Flyway's set-up), up to the first ready answer; the JVM writes the cache as it exits on SIGTERM.
            int trainingPort = freePort();
            Process training = java(app, List.of("-XX:AOTCacheOutput=" + cache), "training", postgres, trainingPort);
            await("the training run ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
                assertTrue(training.isAlive(), () -> "the training run exited; see " + log("training"));
                return status(trainingPort, "/q/health/ready") == 200;
            });
            training.destroy();
            assertTrue(training.waitFor(5, TimeUnit.MINUTES), "the training run did not end; see " + log("training"));
            assertTrue(Files.exists(cache) && Files.size(cache) > 0, "no AOT cache written; see " + log("training"));

            long launched = System.nanoTime();
            service = java(app, List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache), "service", postgres, port);
            Process running = service;
            await("catalog-service ready on its AOT cache").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        assertTrue(running.isAlive(), () -> "catalog-service exited (code " + running.exitValue()
                                + "): the AOT cache could not be used? See " + log("service"));
                        return status(port, "/q/health/ready") == 200;
                    });
            System.out.printf("catalog-service ready on its AOT cache %d ms after launch%n",
                    Duration.ofNanos(System.nanoTime() - launched).toMillis());
            HttpResponse<String> country = get(port, "/countries/kz");
            assertEquals(200, country.statusCode(), country.body());
            assertTrue(country.body().contains("\"id\":\"kz\""), country.body());
            assertFalse(Files.readString(log("service")).contains("[aot]"), "the JVM warned about the AOT cache");
        } finally {
            if (service != null) {
                service.destroy();
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            postgres.close();
        }
    }

    /** The packaged service under ./stack's JVM flags, with its output in target/aot-it/NAME.log. */
    private Process java(Path app, List<String> aotFlags, String name, PostgresServer postgres, int port)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LocalStack.JVM_FLAGS);
        command.addAll(aotFlags);
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(new File(log(name).toString()));
        if (postgres != null) {
            builder.environment().put("DB_URL", postgres.jdbcUrl("catalog"));
            builder.environment().put("DB_USERNAME", postgres.user());
            builder.environment().put("DB_PASSWORD", postgres.password());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("JWT_PUBLIC_KEY_LOCATION",
                    "file:" + ROOT.resolve("platform/src/test/resources/dev-keys/public.pem"));
        }
        return builder.start();
    }

    private static Path log(String name) {
        return WORK.resolve(name + ".log");
    }

    private int status(int port, String path) {
        try {
            return get(port, path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
