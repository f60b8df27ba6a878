package org.giswatch.contract.metrics;

import org.giswatch.contract.record.RecordWriteApi;
import org.giswatch.contract.record.RecordNotes;
import org.giswatch.contract.common.RecordHistoryDocs;
import java.io.InputStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.CountryCodes;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/observations")
@Tag(name = "Observations", description = "The figures: value, period, qualifiers, source and rank")
@Produces(MediaType.APPLICATION_JSON)
@RecordNotes(create = "The indicator must exist here, the subject (and country) in catalog-service and the "
        + "citation in citation-service (422 naming the field otherwise). 503 with Retry-After when one "
        + "of those services cannot answer; nothing is stored then.",
        replace = "References are checked as on create when they change.",
        delete = "Leaves a tombstone in the change feed (`/observations/changes`).")
public interface ObservationApi extends RecordWriteApi<Observation> {

    String CSV_COLUMNS = "Columns: id, indicator, subjectType, subject, country, period, periodStart, periodEnd, value, unit, "
            + "valueText, qualifiers (separated by ';'), rank, citationId, footnote, passage, note, updatedAt.";

    @GET
    @Produces({ MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV })
    @Operation(operationId = "listObservations", summary = "List observations",
            description = "Sorted by indicator, subject type, subject, period start and id, so each series reads in "
                    + "time order. JSON is cursor-paged (follow `next` or `Link: rel=\"next\"`). For CSV use "
                    + "`GET /observations/export/csv` (this path also answers `Accept: text/csv` or `format=csv`).")
    @APIResponse(responseCode = "200", description = "A page of observations",
            headers = {
                    @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Warning", description = "Present when expand=citation could not be honoured",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    Response list(
            @Parameter(description = "Indicator code", example = "internet-subscribers") @QueryParam("indicator")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String indicator,
            @Parameter(description = "Kind of subject", example = "campaign") @QueryParam("subjectType")
            @Pattern(regexp = ObservationFilter.SUBJECT_TYPE_PATTERN, message = ObservationFilter.SUBJECT_TYPE_MESSAGE) String subjectType,
            @Parameter(description = "Catalog id of the subject", example = "elbasy-net-signature-drive") @QueryParam("subject")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String subject,
            @Parameter(description = "Country the figures belong to, whatever their subject: " + CountryCodes.DESCRIPTION, example = "kz")
            @QueryParam("country")
            @Pattern(regexp = CountryCodes.PATTERN, message = CountryCodes.MESSAGE) String country,
            @Valid @BeanParam ObservationFilter filter,
            @Parameter(description = RecordHistoryDocs.AS_OF_LIST, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf,
            @Parameter(description = "Page size (JSON), at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/export/{format}")
    @Produces(MediaTypes.TEXT_CSV)
    @Operation(operationId = "exportObservations", summary = "Export observations as CSV",
            description = "The same filters and order as the JSON list; every matching row (from `cursor` on) is "
                    + "streamed with a header row. " + CSV_COLUMNS)
    @APIResponse(responseCode = "200", description = "The matching observations as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"observations.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    Response export(
            @Parameter(description = "The format: csv", example = "csv") @PathParam("format")
            @Pattern(regexp = "^(csv)$", message = "must be 'csv'") String format,
            @Parameter(description = "Indicator code", example = "internet-subscribers") @QueryParam("indicator")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String indicator,
            @Parameter(description = "Kind of subject", example = "campaign") @QueryParam("subjectType")
            @Pattern(regexp = ObservationFilter.SUBJECT_TYPE_PATTERN, message = ObservationFilter.SUBJECT_TYPE_MESSAGE) String subjectType,
            @Parameter(description = "Catalog id of the subject", example = "elbasy-net-signature-drive") @QueryParam("subject")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String subject,
            @Parameter(description = "Country the figures belong to, whatever their subject: " + CountryCodes.DESCRIPTION,
                    example = "kz")
            @QueryParam("country")
            @Pattern(regexp = CountryCodes.PATTERN, message = CountryCodes.MESSAGE) String country,
            @Valid @BeanParam ObservationFilter filter,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getObservation", summary = "Get one observation")
    @APIResponse(responseCode = "200", description = "The observation",
            headers = {
                    @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Warning", description = "Present when expand=citation could not be honoured",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Observation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    // Response rather than RestResponse<Observation>: polled items are answered from pre-rendered JSON.
    Response get(
            @Parameter(description = "Observation id", example = "kz-internet-subscribers-2004") @PathParam("id")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "`citation` embeds the citation from citation-service", example = "citation")
            @QueryParam("expand") @Pattern(regexp = "^citation$", message = "must be 'citation'") String expand,
            @Parameter(description = RecordHistoryDocs.AS_OF, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf);

    @POST
    @Path("/import")
    @Consumes({ MediaTypes.JSON_LINES, MediaTypes.TEXT_CSV, MediaType.APPLICATION_JSON })
    @Operation(operationId = "importObservations", summary = "Bulk import (JSON Lines, CSV or a JSON array)",
            description = "Creates new observations and updates changed ones (matched by id); identical rows are left "
                    + "untouched, so sending the same import again changes nothing. Every row is validated and every "
                    + "reference checked first: if any row fails, nothing is stored and the problem lists each error "
                    + "as `rows[<row number>].<field>` (row 1 is the first line of JSON Lines, the first record after "
                    + "the CSV header, the first element of an array). Otherwise all rows are stored in one transaction. "
                    + CSV_COLUMNS + " A JSON row {\"id\": \"…\", \"_deleted\": true} (CSV: a _deleted column set to true, "
                    + "and only the id besides) deletes that observation, which "
                    + "needs the role admin; creating and updating need editor. With an Idempotency-Key, a repeated "
                    + "request returns the first result unchanged; while the first is still running, it is a 409.")
    @RequestBody(content = {
            @Content(mediaType = MediaTypes.JSON_LINES, schema = @Schema(type = SchemaType.STRING,
                    description = "One Observation JSON object per line")),
            @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "A header row, then one observation per row")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Observation.class)) })
    @APIResponse(responseCode = "200", description = "Stored (or replayed for a repeated Idempotency-Key)",
            headers = @Header(name = "Idempotent-Replayed", description = "true when this is the stored result of an "
                    + "earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    RestResponse<ImportResult> importObservations(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first result; "
                    + "with a different body it is a 422", example = "kz-2011-batch-1")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            InputStream body);
}
