package org.giswatch.stack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.giswatch.devstack.DevToken;
import org.giswatch.devstack.StackBackup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * ./stack backup and restore end to end, as a developer runs them: ./stack serves data written through the three APIs
 * (creates, edits, deletes) → ./stack backup while it runs → ./stack stopped → ./stack restore refuses to overwrite
 * → databases dropped → ./stack restore → ./stack started on the restored data serves every collection and every
 * item identical, ETags included. Own data directory and free ports: a developer's ./stack is never touched.
 */
class StackBackupIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("catalog", "citation", "metrics");
    /** Start-up of PostgreSQL and three services on a busy two-core machine takes up to a few minutes. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
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
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, Integer> ports = new TreeMap<>();
    int pgPort;

    @TempDir
    Path work;

    static String citation(String id) {
        return "{\"id\":\"" + id + "\",\"kind\":\"website\",\"title\":\"Backup test\",\"language\":\"en\",\"year\":"
                + "2011,\"citedIn\":[{\"chapterId\":\"giswatch-2011-kazakhstan\",\"passage\":\"test passage\"}]}";
    }

    @Test
    void aRestoredBackupServesEveryCollectionAndItemExactlyAsBackedUp() throws Exception {
        pgPort = freePort();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        Path backup = work.resolve("backup");
        Map<String, String> backedUp;
        Process stack = startStack();
        try {
            writeThroughTheApis();
            backedUp = snapshot();
            String output = run(0, "backup", backup.toString());
            assertTrue(output.contains("Backup written to " + backup), output);
        } finally {
            stop(stack);
        }
        StackBackup.Manifest manifest = StackBackup.readManifest(backup);
        assertEquals(Set.copyOf(SERVICES), manifest.rows().keySet());
        assertTrue(manifest.serverVersion().startsWith("17."), manifest.serverVersion());

        String refused = run(1, "restore", backup.toString());
        assertTrue(refused.contains("Refusing to overwrite") && refused.contains("--force"), refused);

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("data/postgres"))
                .setCleanDataDirectory(false).setPort(pgPort).start()) {
            for (String database : SERVICES) {
                sql("DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
        String restored = run(0, "restore", backup.toString());
        assertTrue(restored.contains("every table has the row count of the backup"), restored);

        stack = startStack();
        try {
            Map<String, String> served = snapshot();
            assertEquals(backedUp.keySet(), served.keySet());
            assertEquals(backedUp, served);
        } finally {
            stop(stack);
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
        expect(410, send(service, "GET", gone, null, null, null, null));
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
            request.header("Authorization", "Bearer " + DevToken.sign(ROOT, role, "backup-" + role));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.uri() + ": "
                + response.body());
        return response;
    }

    /** ./stack with its own data directory and ports, as StackSupervisionIT runs it; returns once all are ready. */
    private Process startStack() throws Exception {
        Path log = Path.of("target", "stack-backup-it.log").toAbsolutePath();
        ProcessBuilder builder = stackCommand().redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("GISWATCH_STACK_NO_BUILD", "true"); // the reactor built the services already
        builder.environment().put("GISWATCH_CLASS_DATA", "false");
        Process stack = builder.start();
        for (String service : SERVICES) {
            await(service + " ready; see " + log).atMost(START_TIMEOUT).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        assertTrue(stack.isAlive(), "./stack exited; see " + log);
                        return ready(service);
                    });
        }
        return stack;
    }

    /** ./stack backup or restore: its output, after checking its exit code. */
    private String run(int exitCode, String... arguments) throws Exception {
        ProcessBuilder builder = stackCommand();
        builder.command().addAll(List.of(arguments));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "./stack " + arguments[0]);
        assertEquals(exitCode, process.exitValue(), output);
        return output;
    }

    private ProcessBuilder stackCommand() {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(ROOT.resolve("stack")
                .toString()))).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GISWATCH_DATA_DIR", work.resolve("data").toString());
        env.put("GISWATCH_PG_PORT", Integer.toString(pgPort));
        ports.forEach((service, port) -> env.put("GISWATCH_" + service.toUpperCase() + "_PORT", port.toString()));
        env.put("RATE_LIMIT_BURST", "1000000");
        env.put("RATE_LIMIT_PER_MINUTE", "1000000");
        env.remove("PGHOST"); // the embedded server is what is backed up
        return builder;
    }

    private boolean ready(String service) throws Exception {
        try {
            return send(service, "GET", "/q/health/ready", null, null, null, null).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** SIGTERM, as Ctrl-C: ./stack stops its services, then PostgreSQL. */
    private static void stop(Process stack) throws InterruptedException {
        stack.destroy();
        if (!stack.waitFor(2, TimeUnit.MINUTES)) {
            stack.descendants().forEach(ProcessHandle::destroyForcibly);
            stack.destroyForcibly();
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres",
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
