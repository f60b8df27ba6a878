package org.giswatch.contract.citation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.Paging;
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
                    + "(harvard-cite-them-right). Cursor-paged like every list: follow `next` (or `Link: rel=\"next\"`).")
    @APIResponse(responseCode = "200", description = "A page of style ids",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<String>> list(
            @Parameter(description = "Only ids containing this text", example = "chicago") @QueryParam("q")
            @Size(max = 100) @Pattern(regexp = "^[a-z0-9-]*$", message = "must be lower-case letters, digits and hyphens") String q,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);
}
