package org.giswatch.platform.testing;

import java.util.function.Function;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One write operation of a service for the access matrix: how to send it as a given client, which role it needs,
 * and the status it answers when allowed.
 */
public record WriteOperation(String name, String role, int successStatus,
        Function<RequestSpecification, Response> send) {

    public static WriteOperation editor(String name, int successStatus,
            Function<RequestSpecification, Response> send) {
        return new WriteOperation(name, "editor", successStatus, send);
    }

    public static WriteOperation admin(String name, int successStatus,
            Function<RequestSpecification, Response> send) {
        return new WriteOperation(name, "admin", successStatus, send);
    }

}
