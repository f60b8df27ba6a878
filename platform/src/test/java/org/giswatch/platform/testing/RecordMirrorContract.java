package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * A partner's mirror: it syncs every collection from empty through the change feeds, then 200 random creates,
 * patches and deletes happen, it syncs again, and its copy equals the collections field for field.
 */
public abstract class RecordMirrorContract {

    private static final int WRITES = 200;

    protected abstract List<RecordCollection> collections();

    @Test
    void aMirrorFollowingTheFeedsEqualsTheCollections() {
        List<RecordCollection> collections = collections();
        Map<String, Map<String, Map<String, Object>>> mirror = new HashMap<>();
        Map<String, OffsetDateTime> since = new HashMap<>();
        collections.forEach(c -> sync(c, mirror, since));

        Random random = new Random(20111204);
        Map<String, List<String>> created = new HashMap<>();
        for (int i = 0; i < WRITES; i++) {
            RecordCollection c = collections.get(random.nextInt(collections.size()));
            List<String> live = created.computeIfAbsent(c.path(), p -> new ArrayList<>());
            double dice = random.nextDouble();
            if (live.isEmpty() || dice < 0.4) {
                String id = "mirror-" + c.path().substring(1) + "-" + i;
                editor().contentType(ContentType.JSON).body(c.newRecord().apply(id)).post(c.path()).then()
                        .statusCode(201);
                live.add(id);
            } else if (dice < 0.75) {
                String item = c.item(live.get(random.nextInt(live.size())));
                editor().contentType("application/merge-patch+json").header("If-Match", etagOf(item))
                        .body(c.patch("mirrored " + i)).patch(item).then().statusCode(200);
            } else {
                String item = c.item(live.remove(random.nextInt(live.size())));
                admin().header("If-Match", etagOf(item)).delete(item).then().statusCode(204);
            }
        }

        collections.forEach(c -> sync(c, mirror, since));
        for (RecordCollection c : collections) {
            Map<String, Map<String, Object>> served = new TreeMap<>();
            RecordLifecycleContract.all(given().queryParam("limit", 500).get(c.path()).then().statusCode(200).extract())
                    .forEach(r -> served.put((String) r.get("id"), r));
            assertEquals(served, new TreeMap<>(mirror.get(c.path())), c.path());
        }
    }

    /** Applies the feed after the last change seen, and remembers the new last one. */
    private static void sync(RecordCollection c, Map<String, Map<String, Map<String, Object>>> mirror,
            Map<String, OffsetDateTime> since) {
        Map<String, Map<String, Object>> copy = mirror.computeIfAbsent(c.path(), p -> new HashMap<>());
        for (Map<String, Object> change : RecordLifecycleContract.feed(c, since.get(c.path()))) {
            String id = (String) change.get("id");
            if ("deleted".equals(change.get("change"))) {
                copy.remove(id);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) change.get("data");
                copy.put(id, data);
            }
            since.put(c.path(), OffsetDateTime.parse((String) change.get("changedAt")));
        }
    }
}
