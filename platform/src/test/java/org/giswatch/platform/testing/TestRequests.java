package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * Requests as the different kinds of client. Every test write goes through {@link #editor()} or {@link #admin()},
 * so the credentials they need are added in one place.
 */
public final class TestRequests {

    private TestRequests() {
    }

    public static RequestSpecification anonymous() {
        return given();
    }

    public static RequestSpecification editor() {
        return given();
    }

    public static RequestSpecification admin() {
        return given();
    }

    /** The current ETag of an item, for If-Match. */
    public static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
