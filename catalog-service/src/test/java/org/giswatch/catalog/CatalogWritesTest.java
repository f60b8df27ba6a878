package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Create, replace, merge-patch and delete for every kind, and the 4xx answers around them. */
@QuarkusTest
class CatalogWritesTest {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String SOURCES = "\"sources\":[{\"citationId\":\"giswatch-2011-kazakhstan\",\"passage\":\"test\"}]";

    /** A valid new record per collection (whose "name" field can be patched), all referring to reference data. */
    static final Map<String, String> NEW_RECORDS = Map.of(
            "/people", "{\"id\":\"test-person\",\"name\":\"Test Person\",\"roles\":[{\"title\":\"member\","
                    + "\"organisationId\":\"azat\"}]," + SOURCES + "}",
            "/organisations", "{\"id\":\"test-organisation\",\"name\":\"Test Party\",\"kind\":\"party\","
                    + "\"countryId\":\"kz\"," + SOURCES + "}",
            "/elections", "{\"id\":\"test-election\",\"name\":\"Test election\",\"countryId\":\"kz\",\"type\":"
                    + "\"parliamentary\",\"year\":2012,\"candidacies\":[{\"personId\":\"ghani-kassymov\"}],"
                    + "\"results\":[]," + SOURCES + "}",
            "/campaigns", "{\"id\":\"test-campaign\",\"name\":\"Test campaign\",\"mode\":\"online\",\"platforms\":"
                    + "[\"twitter\"],\"organisers\":[{\"organisationId\":\"azat\"}],\"electionId\":"
                    + "\"kz-presidential-2011\"," + SOURCES + "}",
            "/campaign-assets", "{\"id\":\"test-asset\",\"name\":\"Test page\",\"campaignId\":\"alga-boycott-2011\","
                    + "\"type\":\"page\",\"platform\":\"facebook\"," + SOURCES + "}",
            "/reports", "{\"id\":\"test-report\",\"series\":\"Test series\",\"year\":2012,\"title\":\"Test report\","
                    + "\"publishers\":[\"APC\"]," + SOURCES + "}",
            "/chapters", "{\"id\":\"test-chapter\",\"reportId\":\"giswatch-2011\",\"title\":\"Test chapter\","
                    + "\"sections\":[],\"actionSteps\":[\"Do something.\"]," + SOURCES + "}");

    @Test
    void everyKindCanBeCreatedReplacedPatchedAndDeleted() {
        NEW_RECORDS.forEach((collection, body) -> {
            String id = body.substring(7, body.indexOf('"', 7));
            String item = collection + "/" + id;
            editor().contentType(ContentType.JSON).body(body).post(collection).then().statusCode(201)
                    .header("Location", endsWith(item)).header("ETag", "\"v0\"")
                    .body("id", equalTo(id)).body("audit.createdBy", equalTo("test-editor"));
            assertProblem(editor().contentType(ContentType.JSON).body(body).post(collection).then(), ProblemType.CONFLICT);

            editor().contentType(ContentType.JSON).header("If-Match", etagOf(item)).body(body).put(item).then()
                    .statusCode(200);
            String field = collection.equals("/reports") || collection.equals("/chapters") ? "title" : "name";
            editor().contentType(MERGE_PATCH).header("If-Match", etagOf(item)).body("{\"" + field + "\":\"Patched\"}")
                    .patch(item).then().statusCode(200).body(field, equalTo("Patched")).body("id", equalTo(id));
            given().get(item).then().body(field, equalTo("Patched"));

            assertProblem(admin().delete(item).then(), ProblemType.PRECONDITION_REQUIRED);
            assertProblem(admin().header("If-Match", "\"v0\"").delete(item).then(), ProblemType.PRECONDITION_FAILED);
            admin().header("If-Match", etagOf(item)).delete(item).then().statusCode(204);
            // A deleted id is gone, not unknown: its versions stay readable.
            assertProblem(given().get(item).then(), ProblemType.GONE).body("detail", containsString(item + "/versions"));
        });
    }

    @Test
    void unknownReferencesAre422NamingTheField() {
        assertProblem(editor().contentType(ContentType.JSON).body(NEW_RECORDS.get("/elections")
                .replace("ghani-kassymov", "nobody-at-all")).post("/elections").then(), ProblemType.UNPROCESSABLE)
                .body("errors.field", hasItem("candidacies[0].personId"))
                .body("detail", containsString("nobody-at-all"));
        assertProblem(editor().contentType(ContentType.JSON).body(NEW_RECORDS.get("/campaign-assets")
                .replace("alga-boycott-2011", "no-such-campaign")).post("/campaign-assets").then(),
                ProblemType.UNPROCESSABLE).body("errors.field", hasItem("campaignId"));
        assertProblem(editor().contentType(MERGE_PATCH).header("If-Match", etagOf("/people/vladimir-kozlov"))
                .body("{\"roles\":[{\"title\":\"x\",\"organisationId\":\"no-such-party\"}]}")
                .patch("/people/vladimir-kozlov").then(), ProblemType.UNPROCESSABLE)
                .body("errors.field", hasItem("roles[0].organisationId"));
        given().get("/people/vladimir-kozlov").then().body("roles[0].organisationId", equalTo("alga"));
        given().get("/campaign-assets/no-such-asset").then().statusCode(404);
    }

    @Test
    void everyBadReferenceOfOneRequestIsReportedTogether() {
        String campaign = NEW_RECORDS.get("/campaigns").replace("\"azat\"", "\"no-such-party\"")
                .replace("kz-presidential-2011", "no-such-election");
        assertProblem(editor().contentType(ContentType.JSON).body(campaign).post("/campaigns").then(),
                ProblemType.UNPROCESSABLE)
                .body("errors.field", containsInAnyOrder("organisers[0].organisationId", "electionId"))
                .body("detail", equalTo("2 references are not valid"));
        given().get("/campaigns/test-campaign").then().statusCode(oneOf(404, 410)); // or deleted by another test
    }

    @Test
    void aResultNamesACandidateOfTheSameElection() {
        String election = NEW_RECORDS.get("/elections").replace("\"results\":[]",
                "\"results\":[{\"personId\":\"mels-yeleussizov\",\"voteShare\":{\"percent\":1,\"asStated\":\"1%\"}}]");
        assertProblem(editor().contentType(ContentType.JSON).body(election).post("/elections").then(),
                ProblemType.UNPROCESSABLE).body("errors.field", contains("results[0].personId"));
        given().get("/elections/test-election").then().statusCode(oneOf(404, 410)); // or deleted by another test
    }

    @Test
    void recordsOthersReferToCannotBeDeleted() {
        assertProblem(admin().header("If-Match", etagOf("/organisations/alga")).delete("/organisations/alga").then(),
                ProblemType.CONFLICT)
                .body("referrers.target", equalTo("organisation:alga"))
                .body("referrers.items.find { it.collection == 'people' }.id", equalTo("vladimir-kozlov"))
                .body("referrers.items.find { it.collection == 'people' }.service", equalTo("catalog-service"))
                .body("referrers.items.find { it.collection == 'people' }.field", equalTo("roles"));
        assertProblem(admin().header("If-Match", "*").delete("/campaigns/alga-boycott-2011").then(),
                ProblemType.CONFLICT).body("referrers.items.collection", hasItem("campaign-assets"))
                .body("referrers.total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().get("/organisations/alga").then().statusCode(200);
    }

    @Test
    void replaceWithStaleOrMissingETagIsRefused() {
        String item = "/organisations/test-stale";
        editor().contentType(ContentType.JSON).body(NEW_RECORDS.get("/organisations").replace("test-organisation",
                "test-stale")).post("/organisations").then().statusCode(201);
        String body = NEW_RECORDS.get("/organisations").replace("test-organisation", "test-stale");
        assertProblem(editor().contentType(ContentType.JSON).body(body).put(item).then(),
                ProblemType.PRECONDITION_REQUIRED);
        String v0 = etagOf(item);
        editor().contentType(ContentType.JSON).header("If-Match", v0).body(body.replace("Test Party", "Renamed"))
                .put(item).then().statusCode(200).header("ETag", "\"v1\"");
        assertProblem(editor().contentType(MERGE_PATCH).header("If-Match", v0).body("{\"name\":\"Stale\"}").patch(item)
                .then(), ProblemType.PRECONDITION_FAILED);
        assertProblem(editor().contentType(ContentType.JSON).header("If-Match", etagOf(item))
                .body(body.replace("\"kind\":\"party\"", "\"kind\":\"club\"")).put(item).then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("kind"));
        assertProblem(editor().contentType(ContentType.JSON).header("If-Match", etagOf(item))
                .body(body.replace("test-stale", "test-other")).put(item).then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("id"));
        admin().header("If-Match", etagOf(item)).delete(item).then().statusCode(204);
    }

    @Test
    void aLinkedRecordCanBeDeletedOnceItsReferrerIsGone() {
        editor().contentType(ContentType.JSON).body(NEW_RECORDS.get("/organisations").replace("test-organisation",
                "test-linked")).post("/organisations").then().statusCode(201);
        editor().contentType(ContentType.JSON).body(NEW_RECORDS.get("/people").replace("test-person", "test-member")
                .replace("azat", "test-linked")).post("/people").then().statusCode(201);
        given().queryParam("organisation", "test-linked").get("/people").then().body("items.id", hasItem("test-member"));
        assertProblem(admin().header("If-Match", "*").delete("/organisations/test-linked").then(), ProblemType.CONFLICT);
        admin().header("If-Match", "*").delete("/people/test-member").then().statusCode(204);
        admin().header("If-Match", "*").delete("/organisations/test-linked").then().statusCode(204);
    }
}
