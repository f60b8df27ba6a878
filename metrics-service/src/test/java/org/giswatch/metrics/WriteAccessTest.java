package org.giswatch.metrics;

import static org.giswatch.platform.testing.TestRequests.etagOf;

import java.util.List;

import org.giswatch.platform.testing.WriteAccessContract;
import org.giswatch.platform.testing.WriteOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every write of metrics-service as anonymous, wrong role and right role (deletes need admin; imports need editor). */
@QuarkusTest
class WriteAccessTest extends WriteAccessContract {

    static final String INDICATOR = "/indicators/mobile-subscribers";
    static final String OBSERVATION = "/observations/access-matrix";
    static final String OBSERVATION_BODY = ImportTest.row("access-matrix", "7");

    @Override
    protected List<WriteOperation> writes() {
        return List.of(
                WriteOperation.editor("create indicator", 201,
                        r -> r.contentType(ContentType.JSON).body(IndicatorResourceTest.TEST_INDICATOR).post("/indicators")),
                WriteOperation.editor("replace indicator", 200,
                        r -> r.contentType(ContentType.JSON).header("If-Match", etagOf(INDICATOR))
                                .body(IndicatorResourceTest.TEST_INDICATOR).put(INDICATOR)),
                WriteOperation.editor("patch indicator", 200,
                        r -> r.contentType("application/merge-patch+json").header("If-Match", etagOf(INDICATOR))
                                .body("{\"description\":\"patched\"}").patch(INDICATOR)),
                WriteOperation.admin("delete indicator", 204,
                        r -> r.header("If-Match", etagOf(INDICATOR)).delete(INDICATOR)),
                WriteOperation.editor("create observation", 201,
                        r -> r.contentType(ContentType.JSON).body(OBSERVATION_BODY).post("/observations")),
                WriteOperation.editor("replace observation", 200,
                        r -> r.contentType(ContentType.JSON).header("If-Match", etagOf(OBSERVATION))
                                .body(OBSERVATION_BODY).put(OBSERVATION)),
                WriteOperation.editor("patch observation", 200,
                        r -> r.contentType("application/merge-patch+json").header("If-Match", etagOf(OBSERVATION))
                                .body("{\"note\":\"patched\"}").patch(OBSERVATION)),
                WriteOperation.admin("delete observation", 204,
                        r -> r.header("If-Match", etagOf(OBSERVATION)).delete(OBSERVATION)),
                WriteOperation.editor("import observations", 200,
                        r -> r.contentType("application/jsonl")
                                .body(Chapter.jsonl(ImportTest.row("access-matrix-import", "8")))
                                .post("/observations/import")));
    }
}
