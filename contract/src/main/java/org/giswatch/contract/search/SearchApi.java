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
 * One search over the whole API, answered by metrics-service: it searches its own records and asks catalog-service
 * and citation-service for theirs ({@link SearchPartApi}), then merges the hits by rank.
 */
@Path("/search")
@Tag(name = "Search", description = "Full-text search across the three services")
@Produces(MediaType.APPLICATION_JSON)
public interface SearchApi {

    /** The longest query accepted, in characters. */
    int MAX_QUERY = 200;

    String Q_DESCRIPTION = "Required: the words to find, in any case, Cyrillic or Latin; \"a phrase\" in double quotes matches "
            + "the words in that order, `-word` excludes a word, `or` offers alternatives (PostgreSQL "
            + "websearch_to_tsquery). At most " + MAX_QUERY + " characters, with at least one word to find.";

    @GET
    @Operation(operationId = "search", summary = "Search every record of the API",
            description = "Elections, people, organisations, campaigns and the rest of the catalog, indicators and "
                    + "figures (with their passages and hedges), and sources (citations, with the passages that "
                    + "cite them), ranked by relevance. Cursor paging: follow `next` (or the `Link: rel=\"next\"` "
                    + "header). 503 when catalog-service or citation-service cannot be asked: a search never "
                    + "leaves out a service's records silently.")
    @APIResponse(responseCode = "200", description = "A page of hits, best first",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    RestResponse<Page<SearchHit>> search(
            @Parameter(description = Q_DESCRIPTION, example = "\"social networks\"")
            @QueryParam("q") @Size(min = 1, max = MAX_QUERY) String q,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);
}
