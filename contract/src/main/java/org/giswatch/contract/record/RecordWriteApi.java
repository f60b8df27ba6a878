package org.giswatch.contract.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.Change;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.common.RecordHistoryDocs;
import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The writes of a record kind and their history, the same for every kind: create, replace, patch, delete, the change
 * feed and the versions. A kind's interface extends this (or {@link RecordLifecycleApi}) with its {@code @Path}, its
 * list and its own operations. The per-kind words of the OpenAPI document are the placeholders of {@link RecordKindText},
 * filled in from the kind's {@code @Path} and record type (and its {@link RecordNotes}) when the document is built.
 */
public interface RecordWriteApi<T extends ApiRecord<?>> {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "create{Type}", summary = "Create {a kind}", description = RecordKindText.ON_CREATE)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = RecordKindText.TYPE)),
            headers = @Header(name = "Location", description = "URL of the new {kind}", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    RestResponse<T> create(@NotNull @Valid T body);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replace{Type}", summary = "Replace {a kind}",
            description = "The id in the body must equal the id in the path." + RecordKindText.ON_REPLACE)
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
            description = "The ETag of the version you read; protects against lost updates", example = "\"v3\"")
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    RestResponse<T> replace(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Valid T body);

    @PATCH
    @Path("/{id}")
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(operationId = "patch{Type}", summary = "Change some fields of {a kind} (RFC 7386 JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Patched",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = RecordKindText.TYPE)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
            description = "The ETag of the version you read; protects against lost updates", example = "\"v3\"")
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    RestResponse<T> patch(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Schema(ref = RecordKindText.TYPE) JsonNode patch);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "delete{Type}", summary = "Delete {a kind}", description = RecordKindText.ON_DELETE)
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
    @Operation(operationId = "list{Type}Changes", summary = "Changes since a time, deletions included",
            description = RecordHistoryDocs.FEED)
    @APIResponse(responseCode = "200", description = "A page of changes",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<Change<T>>> changes(
            @Parameter(description = RecordHistoryDocs.UPDATED_AFTER, example = RecordHistoryDocs.AS_OF_EXAMPLE)
            @QueryParam("updatedAfter") @Size(max = 40) String updatedAfter,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "list{Type}Versions", summary = "Versions of {a kind}",
            description = RecordHistoryDocs.VERSIONS)
    @APIResponse(responseCode = "200", description = "A page of versions",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<Page<RecordVersion>> versions(
            @Parameter(example = RecordKindText.ID_EXAMPLE) @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "get{Type}Version", summary = "One version of {a kind}",
            description = RecordHistoryDocs.VERSION)
    @APIResponse(responseCode = "200", description = "The {kind} as it stood after that change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = RecordKindText.TYPE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<T> version(
            @Parameter(example = RecordKindText.ID_EXAMPLE) @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "Version number, from 1", example = "1") @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) long number);
}
