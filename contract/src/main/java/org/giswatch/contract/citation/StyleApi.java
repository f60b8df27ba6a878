package org.giswatch.contract.citation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

/** The CSL styles a bibliography can be formatted in ({@code style=} of the citation formats). */
@Path("/styles")
@Tag(name = "Citations")
@Produces(MediaType.APPLICATION_JSON)
public interface StyleApi {

    @GET
    @Operation(operationId = "listStyles", summary = "List the citation styles",
            description = "The ids of the CSL styles of the official style repository (the org.citationstyles styles "
                    + "package), sorted; any of them is accepted as `style=` of a bibliography, as is `harvard` "
                    + "(harvard-cite-them-right). One page holds them all.")
    @APIResponse(responseCode = "200", description = "The style ids")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<String>> list(
            @Parameter(description = "Only ids containing this text", example = "chicago") @QueryParam("q")
            @Size(max = 100) @Pattern(regexp = "^[a-z0-9-]*$", message = "must be lower-case letters, digits and hyphens") String q);
}
