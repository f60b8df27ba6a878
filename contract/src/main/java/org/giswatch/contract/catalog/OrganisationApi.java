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
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/organisations")
@Tag(name = "Organisations", description = "Parties, electoral bodies, courts, companies, NGOs and other organisations")
@Produces(MediaType.APPLICATION_JSON)
@RecordNotes(delete = "409 while other records refer to it.")
public interface OrganisationApi extends RecordLifecycleApi<Organisation> {

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations",
            description = "Sorted by id; there is no `sort` parameter. Cursor paging: follow `next` (or the `Link: rel=\"next\"` header).")
    @APIResponse(responseCode = "200", description = "A page of organisations",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<Organisation>> list(
            @Parameter(description = "Free text matched against name and notes") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only this kind", example = "party") @QueryParam("kind")
            @Pattern(regexp = Vocabulary.ORGANISATION_KINDS, message = Vocabulary.ORGANISATION_KINDS_MESSAGE) String kind,
            @Parameter(description = "Only organisations of this country: " + CountryCodes.DESCRIPTION, example = "kz") @QueryParam("country") @Pattern(regexp = CountryCodes.PATTERN, message = CountryCodes.MESSAGE) String country,
            @Valid @BeanParam SourceFilter sources,
            @Parameter(description = RecordHistoryDocs.AS_OF_LIST, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);
}
