package org.giswatch.contract.integrity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.openapi.ProblemResponses;

/**
 * Admins' check that no stored reference dangles: the one place the race between a delete in one service and a new
 * reference in another shows up (docs/architecture.md, "Referential integrity").
 */
@Path("/integrity")
@Tag(name = "Integrity", description = "References between records, across the services")
@Produces(MediaType.APPLICATION_JSON)
public interface IntegrityApi {

    @GET
    @Operation(operationId = "getIntegrityReport", summary = "Check every reference this service stores (admin)",
            description = "Each reference is checked against its target now, in this service or another. A service "
                    + "that cannot be asked is listed under `unavailable`. Admin only.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @SecurityRequirement(name = ProblemResponses.SECURITY_SCHEME)
    IntegrityReport report();
}
