package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The error classes every service must answer as problem+json. Each service extends this once, as a
 * {@code @QuarkusTest}, naming one of its collections.
 */
public abstract class ErrorResponsesContract {

    /** A collection path with list, get, create (POST) and replace (PUT /{id}). */
    protected abstract String collection();

    /** The id of an item that exists when the application has started (reference data). */
    protected abstract String existingId();

    /** Fields that an empty JSON object lacks and validation must name. */
    protected abstract List<String> requiredFields();

    /** A request allowed to write. */
    protected RequestSpecification writer() {
        return TestRequests.admin();
    }

    private String snapshot() {
        return given().queryParam("limit", 500).get(collection()).then().statusCode(200).extract().asString()
                + given().get(collection() + "/" + existingId()).then().statusCode(200).extract().asString();
    }

    @Test
    void unknownRouteIs404Problem() {
        assertProblem(given().get("/nope").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void unknownIdIs404Problem() {
        assertProblem(given().get(collection() + "/no-such-id-anywhere").then(), ProblemType.NOT_FOUND)
                .body("detail", containsString("no-such-id-anywhere"));
    }

    @Test
    void invalidIdIs400NamingTheParameter() {
        assertProblem(given().get(collection() + "/Not_A_Slug").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void unsupportedMethodIs405Problem() {
        assertProblem(writer().delete(collection()).then(), ProblemType.METHOD_NOT_ALLOWED);
    }

    @Test
    void unacceptableMediaTypeIs406Problem() {
        assertProblem(given().accept("image/png").get(collection()).then(), ProblemType.NOT_ACCEPTABLE);
    }

    @Test
    void unsupportedBodyTypeIs415Problem() {
        String before = snapshot();
        assertProblem(writer().contentType(ContentType.TEXT).body("name=x").post(collection()).then(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertEquals(before, snapshot());
    }

    @Test
    void malformedJsonIs400ProblemAndChangesNothing() {
        String before = snapshot();
        assertProblem(writer().contentType(ContentType.JSON).body("{").post(collection()).then(),
                ProblemType.MALFORMED_BODY);
        assertProblem(writer().contentType(ContentType.JSON).body("{").put(collection() + "/" + existingId()).then(),
                ProblemType.MALFORMED_BODY);
        assertEquals(before, snapshot());
    }

    /** Each error says what was wrong and what is accepted, with the instance it is about. */
    @Test
    void errorsSayWhatIsAccepted() {
        String before = snapshot();
        String item = collection() + "/" + existingId();
        assertProblem(writer().contentType(ContentType.JSON).body("[]").post(collection()).then(),
                ProblemType.MALFORMED_BODY).body("detail", containsString("expected a JSON object"))
                .body("instance", org.hamcrest.Matchers.equalTo(collection()));
        // An unquoted entity tag is malformed (400 with its quoted form), not a stale version (412).
        assertProblem(writer().header("If-Match", "v0").delete(item).then(), ProblemType.VALIDATION)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("If-Match"))
                .body("errors[0].message", containsString("\"v0\""))
                .body("instance", org.hamcrest.Matchers.equalTo(item));
        assertProblem(given().get(item + "/versions/abc").then(), ProblemType.VALIDATION)
                .body("errors.field", hasItems("number")).body("instance", org.hamcrest.Matchers.equalTo(item + "/versions/abc"));
        assertProblem(writer().contentType(ContentType.TEXT).body("name=x").post(collection()).then(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE).body("detail", containsString("send application/json"));
        assertProblem(writer().contentType(ContentType.JSON).header("If-Match", "*").body("{}").patch(item).then(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE).body("detail", containsString("application/merge-patch+json"));
        // An editor may write, but the integrity report is the admins'.
        assertProblem(TestRequests.editor().get("/integrity").then(), ProblemType.FORBIDDEN)
                .body("detail", containsString("'admin'")).body("detail", org.hamcrest.Matchers.not(containsString("editor")));
        assertEquals(before, snapshot());
    }

    @Test
    void invalidBodyIs400WithOneErrorPerField() {
        String before = snapshot();
        assertProblem(writer().contentType(ContentType.JSON).body("{}").post(collection()).then(),
                ProblemType.VALIDATION)
                .body("errors.field", hasItems(requiredFields().toArray(String[]::new)));
        assertEquals(before, snapshot());
    }

    @Test
    void limitAboveMaximumIs400NamingTheParameter() {
        assertProblem(given().queryParam("limit", 100_000).get(collection()).then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void forgedCursorIs400NamingTheParameter() {
        assertProblem(given().queryParam("cursor", "not-a-cursor").get(collection()).then(), ProblemType.VALIDATION)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void unexpectedErrorIs500ProblemWithoutInternals() {
        assertProblem(given().get("/test-support/failure").then(), ProblemType.INTERNAL)
                .body(not(containsString("secret")));
    }

    @Test
    void databaseDownIs503WithRetryAfterNot500() {
        assertProblem(given().get("/test-support/database-down").then(), ProblemType.DEPENDENCY_UNAVAILABLE)
                .header("Retry-After", "5");
    }
}
