package org.giswatch.contract.record;

import java.io.InputStream;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.RecordHistoryDocs;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The whole record lifecycle of a kind: its writes and history ({@link RecordWriteApi}), the item with {@code asOf}
 * and the bulk import. A kind's interface adds its {@code @Path}, {@code @Tag}, list and own operations:
 * <pre>
 * &#64;Path("/indicators")
 * &#64;Tag(name = "Indicators", description = "…")
 * public interface IndicatorApi extends RecordLifecycleApi&lt;Indicator&gt; { … list … }
 * </pre>
 */
public interface RecordLifecycleApi<T extends ApiRecord<?>> extends RecordWriteApi<T> {

    @GET
    @Path("/{id}")
    @Operation(operationId = "get{Type}", summary = "Get one {kind}")
    @APIResponse(responseCode = "200", description = "The {kind}",
            headers = @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    RestResponse<T> get(
            @Parameter(description = "{Type} id", example = RecordKindText.ID_EXAMPLE) @PathParam("id")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = RecordHistoryDocs.AS_OF, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf);

    @POST
    @Path("/import")
    @Consumes({ MediaTypes.JSON_LINES, MediaTypes.TEXT_CSV, MediaType.APPLICATION_JSON })
    @Operation(operationId = "import{Types}", summary = "Bulk import (JSON Lines, CSV or a JSON array)",
            description = RecordHistoryDocs.IMPORT)
    @RequestBody(content = {
            @Content(mediaType = MediaTypes.JSON_LINES, schema = @Schema(type = SchemaType.STRING,
                    description = "One {Type} JSON object per line")),
            @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "A header row of property names, then one {kind} per row")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ApiRecord.class)) })
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
