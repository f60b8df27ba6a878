package org.giswatch.platform.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to prove a 500 leaks nothing. */
@Path("/test-support/failure")
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("java.lang.IllegalStateException: secret internal detail");
    }
}
