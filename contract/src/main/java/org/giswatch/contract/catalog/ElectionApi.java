package org.giswatch.contract.catalog;

import org.giswatch.contract.record.RecordNotes;
import org.giswatch.contract.record.RecordLifecycleApi;
import org.giswatch.contract.common.RecordHistoryDocs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import org.giswatch.contract.common.CountryCodes;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/elections")
@Tag(name = "Elections", description = "Elections with candidacies, results and timelines")
@Produces(MediaType.APPLICATION_JSON)
@RecordNotes(delete = "409 while other records refer to it.")
public interface ElectionApi extends RecordLifecycleApi<Election> {

    @GET
    @Operation(operationId = "listElections", summary = "List elections",
            description = "Sorted by id unless `sort` says otherwise. `from`/`to` select by polling day; an election whose day the chapter does not give is selected by its year. Cursor paging: follow `next` (or the `Link: rel=\"next\"` header).")
    @APIResponse(responseCode = "200", description = "A page of elections",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<Election>> list(
            @Parameter(description = "Free text matched against name, notes and candidacies") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only elections in this country: " + CountryCodes.DESCRIPTION, example = "kz") @QueryParam("country") @Pattern(regexp = CountryCodes.PATTERN, message = CountryCodes.MESSAGE) String country,
            @Parameter(description = "Only this type", example = "presidential") @QueryParam("type")
            @Pattern(regexp = Vocabulary.ELECTION_TYPES, message = Vocabulary.ELECTION_TYPES_MESSAGE) String type,
            @Parameter(description = "Only elections in which this person stood", example = "ghani-kassymov") @QueryParam("candidate") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String candidate,
            @Parameter(description = "Only elections of this year (every election has one, also those whose polling day the chapter does not give)", example = "2011")
            @QueryParam("year") @Min(1800) @Max(2100) Integer year,
            @Parameter(description = "Held on or after this date", example = "2005-01-01") @QueryParam("from") @Pattern(regexp = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", message = "must be an ISO date (yyyy-mm-dd)") String from,
            @Parameter(description = "Held on or before this date", example = "2011-12-31") @QueryParam("to") @Pattern(regexp = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", message = "must be an ISO date (yyyy-mm-dd)") String to,
            @Parameter(description = "Order: id (default), year (oldest first) or -year (newest first); ties by id", example = "-year",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "id", "year", "-year" }))
            @QueryParam("sort") @Pattern(regexp = Vocabulary.ELECTION_SORTS, message = Vocabulary.ELECTION_SORTS_MESSAGE) String sort,
            @Valid @BeanParam SourceFilter sources,
            @Parameter(description = RecordHistoryDocs.AS_OF_LIST, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);
}
