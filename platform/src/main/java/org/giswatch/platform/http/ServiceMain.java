package org.giswatch.platform.http;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every service's packaged jar. Quarkus' root handler answers a URI that {@code java.net.URI} cannot
 * parse (raw UTF-8, {@code %ZZ}) with an empty 400 before any route runs; with its check off, {@link RequestLineGuard}
 * makes the same check and answers problem+json saying how to encode. Tests set the same property in the build
 * (pom.xml, surefire and failsafe).
 */
@QuarkusMain
public final class ServiceMain {

    static final String DISABLE_QUARKUS_URI_CHECK = "vertx.disableURIValidation";

    private ServiceMain() {
    }

    public static void main(String... args) {
        System.setProperty(DISABLE_QUARKUS_URI_CHECK, "true");
        Quarkus.run(args);
    }
}
