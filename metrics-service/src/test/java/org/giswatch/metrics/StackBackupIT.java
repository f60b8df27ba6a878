package org.giswatch.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.giswatch.platform.stack.StackBackup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * ./stack backup and restore end to end, on the packaged services: data written through the three APIs (creates,
 * edits, deletes) → backup while they serve → databases dropped → restore → every collection and every item reads
 * back identical, ETags included, from services started on the restored server. Own PostgreSQL data directory and
 * free ports: a developer's ./stack on the default ports is never touched.
 */
class StackBackupIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("catalog", "citation", "metrics");
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final String MERGE_PATCH = "application/merge-patch+json";

    static final String SOURCES = "\"sources\":[{\"citationId\":\"giswatch-2011-kazakhstan\",\"passage\":\"test\"}]";
    static final String NEW_ORGANISATION = "{\"id\":\"backup-organisation\",\"name\":\"Backup Party\",\"kind\":"
            + "\"party\",\"countryId\":\"kz\"," + SOURCES + "}";
    static final String DELETED_REPORT = "{\"id\":\"backup-report\",\"series\":\"Backup series\",\"year\":2012,"
            + "\"title\":\"Backup report\",\"publishers\":[\"APC\"]," + SOURCES + "}";
    static final String NEW_CITATION = citation("backup-citation");
    static final String DELETED_CITATION = citation("backup-citation-deleted");
    static final String NEW_INDICATOR = "{\"id\":\"backup-indicator\",\"name\":\"Backup indicator\",\"unit\":"
            + "\"count\",\"category\":\"internet-access\",\"higherIsBetter\":true}";
    static final String DELETED_INDICATOR = NEW_INDICATOR.replace("backup-indicator", "backup-indicator-deleted");

    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final Map<String, Integer> ports = new HashMap<>();
    final List<Process> processes = new ArrayList<>();

    @TempDir
    Path work;

    static String citation(String id) {
        return "{\"id\":\"" + id + "\",\"kind\":\"website\",\"title\":\"Backup test\",\"language\":\"en\",\"year\":"
                + "2011,\"citedIn\":[{\"chapterId\":\"giswatch-2011-kazakhstan\",\"passage\":\"test passage\"}]}";
    }

    @Test
    void aRestoredBackupServesEveryCollectionAndItemExactlyAsBackedUp() throws Exception {
        Path data = work.resolve("postgres");
        Path backup = work.resolve("backup");
        int pgPort = freePort();
        Map<String, String> backedUp;
        try (EmbeddedPostgres postgres = embedded(data, pgPort)) {
            for (String database : SERVICES) {
                sql(pgPort, "CREATE DATABASE " + database);
            }
            startServices(pgPort);
            try {
                writeThroughTheApis();
                backedUp = snapshot();
                StackBackup.Manifest manifest = StackBackup.backup(pgPort, backup);
                assertEquals(Set.copyOf(SERVICES), manifest.rows().keySet());
                assertTrue(manifest.serverVersion().startsWith("17."), manifest.serverVersion());
            } finally {
                stopServices();
            }
        }

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> StackBackup.restore(backup, data, false));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());

        try (EmbeddedPostgres postgres = embedded(data, pgPort)) {
            for (String database : SERVICES) {
                sql(pgPort, "DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
        StackBackup.restore(backup, data, false);

        try (EmbeddedPostgres postgres = embedded(data, pgPort)) {
            startServices(pgPort);
            try {
                Map<String, String> restored = snapshot();
                assertEquals(backedUp.keySet(), restored.keySet());
                assertEquals(backedUp, restored);
            } finally {
                stopServices();
            }
        }
    }

    /** A create, an edit and a delete in each service. */
    private void writeThroughTheApis() throws Exception {
        createEditDelete("catalog", "/organisations", NEW_ORGANISATION, "{\"name\":\"Backup Party, renamed\"}",
                "/reports", DELETED_REPORT);
        createEditDelete("citation", "/citations", NEW_CITATION, "{\"title\":\"Backup test, edited\"}",
                "/citations", DELETED_CITATION);
        createEditDelete("metrics", "/indicators", NEW_INDICATOR, "{\"higherIsBetter\":null}",
                "/indicators", DELETED_INDICATOR);
    }

    private void createEditDelete(String service, String collection, String created, String patch,
            String deletedCollection, String deleted) throws Exception {
        String item = collection + "/" + JSON.readTree(created).path("id").asText();
        expect(201, send(service, "POST", collection, "application/json", created, null, "editor"));
        expect(200, send(service, "PATCH", item, MERGE_PATCH, patch, etag(service, item), "editor"));
        String gone = deletedCollection + "/" + JSON.readTree(deleted).path("id").asText();
        expect(201, send(service, "POST", deletedCollection, "application/json", deleted, null, "editor"));
        expect(204, send(service, "DELETE", gone, null, null, etag(service, gone), "admin"));
        expect(404, send(service, "GET", gone, null, null, null, null));
    }

    /**
     * Every page of every collection each service lists at its root, and every item in them with its ETag, keyed
     * by service and path.
     */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> seen = new TreeMap<>();
        for (String service : SERVICES) {
            JsonNode root = JSON.readTree(expect(200, send(service, "GET", "/", null, null, null, null)).body());
            assertFalse(root.path("collections").isEmpty(), service);
            for (JsonNode collection : root.path("collections")) {
                String page = collection.asText() + "?limit=500";
                while (page != null) {
                    HttpResponse<String> response = expect(200, send(service, "GET", page, null, null, null, null));
                    seen.put(service + " " + page, response.body());
                    JsonNode body = JSON.readTree(response.body());
                    for (JsonNode entry : body.path("items")) {
                        String item = collection.asText() + "/" + entry.path("id").asText();
                        HttpResponse<String> one = expect(200, send(service, "GET", item, null, null, null, null));
                        seen.put(service + " " + item, one.headers().firstValue("ETag").orElse("<none>") + " "
                                + one.body());
                    }
                    page = body.hasNonNull("next") ? URI.create(body.path("next").asText()).getRawPath() + "?"
                            + URI.create(body.path("next").asText()).getRawQuery() : null;
                }
            }
        }
        assertTrue(seen.containsKey("catalog /organisations/backup-organisation"));
        assertTrue(seen.containsKey("citation /citations/backup-citation"));
        assertTrue(seen.containsKey("metrics /indicators/backup-indicator"));
        return seen;
    }

    private String etag(String service, String path) throws Exception {
        return expect(200, send(service, "GET", path, null, null, null, null)).headers().firstValue("ETag")
                .orElseThrow();
    }

    private HttpResponse<String> send(String service, String method, String path, String contentType, String body,
            String ifMatch, String role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(service) + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (role != null) {
            request.header("Authorization", "Bearer " + token(role));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.uri() + ": "
                + response.body());
        return response;
    }

    private static String token(String role) throws Exception {
        PrivateKey key = KeyUtils.decodePrivateKey(
                Files.readString(ROOT.resolve("platform/src/test/resources/dev-keys/private.pem")));
        return Jwt.issuer("https://auth.giswatch.org").audience("giswatch-api").subject("backup-" + role)
                .upn("backup-" + role).groups(Set.of(role)).expiresIn(600).sign(key);
    }

    /**
     * The packaged services on free ports, the same ones each time (pages link to the next one by absolute URL);
     * catalog and citation first (metrics checks references against them).
     */
    private void startServices(int pgPort) throws Exception {
        for (String service : SERVICES) {
            ports.putIfAbsent(service, freePort());
        }
        for (String service : SERVICES) {
            Path jar = ROOT.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            assertTrue(Files.exists(jar), jar + " is missing: run through ./mvnw verify, which packages it first");
            // C1 only and serial GC, as ./stack runs them: a faster start on a busy machine.
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + ports.get(service), "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            Path.of("target", service + "-for-backup-it.log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/" + service);
            env.put("DB_USERNAME", "postgres");
            env.put("DB_PASSWORD", "");
            env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + ROOT.resolve("platform/src/test/resources/dev-keys/public.pem"));
            env.put("RATE_LIMIT_BURST", "1000000");
            env.put("RATE_LIMIT_PER_MINUTE", "1000000");
            env.put("CATALOG_URL", "http://localhost:" + ports.get("catalog"));
            env.put("CITATION_URL", "http://localhost:" + ports.get("citation"));
            processes.add(builder.start());
            if (!service.equals("catalog")) {
                awaitReady(service);
            }
            if (service.equals("citation")) {
                awaitReady("catalog");
            }
        }
    }

    private void awaitReady(String service) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(processes.stream().allMatch(Process::isAlive),
                    "a service exited; see target/<service>-for-backup-it.log");
            try {
                if (send(service, "GET", "/q/health/ready", null, null, null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError(service + " was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private void stopServices() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        processes.clear();
    }

    private static EmbeddedPostgres embedded(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static void sql(int port, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
