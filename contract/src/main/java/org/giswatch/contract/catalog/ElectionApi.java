package org.giswatch.contract.catalog;

import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.common.RecordHistoryDocs;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Change;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.ws.rs.HeaderParam;
import java.io.InputStream;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.CountryCodes;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/elections")
@Tag(name = "Elections", description = "Elections with candidacies, results and timelines")
@Produces(MediaType.APPLICATION_JSON)
public interface ElectionApi {

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

    @GET
    @Path("/{id}")
    @Operation(operationId = "getElection", summary = "Get one election")
    @APIResponse(responseCode = "200", description = "The election",
            headers = @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    RestResponse<Election> get(
            @Parameter(description = "Election id", example = "kz-presidential-2011") @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = RecordHistoryDocs.AS_OF, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createElection", summary = "Create an election")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Election.class)),
            headers = @Header(name = "Location", description = "URL of the new election", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    RestResponse<Election> create(@NotNull @Valid Election body);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceElection", summary = "Replace an election",
            description = "The id in the body must equal the id in the path.")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
            description = "The ETag of the version you read; protects against lost updates", example = "\"v3\"")
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    RestResponse<Election> replace(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Valid Election body);

    @PATCH
    @Path("/{id}")
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(operationId = "patchElection", summary = "Change some fields of an election (RFC 7386 JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Patched",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Election.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
            description = "The ETag of the version you read; protects against lost updates", example = "\"v3\"")
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    RestResponse<Election> patch(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Schema(implementation = Election.class) JsonNode patch);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteElection", summary = "Delete an election",
            description = "409 while other records refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
            description = "The ETag of the version you read; protects against lost updates", example = "\"v3\"")
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    RestResponse<Void> delete(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id);

    @GET
    @Path("/changes")
    @Operation(operationId = "listElectionChanges", summary = "Changes since a time, deletions included",
            description = RecordHistoryDocs.FEED)
    @APIResponse(responseCode = "200", description = "A page of changes",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<Change<Election>>> changes(
            @Parameter(description = RecordHistoryDocs.UPDATED_AFTER, example = RecordHistoryDocs.AS_OF_EXAMPLE)
            @QueryParam("updatedAfter") @Size(max = 40) String updatedAfter,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listElectionVersions", summary = "Versions of an election",
            description = RecordHistoryDocs.VERSIONS)
    @APIResponse(responseCode = "200", description = "A page of versions",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<Page<RecordVersion>> versions(
            @Parameter(example = "kz-presidential-2011") @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getElectionVersion", summary = "One version of an election",
            description = RecordHistoryDocs.VERSION)
    @APIResponse(responseCode = "200", description = "The election as it stood after that change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Election.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<Election> version(
            @Parameter(example = "kz-presidential-2011") @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "Version number, from 1", example = "1") @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) long number);

    @POST
    @Path("/import")
    @Consumes({ MediaTypes.JSON_LINES, MediaTypes.TEXT_CSV, MediaType.APPLICATION_JSON })
    @Operation(operationId = "importElections", summary = "Bulk import (JSON Lines, CSV or a JSON array)",
            description = RecordHistoryDocs.IMPORT)
    @RequestBody(content = {
            @Content(mediaType = MediaTypes.JSON_LINES, schema = @Schema(type = SchemaType.STRING,
                    description = "One Election JSON object per line")),
            @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "A header row of property names, then one election per row")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Election.class)) })
    @APIResponse(responseCode = "200", description = "Stored (or replayed for a repeated Idempotency-Key)",
            headers = @Header(name = "Idempotent-Replayed", description = "true when this is the stored result of an "
                    + "earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    RestResponse<ImportResult> importRecords(
            @Parameter(description = RecordHistoryDocs.IDEMPOTENCY_KEY, example = "partner-batch-1")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            InputStream body);
}
