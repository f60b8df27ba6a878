package org.giswatch.contract.citation;

import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.common.RecordHistoryDocs;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Change;
import jakarta.ws.rs.HeaderParam;
import java.io.InputStream;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.MediaTypes;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.openapi.ProblemResponses;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sources behind every fact. Items and collections are served as JSON (the API model), CSL-JSON, BibTeX, RIS or a
 * formatted bibliography, chosen by {@code Accept} or by {@code ?format=}. metrics-service checks citation ids through
 * a REST client on {@link #get}.
 */
@Path("/citations")
@Tag(name = "Citations", description = "Sources: footnotes, reports, chapters")
@Produces(MediaType.APPLICATION_JSON)
public interface CitationApi {

    String FORMAT_DESCRIPTION = "For browsers: json, csl-json, bibtex, ris or bibliography; overrides Accept";
    String STYLE_DESCRIPTION = "Citation style of the bibliography: the id of any CSL style listed by GET /styles "
            + "(for example apa, modern-language-association, ieee, chicago-note-bibliography), or harvard for "
            + "harvard-cite-them-right";

    @GET
    @Operation(operationId = "listCitations", summary = "List citations",
            description = "Sorted by id with the numbers in ids compared as numbers, so a chapter's footnotes come in footnote order "
                    + "(`…-fn1`, `…-fn2`, … `…-fn10`); there is no `sort` parameter. Cursor paging: follow `next` (or the `Link: rel=\"next\"` header). "
                    + "Send `Accept: application/vnd.citationstyles.csl+json`, `application/x-bibtex`, "
                    + "`application/x-research-info-systems` or `text/x-bibliography` (or `?format=`) for the same page in those formats.")
    @APIResponse(responseCode = "200", description = "A page of citations",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<Citation>> list(
            @Parameter(description = "Only sources cited by this chapter", example = "giswatch-2011-kazakhstan") @QueryParam("chapter")
            @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) String chapter,
            @Parameter(description = "Only this kind", example = "news-article") @QueryParam("kind")
            @Pattern(regexp = Citation.KIND_PATTERN, message = Citation.KIND_MESSAGE) String kind,
            @Parameter(description = "Only titles in this BCP 47 language", example = "ru") @QueryParam("language")
            @Size(max = 35) @Pattern(regexp = Citation.LANGUAGE_PATTERN, message = "must be a BCP 47 language tag") String language,
            @Parameter(description = "Only this year of publication", example = "2011") @QueryParam("year")
            @Min(1800) @Max(2100) Integer year,
            @Parameter(description = "Words matched against titles, translated titles, author, publisher, interviewee and notes")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = RecordHistoryDocs.AS_OF_LIST, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Produces({ CitationMediaTypes.CSL_JSON, CitationMediaTypes.BIBTEX, CitationMediaTypes.RIS, CitationMediaTypes.BIBLIOGRAPHY })
    // Accept-negotiated formats on the JSON path, for existing users; documented as exportCitations so that a typed
    // client's GET /citations stays JSON only.
    @Operation(operationId = "listCitationsFormatted", hidden = true)
    @APIResponse(responseCode = "200", description = "A page of citations in the requested format",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<String> listFormatted(
            @QueryParam("chapter") @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) String chapter,
            @QueryParam("kind") @Pattern(regexp = Citation.KIND_PATTERN, message = Citation.KIND_MESSAGE) String kind,
            @QueryParam("language") @Size(max = 35) @Pattern(regexp = Citation.LANGUAGE_PATTERN, message = "must be a BCP 47 language tag") String language,
            @QueryParam("year") @Min(1800) @Max(2100) Integer year,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("asOf") @Size(max = 40) String asOf,
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("style") @DefaultValue("apa")
            @Size(max = 100) @Pattern(regexp = Ids.SLUG_PATTERN, message = CitationMediaTypes.STYLE_MESSAGE) String style,
            @Parameter(description = "CSL locale of text/x-bibliography", example = "en-GB") @QueryParam("locale") @DefaultValue("en-US")
            @Pattern(regexp = CitationMediaTypes.LOCALE_PATTERN, message = CitationMediaTypes.LOCALE_MESSAGE) String locale,
            @Parameter(description = FORMAT_DESCRIPTION) @QueryParam("format")
            @Pattern(regexp = CitationMediaTypes.FORMAT_PATTERN, message = CitationMediaTypes.FORMAT_MESSAGE) String format);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCitation", summary = "Get one citation")
    @APIResponse(responseCode = "200", description = "The citation",
            headers = @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    RestResponse<Citation> get(
            @Parameter(example = "giswatch-2011-kazakhstan-fn11") @PathParam("id")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = RecordHistoryDocs.AS_OF, example = RecordHistoryDocs.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = 40) String asOf);

    @GET
    @Path("/{id}")
    @Produces({ CitationMediaTypes.CSL_JSON, CitationMediaTypes.BIBTEX, CitationMediaTypes.RIS, CitationMediaTypes.BIBLIOGRAPHY })
    // Accept-negotiated formats on the JSON path, for existing users; documented as exportCitation.
    @Operation(operationId = "getCitationFormatted", hidden = true)
    @APIResponse(responseCode = "200", description = "The citation in the requested format",
            headers = @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    RestResponse<String> getFormatted(
            @Parameter(example = "giswatch-2011-kazakhstan-fn11") @PathParam("id")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @QueryParam("asOf") @Size(max = 40) String asOf,
            @QueryParam("style") @DefaultValue("apa")
            @Size(max = 100) @Pattern(regexp = Ids.SLUG_PATTERN, message = CitationMediaTypes.STYLE_MESSAGE) String style,
            @Parameter(description = "CSL locale of text/x-bibliography", example = "en-GB") @QueryParam("locale") @DefaultValue("en-US")
            @Pattern(regexp = CitationMediaTypes.LOCALE_PATTERN, message = CitationMediaTypes.LOCALE_MESSAGE) String locale,
            @Parameter(description = FORMAT_DESCRIPTION) @QueryParam("format")
            @Pattern(regexp = CitationMediaTypes.FORMAT_PATTERN, message = CitationMediaTypes.FORMAT_MESSAGE) String format);

    @GET
    @Path("/export/{format}")
    @Produces({ CitationMediaTypes.CSL_JSON, CitationMediaTypes.BIBTEX, CitationMediaTypes.RIS, CitationMediaTypes.BIBLIOGRAPHY })
    @Operation(operationId = "exportCitations", summary = "List citations as CSL-JSON, BibTeX, RIS or a bibliography",
            description = "The same filters and paging as the JSON list; the next page is in the `Link` header. "
                    + "`GET /citations` with `Accept:` one of these media types (or `?format=`) answers the same.")
    @APIResponse(responseCode = "200", description = "A page of citations in the format of the path",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = CitationMediaTypes.CSL_JSON, schema = @Schema(ref = CitationMediaTypes.CSL_ITEMS_SCHEMA)),
                    @Content(mediaType = CitationMediaTypes.BIBTEX, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationMediaTypes.RIS, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationMediaTypes.BIBLIOGRAPHY, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<String> export(
            @Parameter(description = "csl-json, bibtex, ris or bibliography", example = "bibtex") @PathParam("format")
            @Pattern(regexp = CitationMediaTypes.EXPORT_PATTERN, message = CitationMediaTypes.EXPORT_MESSAGE) String format,
            @Parameter(description = "Only sources cited by this chapter", example = "giswatch-2011-kazakhstan") @QueryParam("chapter")
            @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) String chapter,
            @Parameter(description = "Only this kind", example = "news-article") @QueryParam("kind")
            @Pattern(regexp = Citation.KIND_PATTERN, message = Citation.KIND_MESSAGE) String kind,
            @Parameter(description = "Only titles in this BCP 47 language", example = "ru") @QueryParam("language")
            @Size(max = 35) @Pattern(regexp = Citation.LANGUAGE_PATTERN, message = "must be a BCP 47 language tag") String language,
            @Parameter(description = "Only this year of publication", example = "2011") @QueryParam("year")
            @Min(1800) @Max(2100) Integer year,
            @Parameter(description = "Words matched against titles, translated titles, author, publisher, interviewee and notes")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor,
            @Parameter(description = STYLE_DESCRIPTION, example = "harvard") @QueryParam("style") @DefaultValue("apa")
            @Size(max = 100) @Pattern(regexp = Ids.SLUG_PATTERN, message = CitationMediaTypes.STYLE_MESSAGE) String style,
            @Parameter(description = "CSL locale of the bibliography", example = "en-GB") @QueryParam("locale") @DefaultValue("en-US")
            @Pattern(regexp = CitationMediaTypes.LOCALE_PATTERN, message = CitationMediaTypes.LOCALE_MESSAGE) String locale);

    @GET
    @Path("/{id}/export/{format}")
    @Produces({ CitationMediaTypes.CSL_JSON, CitationMediaTypes.BIBTEX, CitationMediaTypes.RIS, CitationMediaTypes.BIBLIOGRAPHY })
    @Operation(operationId = "exportCitation", summary = "Get one citation as CSL-JSON, BibTeX, RIS or a formatted reference",
            description = "`GET /citations/{id}` with `Accept:` one of these media types (or `?format=`) answers the same.")
    @APIResponse(responseCode = "200", description = "The citation in the format of the path",
            headers = @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = CitationMediaTypes.CSL_JSON, schema = @Schema(ref = CitationMediaTypes.CSL_ITEM_SCHEMA)),
                    @Content(mediaType = CitationMediaTypes.BIBTEX, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationMediaTypes.RIS, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationMediaTypes.BIBLIOGRAPHY, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<String> exportOne(
            @Parameter(example = "giswatch-2011-kazakhstan-fn11") @PathParam("id")
            @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "csl-json, bibtex, ris or bibliography", example = "bibtex") @PathParam("format")
            @Pattern(regexp = CitationMediaTypes.EXPORT_PATTERN, message = CitationMediaTypes.EXPORT_MESSAGE) String format,
            @Parameter(description = STYLE_DESCRIPTION, example = "harvard") @QueryParam("style") @DefaultValue("apa")
            @Size(max = 100) @Pattern(regexp = Ids.SLUG_PATTERN, message = CitationMediaTypes.STYLE_MESSAGE) String style,
            @Parameter(description = "CSL locale of the bibliography", example = "en-GB") @QueryParam("locale") @DefaultValue("en-US")
            @Pattern(regexp = CitationMediaTypes.LOCALE_PATTERN, message = CitationMediaTypes.LOCALE_MESSAGE) String locale);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCitation", summary = "Create a citation",
            description = "`containerId` and every `citedIn[].chapterId` must name existing citations (else 422).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Citation.class)),
            headers = @Header(name = "Location", description = "URL of the new citation", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    RestResponse<Citation> create(@NotNull @Valid Citation citation);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCitation", summary = "Replace a citation",
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
    RestResponse<Citation> replace(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Valid Citation citation);

    @PATCH
    @Path("/{id}")
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Operation(operationId = "patchCitation", summary = "Change some fields of a citation (RFC 7386 JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Patched",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Citation.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ProblemResponses.GONE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
            description = "The ETag of the version you read; protects against lost updates", example = "\"v3\"")
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    RestResponse<Citation> patch(
            @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @NotNull @Schema(implementation = Citation.class) JsonNode patch);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCitation", summary = "Delete a citation",
            description = "A report or chapter that other citations point at cannot be deleted (409).")
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

    @POST
    @Path("/extractions")
    @Consumes({ CitationMediaTypes.MARKDOWN, MediaType.TEXT_PLAIN })
    @Operation(operationId = "extractFootnotes", summary = "Read the citations out of a chapter's footnotes",
            description = "Send the chapter as Markdown (the form of the GISWatch chapter files). `mode=dry-run` (default) "
                    + "returns the citations without storing; `mode=store` creates or updates `<chapter>-fn<N>` for the "
                    + "given chapter, idempotently, keeping stored fields the footnote does not determine. A field the "
                    + "footnote does not give is left empty and named in `warnings`.")
    @RequestBody(content = @Content(mediaType = CitationMediaTypes.MARKDOWN, schema = @Schema(type = SchemaType.STRING),
            example = CitationMediaTypes.CHAPTER_EXAMPLE))
    @APIResponse(responseCode = "200", description = "The footnotes and the citations read from them")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    RestResponse<FootnoteExtraction> extract(
            @Parameter(description = "Citation id of the chapter (kind chapter); required with mode=store", example = "giswatch-2011-kazakhstan")
            @QueryParam("chapter") @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) String chapter,
            @Parameter(description = "dry-run or store") @QueryParam("mode") @DefaultValue("dry-run")
            @Pattern(regexp = "^(dry-run|store)$", message = "must be dry-run or store") String mode,
            String markdown);

    @GET
    @Path("/changes")
    @Operation(operationId = "listCitationChanges", summary = "Changes since a time, deletions included",
            description = RecordHistoryDocs.FEED)
    @APIResponse(responseCode = "200", description = "A page of changes",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    RestResponse<Page<Change<Citation>>> changes(
            @Parameter(description = RecordHistoryDocs.UPDATED_AFTER, example = RecordHistoryDocs.AS_OF_EXAMPLE)
            @QueryParam("updatedAfter") @Size(max = 40) String updatedAfter,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listCitationVersions", summary = "Versions of a citation",
            description = RecordHistoryDocs.VERSIONS)
    @APIResponse(responseCode = "200", description = "A page of versions",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<Page<RecordVersion>> versions(
            @Parameter(example = "giswatch-2011-kazakhstan-fn11") @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "Page size, at most " + Paging.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue(Paging.DEFAULT_LIMIT_STRING) @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @Parameter(description = "Opaque cursor from the previous page's `next` link") @QueryParam("cursor")
            @Size(max = 1000) String cursor);

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getCitationVersion", summary = "One version of a citation",
            description = RecordHistoryDocs.VERSION)
    @APIResponse(responseCode = "200", description = "The citation as it stood after that change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Citation.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    RestResponse<Citation> version(
            @Parameter(example = "giswatch-2011-kazakhstan-fn11") @PathParam("id") @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE) @Size(max = Ids.SLUG_MAX) String id,
            @Parameter(description = "Version number, from 1", example = "1") @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) long number);

    @POST
    @Path("/import")
    @Consumes({ MediaTypes.JSON_LINES, MediaTypes.TEXT_CSV, MediaType.APPLICATION_JSON })
    @Operation(operationId = "importCitations", summary = "Bulk import (JSON Lines, CSV or a JSON array)",
            description = RecordHistoryDocs.IMPORT)
    @RequestBody(content = {
            @Content(mediaType = MediaTypes.JSON_LINES, schema = @Schema(type = SchemaType.STRING,
                    description = "One Citation JSON object per line")),
            @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "A header row of property names, then one citation per row")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Citation.class)) })
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
