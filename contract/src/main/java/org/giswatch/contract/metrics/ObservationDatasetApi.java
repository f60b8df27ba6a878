package org.giswatch.contract.metrics;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.openapi.ProblemResponses;

/**
 * Observations as statistical tools read them, beside the list's CSV (which stays the import's round-trip format):
 * JSON-stat 2.0 and a tidy CSV that needs no joins. Both take the list's filters and answer every matching figure.
 */
@Path("/observations")
@Tag(name = "Observations", description = "The figures: value, period, qualifiers, source and rank")
public interface ObservationDatasetApi {

    String TIDY_COLUMNS = "Columns: observation_id, indicator_id, indicator_name, unit, currency, country_code "
            + "(ISO 3166-1 alpha-2), country_name, subject_type, subject_id, period, period_start, period_end, value, "
            + "value_as_printed, qualifiers (separated by ';'), rank, citation_id, footnote, passage, note.";

    @GET
    @Path("/export/json-stat")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportObservationsJsonStat", summary = "Export observations as a JSON-stat 2.0 dataset",
            description = "Dimensions indicator × subject × period (`subjectType:subject`; `undated` for a figure "
                    + "without a period), each indicator's unit, the qualifiers as status and the observation ids "
                    + "as `extension.observation`. The same filters as the JSON list; every matching figure (at most "
                    + "100,000). Two figures of one cell (for example two ranks of one figure) are a 409: narrow "
                    + "the selection with `rank`.")
    @APIResponse(responseCode = "200", description = "The dataset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JsonStat.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    Response jsonStat(@Valid @BeanParam DatasetSelection selection);

    @GET
    @Path("/export/tidy-csv")
    @Produces(MediaTypes.TEXT_CSV)
    @Operation(operationId = "exportObservationsTidyCsv", summary = "Export observations as a tidy CSV",
            description = "One row per figure with what a spreadsheet, R or pandas needs without joins: the "
                    + "indicator's name and unit, the country's code and name (from catalog-service), the value and "
                    + "the value as printed, the hedges, and the source. The same filters and order as the JSON "
                    + "list; every matching row, streamed. 503 when catalog-service cannot be asked for a country's "
                    + "name. " + TIDY_COLUMNS)
    @APIResponse(responseCode = "200", description = "The matching observations as a tidy CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"observations-tidy.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    Response tidyCsv(@Valid @BeanParam DatasetSelection selection);
}
