package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.Set;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Requests as the different kinds of client. Every test write goes through {@link #editor()} or {@link #admin()},
 * which carry bearer tokens signed with the development key (dev-keys/, test configuration only).
 */
public final class TestRequests {

    public static final String ISSUER = "https://auth.giswatch.org";
    public static final String AUDIENCE = "giswatch-api";

    private TestRequests() {
    }

    public static RequestSpecification anonymous() {
        return given();
    }

    public static RequestSpecification editor() {
        return as("test-editor", "editor");
    }

    public static RequestSpecification admin() {
        return as("test-admin", "admin");
    }

    /** A partner with a valid token but none of our roles. */
    public static RequestSpecification reader() {
        return as("test-reader", "reader");
    }

    public static RequestSpecification as(String subject, String... roles) {
        return given().auth().oauth2(token(subject, roles));
    }

    public static String token(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(roles))
                .expiresIn(3600).sign();
    }

    /** The current ETag of an item, for If-Match. */
    public static String etagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
