package org.giswatch.catalog;

import static org.giswatch.platform.testing.TestRequests.etagOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.giswatch.platform.testing.WriteAccessContract;
import org.giswatch.platform.testing.WriteOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Create, replace, patch and delete of every catalog kind, each as anonymous, wrong role and right role. */
@QuarkusTest
class WriteAccessTest extends WriteAccessContract {

    static final String ACCESS_ID = "access-matrix";

    @Override
    protected List<WriteOperation> writes() {
        Map<String, String> records = new TreeMap<>(CatalogWritesTest.NEW_RECORDS);
        records.put("/countries", CountryResourceTest.country("test-id", "VA", "VAT", "Access Matrix"));
        List<WriteOperation> writes = new ArrayList<>();
        records.forEach((collection, record) -> {
            String original = record.substring(7, record.indexOf('"', 7));
            String body = record.replace("\"" + original + "\"", "\"" + ACCESS_ID + "\"");
            String item = collection + "/" + ACCESS_ID;
            writes.add(WriteOperation.editor("create " + collection, 201,
                    r -> r.contentType(ContentType.JSON).body(body).post(collection)));
            writes.add(WriteOperation.editor("replace " + item, 200,
                    r -> r.contentType(ContentType.JSON).header("If-Match", etagOf(item)).body(body).put(item)));
            writes.add(WriteOperation.editor("patch " + item, 200,
                    r -> r.contentType(CatalogWritesTest.MERGE_PATCH).header("If-Match", etagOf(item))
                            .body("{\"sources\":[{\"citationId\":\"giswatch-2011\",\"passage\":\"patched\"}]}")
                            .patch(item)));
            writes.add(WriteOperation.admin("delete " + item, 204,
                    r -> r.header("If-Match", etagOf(item)).delete(item)));
        });
        return writes;
    }
}
