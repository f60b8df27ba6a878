package org.giswatch.contract.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/**
 * The search of one service's own records, answered by every service: {@link SearchApi} merges the three parts.
 * Same query language, order and cursors as the whole search, so one cursor continues all three parts.
 */
@Path("/search/local")
@Tag(name = "Search", description = "Full-text search across the three services")
@Produces(MediaType.APPLICATION_JSON)
public interface SearchPartApi {

    @GET
    @Operation(operationId = "searchThisService", summary = "Search the records this service stores",
            description = "The part of `GET /search` (answered by metrics-service for the whole API) that this "
                    + "service holds, in the same order. Cursor paging: follow `next` (or the `Link: rel=\"next\"` "
                    + "header).")
    @APIResponse(responseCode = "200", description = "A page of hits, best first",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<SearchHit>> search(
            @Parameter(description = SearchApi.Q_DESCRIPTION, example = "\"social networks\"")
            @QueryParam("q") @Size(min = 1, max = SearchApi.MAX_QUERY) String q,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);
}
