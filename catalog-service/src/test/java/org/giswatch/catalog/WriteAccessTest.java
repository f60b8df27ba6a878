package org.giswatch.catalog;

import static org.giswatch.platform.testing.TestRequests.etagOf;

import java.util.List;

import org.giswatch.platform.testing.WriteAccessContract;
import org.giswatch.platform.testing.WriteOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class WriteAccessTest extends WriteAccessContract {

    static final String COUNTRY = "/countries/xw";
    static final String BODY = CountryResourceTest.country("xw", "XW", "XWW", "Access Matrix");

    @Override
    protected List<WriteOperation> writes() {
        return List.of(
                WriteOperation.editor("create country", 201,
                        r -> r.contentType(ContentType.JSON).body(BODY).post("/countries")),
                WriteOperation.editor("replace country", 200,
                        r -> r.contentType(ContentType.JSON).header("If-Match", etagOf(COUNTRY)).body(BODY).put(COUNTRY)),
                WriteOperation.editor("patch country", 200,
                        r -> r.contentType("application/merge-patch+json").header("If-Match", etagOf(COUNTRY))
                                .body("{\"name\":\"Patched\"}").patch(COUNTRY)),
                WriteOperation.admin("delete country", 204,
                        r -> r.header("If-Match", etagOf(COUNTRY)).delete(COUNTRY)));
    }
}
