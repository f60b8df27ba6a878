package org.giswatch.stack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.giswatch.devstack.DevToken;
import org.giswatch.devstack.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs {@code ./stack} as a developer does (on free ports and its own data directory, so a developer's stack can run
 * alongside) and breaks it: PostgreSQL is SIGKILLed while four clients write citations, a service process is
 * SIGKILLed, and finally the stack gets SIGTERM. The supervisor must bring each back; no acknowledged write may be
 * lost, and what clients see meanwhile is 503 with Retry-After, never 500.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackSupervisionIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DATA = Path.of("target", "stack-data").toAbsolutePath();
    static final Path LOG = Path.of("target", "stack.log").toAbsolutePath();
    /** Start-up of PostgreSQL and three services on a busy two-core machine takes up to a few minutes. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);
    /** Short for this test only, so a frozen database is noticed quickly (production default: 60 s). */
    static final Duration FROZEN_DATABASE_SOCKET_TIMEOUT = Duration.ofSeconds(3);
    static final int WRITERS = 4;
    static final int WRITES_BEFORE_CRASH = 40;
    static final int WRITES_AFTER_RESTART = 40;

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static Process stack;
    static int pgPort;
    static Map<String, Integer> ports;
    static String token;

    @BeforeAll
    static void startStack() throws Exception {
        deleteRecursively(DATA);
        Files.deleteIfExists(LOG);
        pgPort = freePort();
        ports = Map.of("catalog", freePort(), "metrics", freePort(), "citation", freePort());
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("stack").toString())
                .redirectErrorStream(true).redirectOutput(LOG.toFile());
        Map<String, String> env = builder.environment();
        env.put("GISWATCH_STACK_NO_BUILD", "true"); // the reactor built the services before this module
        env.put("GISWATCH_DATA_DIR", DATA.toString());
        env.put("GISWATCH_PG_PORT", Integer.toString(pgPort));
        env.put("GISWATCH_CATALOG_PORT", ports.get("catalog").toString());
        env.put("GISWATCH_METRICS_PORT", ports.get("metrics").toString());
        env.put("GISWATCH_CITATION_PORT", ports.get("citation").toString());
        env.put("GISWATCH_CLASS_DATA", "false"); // a throw-away stack: no archives to record
        // Four writers from one address must not meet the rate limit.
        env.put("RATE_LIMIT_BURST", "1000000");
        env.put("RATE_LIMIT_PER_MINUTE", "1000000");
        env.remove("PGHOST"); // the embedded, supervised server is what is under test
        env.put("DB_SOCKET_TIMEOUT", Long.toString(FROZEN_DATABASE_SOCKET_TIMEOUT.toSeconds()));
        stack = builder.start();
        token = DevToken.sign(ROOT, "editor", "stack-test");
        await("all services ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertTrue(stack.isAlive(), () -> "./stack exited; see " + LOG);
            return ports.keySet().stream().allMatch(s -> status(s, "/q/health/ready") == 200);
        });
    }

    @AfterAll
    static void killWhatIsLeft() {
        if (stack != null && stack.isAlive()) {
            stack.descendants().forEach(ProcessHandle::destroyForcibly);
            stack.destroyForcibly();
        }
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    /**
     * The packaged jars start through ServiceMain, which hands URI checking to RequestLineGuard: curl's unencoded
     * {@code ?q=Назарбаев} gets a problem that says how to encode it, not Quarkus' empty 400.
     */
    @Test
    @Order(0)
    void packagedServicesAnswerAMalformedUriWithAProblem() throws Exception {
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            try (Socket socket = new Socket("localhost", service.getValue())) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write("GET /?q=Назарбаев HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.UTF_8));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 400"), service.getKey() + ": " + response);
                assertTrue(response.contains("https://api.giswatch.org/problems/malformed-uri"), response);
                assertTrue(response.contains("/?q=%D0%9D%D0%B0%D0%B7"), response);
            }
        }
    }

    @Test
    @Order(1)
    void theStacksDatabaseIsDurable() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "postgres", ""); Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    assertTrue(rs.next());
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
    }

    @Test
    @Order(2)
    void killedPostgresIsRestartedAndNoAcknowledgedWriteIsLost() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> refusals = new CopyOnWriteArrayList<>();
        List<Integer> readiness = new CopyOnWriteArrayList<>();
        List<Integer> liveness = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            threads.add(started(() -> {
                while (writing.get()) {
                    write("crash-" + sequence.incrementAndGet(), acknowledged, refusals);
                }
            }));
        }
        threads.add(started(() -> {
            while (writing.get()) {
                readiness.add(status("citation", "/q/health/ready"));
                liveness.add(status("citation", "/q/health/live"));
            }
        }));
        try {
            await("writes before the crash").atMost(RECOVERY_TIMEOUT)
                    .until(() -> acknowledged.size() >= WRITES_BEFORE_CRASH);
            ProcessHandle killed = postmaster().orElseThrow();
            // As a crash or the OOM killer would: every PostgreSQL process at once, no chance to clean up.
            Stream.concat(Stream.of(killed), killed.descendants()).forEach(ProcessHandle::destroyForcibly);
            int atCrash = acknowledged.size();

            await("PostgreSQL restarted by the supervisor").atMost(RECOVERY_TIMEOUT)
                    .until(() -> log().contains("PostgreSQL restarted"));
            assertNotEquals(killed.pid(), postmaster().orElseThrow().pid());
            await("writers resumed").atMost(RECOVERY_TIMEOUT)
                    .until(() -> acknowledged.size() >= atCrash + WRITES_AFTER_RESTART);
        } finally {
            writing.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(1).toMillis());
            }
        }

        assertTrue(refusals.stream().allMatch(r -> r.startsWith("503 ")), () -> "not 503: " + refusals);
        // 5 s when this service's database is down; 1 s when the reference check finds catalog-service (whose
        // database is down too) unavailable. Either is a 503 the client may retry.
        assertTrue(refusals.stream().allMatch(r -> r.matches("(?s)503 retry-after=[1-9][0-9]* .*")),
                () -> "no Retry-After: " + refusals);
        assertTrue(refusals.stream().allMatch(r -> r.contains("application/problem+json")), refusals::toString);
        assertFalse(refusals.isEmpty(), "the outage was not seen through the API at all");
        assertTrue(liveness.stream().allMatch(s -> s == 200), () -> "liveness: " + liveness);
        assertTrue(readiness.contains(503), "readiness never went DOWN while PostgreSQL was gone");
        assertEquals(200, status("citation", "/q/health/ready"));
        List<String> lost = acknowledged.stream().filter(id -> status("citation", "/citations/" + id) != 200)
                .sorted().toList();
        assertEquals(List.of(), lost, "acknowledged (201) but gone after the crash");
    }

    /**
     * A PostgreSQL that stops answering without dying (SIGSTOP: a frozen VM, a lost network) is not seen by the
     * supervisor; the services must not wait for it forever, but answer 503 once the socket times out, and serve again
     * when it resumes.
     */
    @Test
    @Order(3)
    void frozenPostgresIsA503NotAHangAndTheServicesRecover() throws Exception {
        ProcessHandle database = postmaster().orElseThrow();
        List<ProcessHandle> processes = Stream.concat(Stream.of(database), database.descendants()).toList();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> refusals = new CopyOnWriteArrayList<>();
        signal("STOP", processes);
        try {
            write("frozen-1", acknowledged, refusals);
        } finally {
            signal("CONT", processes);
        }
        assertEquals(Set.of(), acknowledged, "a write was acknowledged by a frozen database");
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).matches("(?s)503 retry-after=[1-9][0-9]* application/problem\\+json .*"),
                () -> "expected 503 (the write's HTTP timeout is 60 s, so a hang shows as 'no answer'): " + refusals);
        await("writes succeed after the database resumed").atMost(RECOVERY_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    write("thawed-" + System.nanoTime(), acknowledged, new CopyOnWriteArrayList<>());
                    return !acknowledged.isEmpty();
                });
    }

    @Test
    @Order(4)
    void killedServiceIsRestartedAndAnswersAgain() {
        ProcessHandle catalog = serviceProcess("catalog");
        catalog.destroyForcibly();
        await("catalog-service restarted").atMost(RECOVERY_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> log().contains("catalog (pid " + catalog.pid() + ") exited")
                        && status("catalog", "/countries/kz") == 200);
        assertNotEquals(catalog.pid(), serviceProcess("catalog").pid());
    }

    @Test
    @Order(5)
    void sigtermStopsServicesAndDatabaseCleanly() throws Exception {
        List<ProcessHandle> children = stack.descendants().toList();
        ProcessHandle database = postmaster().orElseThrow();
        stack.destroy(); // SIGTERM, as a service manager or `kill` sends it
        await("./stack exited").atMost(Duration.ofMinutes(2)).until(() -> !stack.isAlive());
        // (A process that has exited but is not yet reaped by init is a zombie: gone, though isAlive() says not.)
        assertTrue(children.stream().noneMatch(p -> PostgresServer.alive(p.pid())), "a service outlived ./stack");
        assertFalse(PostgresServer.alive(database.pid()), "PostgreSQL outlived ./stack");
        // A clean shutdown removes the lock file; after a crash it would stay.
        assertFalse(Files.exists(DATA.resolve("postgres/postmaster.pid")), "PostgreSQL was not shut down cleanly");
        assertTrue(log().contains("Stopped."));
    }

    private static void write(String id, Set<String> acknowledged, List<String> refusals) {
        String body = """
                {"id":"%s","kind":"website","title":"Crash test %s","language":"en","year":2011,
                 "citedIn":[{"chapterId":"giswatch-2011-kazakhstan","passage":"crash test"}]}""".formatted(id, id);
        HttpRequest request = HttpRequest.newBuilder(url("citation", "/citations"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                acknowledged.add(id);
            } else {
                refusals.add(response.statusCode() + " retry-after="
                        + response.headers().firstValue("Retry-After").orElse("-") + " "
                        + response.headers().firstValue("Content-Type").orElse("-") + " " + response.body());
            }
        } catch (IOException e) {
            refusals.add("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor(), "kill -" + signal);
    }

    private static Thread started(Runnable task) {
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    /** The postmaster of the stack's embedded PostgreSQL, from its lock file. */
    private static java.util.Optional<ProcessHandle> postmaster() {
        try {
            String pid = Files.readAllLines(DATA.resolve("postgres/postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid)).filter(p -> PostgresServer.alive(p.pid()));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static ProcessHandle serviceProcess(String name) {
        return stack.descendants().filter(p -> p.info().commandLine().orElse("")
                .contains(name + "-service" + File.separator + "target")).findFirst().orElseThrow();
    }

    private static int status(String service, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url(service, path)).timeout(Duration.ofSeconds(10)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static URI url(String service, String path) {
        return URI.create("http://localhost:" + ports.get(service) + path);
    }

    private static String log() throws IOException {
        return Files.readString(LOG);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
