package org.giswatch.contract.curation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.citation.CitationMediaTypes;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Curating a chapter's figures (docs/api/curation.md): ingest the chapter, read the candidates the extractor
 * proposes, accept each into an observation or reject it with a reason.
 */
@Tag(name = "Curation", description = "From a chapter's text to observations: figure candidates and the editors' decisions")
@Produces(MediaType.APPLICATION_JSON)
@Path("/")
public interface CandidateApi {

    @POST
    @Path("/ingestions")
    @Consumes({ CitationMediaTypes.MARKDOWN, MediaType.TEXT_PLAIN })
    @Operation(operationId = "ingestChapter", summary = "Ingest a chapter: store its text, its footnotes' citations and its figure candidates",
            description = "Send the chapter as Markdown for a citation of kind chapter. Stores the text (GET "
                    + "/chapter-texts/{chapter}), asks citation-service to store the footnotes as citations (store mode, "
                    + "with the caller's token), and queues the figures of the running text as candidates. Idempotent: "
                    + "the same text again changes nothing. On an edited text, candidates still in it keep their status "
                    + "and decisions — also across a small edit of their sentence (same value, printed number and "
                    + "footnote, a similar passage) — new ones are proposed, and those no longer in it are marked "
                    + "`present: false` (never deleted: an accepted one still names its observation); an undecided one "
                    + "becomes `vanished`, never listed as proposed.")
    @RequestBody(content = @Content(mediaType = CitationMediaTypes.MARKDOWN, schema = @Schema(type = SchemaType.STRING),
            example = CitationMediaTypes.CHAPTER_EXAMPLE))
    @APIResponse(responseCode = "200", description = "What changed")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    RestResponse<ChapterIngest> ingest(
            @Parameter(description = "Citation id of the chapter (kind chapter in citation-service)", required = true,
                    example = "giswatch-2011-kazakhstan")
            @QueryParam("chapter") @NotNull @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) String chapter,
            String markdown);

    @GET
    @Path("/chapter-texts/{chapter}")
    @Produces(CitationMediaTypes.MARKDOWN)
    @Operation(operationId = "getChapterText", summary = "The chapter's Markdown as last ingested")
    @APIResponse(responseCode = "200", description = "The Markdown",
            content = @Content(mediaType = CitationMediaTypes.MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            headers = @Header(name = "ETag", description = "Version of the text", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<String> text(
            @PathParam("chapter") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String chapter);

    @GET
    @Path("/candidates")
    @Operation(operationId = "listCandidates", summary = "List figure candidates",
            description = "In the order they were first found (chapter order). Cursor paging: follow `next`.")
    @APIResponse(responseCode = "200", description = "A page of candidates",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<Candidate>> list(
            @Parameter(description = "Only candidates of this chapter", example = "giswatch-2011-kazakhstan") @QueryParam("chapter")
            @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) String chapter,
            @Parameter(description = "Only candidates with this status", example = "proposed") @QueryParam("status")
            @Pattern(regexp = Candidate.STATUS_PATTERN, message = Candidate.STATUS_MESSAGE) String status,
            @Parameter(description = "true: only those in the chapter's current text; false: only those an edit removed")
            @QueryParam("present") Boolean present,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/candidates/{id}")
    @Operation(operationId = "getCandidate", summary = "Get one candidate")
    @APIResponse(responseCode = "200", description = "The candidate",
            headers = @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<Candidate> get(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id);

    @POST
    @Path("/candidates/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptCandidate", summary = "Accept a proposed candidate into an observation",
            description = "Creates the observation through the same write path as POST /observations (its subject, "
                    + "country and citation are checked against catalog-service and citation-service), with the "
                    + "candidate's source (citation, footnote, passage) as provenance, and links it to the candidate. "
                    + "Value, unit, valueText, period and qualifiers are the candidate's unless the body corrects them; "
                    + "the indicator must be in the candidate's unit (a currency the same currency, a count any count "
                    + "unit), else 422 naming both. 409 when the candidate is not proposed.")
    @APIResponse(responseCode = "201", description = "Accepted; the body is the candidate, Location the observation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Candidate.class)),
            headers = {
                    @Header(name = "Location", description = "URL of the new observation", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the observation at Location (send it as If-Match "
                            + "to change that observation)", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ProblemResponses.SERVICE_UNAVAILABLE)
    RestResponse<Candidate> accept(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Valid Acceptance acceptance);

    @POST
    @Path("/candidates/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectCandidate", summary = "Reject a proposed candidate, with the reason",
            description = "409 when the candidate is not proposed.")
    @APIResponse(responseCode = "200", description = "Rejected; the candidate",
            headers = @Header(name = "ETag", description = "Version of the candidate", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    RestResponse<Candidate> reject(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Valid Rejection rejection);
}
