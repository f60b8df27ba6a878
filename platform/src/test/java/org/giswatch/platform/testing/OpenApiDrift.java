package org.giswatch.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares the served OpenAPI document with the one committed under docs/openapi/. After an intended API
 * change, regenerate with {@code ./mvnw verify -Dopenapi.update=true} and commit the file.
 */
public final class OpenApiDrift {

    private OpenApiDrift() {
    }

    public static void assertMatchesCommitted(String service) throws IOException {
        String served = given().accept("application/yaml").queryParam("format", "yaml")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of("..", "docs", "openapi", service + ".yaml");
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        assertEquals(expected, served, "The served OpenAPI document differs from " + committed
                + "; if the change is intended, run ./mvnw verify -Dopenapi.update=true and commit the file");
    }
}
