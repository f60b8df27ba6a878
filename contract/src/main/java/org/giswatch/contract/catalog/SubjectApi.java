package org.giswatch.contract.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Resolves any catalog record by kind and id. Other services (metrics-service) call this through a REST client
 * built on this interface to check the subjects they refer to.
 */
@Path("/subjects")
@Tag(name = "Subjects", description = "Lookup of any catalog record by kind and id")
@Produces(MediaType.APPLICATION_JSON)
public interface SubjectApi {

    @GET
    @Path("/{type}/{id}")
    @Operation(operationId = "getSubject", summary = "Resolve a catalog record by kind and id")
    @APIResponse(responseCode = "200", description = "The record exists")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<SubjectRef> get(
            @Parameter(description = "country, person, organisation, election, campaign or campaign-asset", example = "campaign")
            @PathParam("type") @NotNull @Pattern(regexp = "^(country|person|organisation|election|campaign|campaign-asset)$",
                    message = "must be one of country, person, organisation, election, campaign, campaign-asset") String type,
            @Parameter(example = "elbasy-net-signature-drive") @PathParam("id")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id);
}
