package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Many writers update one item at once; every update that was acknowledged must be in the final state. */
@QuarkusTest
class ConcurrentUpdateTest {

    static final String PATH = "/countries/xc";
    static final int WRITERS = 6;
    static final int UPDATES_PER_WRITER = 4;

    @Test
    void noAcknowledgedUpdateIsLost() throws Exception {
        editor().contentType(ContentType.JSON).body(CountryResourceTest.country("xc", "IS", "ISL", "start"))
                .post("/countries").then().statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> appendMarkers(writer)));
        }
        List<String> acknowledged = new ArrayList<>();
        for (Future<List<String>> f : writers) {
            acknowledged.addAll(f.get());
        }
        pool.shutdown();

        String finalName = given().get(PATH).then().statusCode(200).extract().path("name");
        assertEquals(WRITERS * UPDATES_PER_WRITER, acknowledged.size());
        for (String marker : acknowledged) {
            assertEquals(1, finalName.split("\\|" + marker + "(?=\\||$)", -1).length - 1,
                    "acknowledged update " + marker + " must appear exactly once in " + finalName);
        }
        String etag = given().get(PATH).then().extract().header("ETag");
        assertEquals("\"v" + (WRITERS * UPDATES_PER_WRITER) + "\"", etag, "one version per acknowledged update");
    }

    /** Read-modify-write with If-Match, retrying on 412 as a well-behaved client does. */
    private static List<String> appendMarkers(int writer) {
        List<String> done = new ArrayList<>();
        for (int i = 0; i < UPDATES_PER_WRITER; i++) {
            String marker = (char) ('a' + writer) + String.valueOf(i);
            while (true) {
                Response current = given().get(PATH);
                String name = current.path("name") + "|" + marker;
                int status = editor().contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                        .body(CountryResourceTest.country("xc", "IS", "ISL", name)).put(PATH).statusCode();
                if (status == 200) {
                    done.add(marker);
                    break;
                }
                assertEquals(412, status, "a conflicting write must be refused with 412");
            }
        }
        return done;
    }
}
