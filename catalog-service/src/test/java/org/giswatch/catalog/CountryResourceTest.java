package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.testing.ProblemAssertions;

import static org.giswatch.platform.testing.TestRequests.admin;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CountryResourceTest {

    static final String KAZAKHSTAN = "kz";

    static String country(String id, String alpha2, String alpha3, String name) {
        return """
                {"id":"%s","alpha2":"%s","alpha3":"%s","name":"%s",
                 "sources":[{"citationId":"giswatch-2011","passage":"test"}]}""".formatted(id, alpha2, alpha3, name);
    }

    @Test
    void kazakhstanIsLoadedFromTheReferenceData() {
        given().get("/countries/" + KAZAKHSTAN).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("alpha2", equalTo("KZ"))
                .body("alpha3", equalTo("KAZ"))
                .body("name", equalTo("Kazakhstan"))
                .body("sources.citationId", hasItem("giswatch-2011-kazakhstan"))
                .body("audit.createdBy", equalTo("reference-data"));
    }

    @Test
    void itemEtagAnswers304WhenUnchanged() {
        String etag = given().get("/countries/" + KAZAKHSTAN).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/countries/" + KAZAKHSTAN).then().statusCode(304)
                .header("ETag", etag);
    }

    @Test
    void readsAreRevalidatedAndCompressed() {
        given().header("Accept-Encoding", "gzip").get("/countries").then().statusCode(200)
                .header("Cache-Control", "public, no-cache")
                .header("Content-Encoding", "gzip")
                .body("items.id", hasItem(KAZAKHSTAN));
    }

    @Test
    void collectionEtagAnswers304WhenUnchanged() {
        String etag = given().get("/countries").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/countries").then().statusCode(304);
    }

    @Test
    void pagesFollowTheNextLinkUntilTheEnd() {
        for (String[] c : new String[][] { { "zz-a", "FI", "FIN" }, { "zz-b", "FJ", "FJI" }, { "zz-c", "FK", "FLK" } }) {
            editor().contentType(ContentType.JSON).body(country(c[0], c[1], c[2], "Paging " + c[0]))
                    .post("/countries").then().statusCode(201);
        }
        var first = given().queryParam("q", "paging").queryParam("limit", 2).get("/countries").then().statusCode(200)
                .body("items.id", equalTo(List.of("zz-a", "zz-b")))
                .header("Link", endsWith("rel=\"next\""))
                .extract();
        String next = first.path("next");
        assertEquals("<" + next + ">; rel=\"next\"", first.header("Link"));
        given().get(next).then().statusCode(200)
                .body("items.id", equalTo(List.of("zz-c")))
                .body("next", nullValue());
        for (String id : new String[] { "zz-a", "zz-b", "zz-c" }) {
            admin().header("If-Match", etagOf("/countries/" + id)).delete("/countries/" + id).then().statusCode(204);
        }
    }

    @Test
    void createReplacePatchAndDeleteRoundTrip() {
        editor().contentType(ContentType.JSON).body(country("xa", "NO", "NOR", "Testland"))
                .post("/countries").then().statusCode(201)
                .header("Location", endsWith("/countries/xa"))
                .body("name", equalTo("Testland"))
                .body("audit.createdBy", equalTo("test-editor"));
        ProblemAssertions.assertProblem(editor().contentType(ContentType.JSON)
                .body(country("xa", "NO", "NOR", "Testland")).post("/countries").then(), ProblemType.CONFLICT);

        ProblemAssertions.assertProblem(editor().contentType(ContentType.JSON)
                .body(country("xa", "NO", "NOR", "No If-Match")).put("/countries/xa").then(),
                ProblemType.PRECONDITION_REQUIRED);
        String v1 = etagOf("/countries/xa");
        editor().contentType(ContentType.JSON).header("If-Match", v1).body(country("xa", "NO", "NOR", "Testland Renamed"))
                .put("/countries/xa").then().statusCode(200).body("name", equalTo("Testland Renamed"));
        ProblemAssertions.assertProblem(editor().contentType(ContentType.JSON).header("If-Match", v1)
                .body(country("xa", "NO", "NOR", "Stale write")).put("/countries/xa").then(),
                ProblemType.PRECONDITION_FAILED);
        ProblemAssertions.assertProblem(editor().contentType(ContentType.JSON)
                .header("If-Match", etagOf("/countries/xa")).body(country("xb", "NO", "NOR", "Mismatch")).put("/countries/xa").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("id"));

        editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/countries/xa"))
                .body("{\"name\":\"Patched\"}")
                .patch("/countries/xa").then().statusCode(200)
                .body("name", equalTo("Patched")).body("alpha3", equalTo("NOR"));
        ProblemAssertions.assertProblem(editor().contentType("application/merge-patch+json").header("If-Match", etagOf("/countries/xa"))
                .body("{\"alpha2\":\"bad\"}")
                .patch("/countries/xa").then(), ProblemType.VALIDATION).body("errors.field", hasItem("alpha2"));
        given().get("/countries/xa").then().body("name", equalTo("Patched"));

        String last = etagOf("/countries/xa");
        admin().header("If-Match", last).delete("/countries/xa").then().statusCode(204);
        ProblemAssertions.assertProblem(given().get("/countries/xa").then(), ProblemType.GONE);
        ProblemAssertions.assertProblem(admin().header("If-Match", last).delete("/countries/xa").then(),
                ProblemType.GONE);
    }

    @Test
    void aTakenUniqueCodeIs409NotA500() {
        ProblemAssertions.assertProblem(editor().contentType(ContentType.JSON)
                .body(country("kz-duplicate", "KZ", "KAZ", "Kazakhstan again")).post("/countries").then(),
                ProblemType.CONFLICT);
        given().get("/countries/kz-duplicate").then().statusCode(404);
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        ProblemAssertions.assertProblem(editor().contentType(ContentType.JSON)
                .body("{\"id\":\"Bad Id\",\"alpha2\":\"k\",\"alpha3\":\"KAZ\",\"name\":\"\",\"sources\":[{\"citationId\":\"\"}]}")
                .post("/countries").then(), ProblemType.VALIDATION)
                .body("errors", hasSize(5))
                .body("errors.field", hasItem("sources[0].citationId"))
                .body("errors.field", hasItem("alpha2"));
    }

    @Test
    void unknownPropertiesAreRejected() {
        ProblemAssertions.assertProblem(editor().contentType(ContentType.JSON)
                .body("{\"id\":\"xq\",\"alpha2\":\"XQ\",\"alpha3\":\"XQQ\",\"name\":\"X\",\"capital\":\"Astana\"}")
                .post("/countries").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("capital"));
        given().get("/countries/xq").then().statusCode(404).contentType(startsWith("application/problem+json"));
    }
}
