package org.giswatch.contract.metrics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.openapi.ProblemResponses;

/** One time series: the figures of one indicator for one subject, in time order. */
@Path("/series")
@Tag(name = "Series", description = "One indicator for one subject over time")
public interface SeriesApi {

    @GET
    @Path("/{indicator}/{subjectType}/{subject}")
    @Produces({ MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV })
    @Operation(operationId = "getSeries", summary = "The time series of an indicator for a subject",
            description = "Observations ordered by period start (undated figures first). 404 when the indicator or "
                    + "the subject is unknown (a subject without figures here is looked up in catalog-service, 503 "
                    + "when it cannot answer); an empty page when there are no figures for a known subject. Same filters and formats as "
                    + "listing observations. For CSV use `.../export/csv` (this path also answers `Accept: text/csv`).")
    @APIResponse(responseCode = "200", description = "The series",
            headers = {
                    @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Warning", description = "Present when expand=citation could not be honoured",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    Response get(
            @Parameter(description = "Indicator code", example = "internet-subscribers") @PathParam("indicator")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String indicator,
            @Parameter(description = "Kind of subject", example = "country") @PathParam("subjectType") @NotNull
            @Pattern(regexp = ObservationFilter.SUBJECT_TYPE_PATTERN, message = ObservationFilter.SUBJECT_TYPE_MESSAGE) String subjectType,
            @Parameter(description = "Catalog id of the subject", example = "kz") @PathParam("subject")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String subject,
            @Valid @BeanParam ObservationFilter filter,
            @Parameter(description = "Page size (JSON), at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{indicator}/{subjectType}/{subject}/export/{format}")
    @Produces(MediaTypes.TEXT_CSV)
    @Operation(operationId = "exportSeries", summary = "The time series of an indicator for a subject, as CSV",
            description = "The same filters and order as the JSON series; every row (from `cursor` on) is streamed "
                    + "with a header row. " + ObservationApi.CSV_COLUMNS)
    @APIResponse(responseCode = "200", description = "The series as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"observations.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    Response export(
            @Parameter(description = "Indicator code", example = "internet-subscribers") @PathParam("indicator")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String indicator,
            @Parameter(description = "Kind of subject", example = "country") @PathParam("subjectType") @NotNull
            @Pattern(regexp = ObservationFilter.SUBJECT_TYPE_PATTERN, message = ObservationFilter.SUBJECT_TYPE_MESSAGE) String subjectType,
            @Parameter(description = "Catalog id of the subject", example = "kz") @PathParam("subject")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String subject,
            @Parameter(description = "The format: csv", example = "csv") @PathParam("format")
            @Pattern(regexp = "^(csv)$", message = "must be 'csv'") String format,
            @Valid @BeanParam ObservationFilter filter,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);
}
