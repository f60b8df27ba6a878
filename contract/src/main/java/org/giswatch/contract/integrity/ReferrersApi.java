package org.giswatch.contract.integrity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.openapi.ProblemResponses;

/**
 * "Who refers to X?", answered by every service for the records it stores. A service asks the others before it
 * deletes a record, and refuses the delete (409) while anything refers to it.
 */
@Path("/referrers")
@Tag(name = "Integrity", description = "References between records, across the services")
@Produces(MediaType.APPLICATION_JSON)
public interface ReferrersApi {

    int DEFAULT_LIMIT = 20;

    @GET
    @Path("/{target}")
    @Operation(operationId = "listReferrers", summary = "Records of every service that refer to a target",
            description = "The target is kind:id, of this or another service. Lists the first `limit` referrers "
                    + "and counts all of them: with `scope=all` (the default) those of every service that may refer "
                    + "to the target's kind (this service asks the others, 503 when one cannot answer), so one call "
                    + "to any service answers \"what cites this?\"; with `scope=service` only this service's own.")
    @APIResponse(responseCode = "200", description = "The referrers (an empty list when nothing refers to the target)")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    Referrers referrers(
            @Parameter(description = "The record referred to, as kind:id", required = true,
                    example = "citation:giswatch-2011-kazakhstan-fn11")
            @PathParam("target") @NotNull @Size(max = ReferenceTarget.MAX_LENGTH)
            @Pattern(regexp = ReferenceTarget.PATTERN, message = ReferenceTarget.MESSAGE) String target,
            @Parameter(description = "How many referrers to list, at most 100") @QueryParam("limit")
            @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "all: the referrers in every service; service: only this service's", example = "service")
            @QueryParam("scope") @DefaultValue(ALL) @Pattern(regexp = "^(all|service)$", message = "must be 'all' or 'service'")
            String scope);

    /** The scope of {@link #referrers}: every service's referrers. */
    String ALL = "all";
    /** The scope of {@link #referrers}: this service's own referrers, as the other services ask for them. */
    String SERVICE = "service";
}
