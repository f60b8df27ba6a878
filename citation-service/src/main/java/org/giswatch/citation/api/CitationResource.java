package org.giswatch.citation.api;

import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordResponder;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Change;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

import org.giswatch.citation.domain.CitationEntity;
import org.giswatch.citation.domain.CitationFilter;
import org.giswatch.citation.service.CitationFormats;
import org.giswatch.citation.service.CitationService;
import org.giswatch.citation.service.FootnoteExtractionService;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitationApi;
import org.giswatch.contract.citation.CitationMediaTypes;
import org.giswatch.contract.citation.FootnoteExtraction;
import org.giswatch.contract.common.Page;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class CitationResource implements CitationApi {

    private static final List<Variant> FORMATS = Variant.mediaTypes(
            MediaType.valueOf(CitationMediaTypes.CSL_JSON), MediaType.valueOf(CitationMediaTypes.BIBTEX),
            MediaType.valueOf(CitationMediaTypes.RIS), MediaType.valueOf(CitationMediaTypes.BIBLIOGRAPHY)).build();

    private final CitationService service;
    private final RecordResponder<Citation, CitationEntity> responder;
    private final RecordLifecycle lifecycle;
    private final CitationFormats formats;
    private final FootnoteExtractionService extraction;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    public CitationResource(CitationService service, CitationFormats formats, FootnoteExtractionService extraction,
            RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.service = service;
        this.responder = new RecordResponder<>(lifecycle, CitationService.KIND, uri, request, headers);
        this.lifecycle = lifecycle;
        this.formats = formats;
        this.extraction = extraction;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    @Override
    public RestResponse<Page<Citation>> list(String chapter, String kind, String language, Integer year, String q,
            String asOf, int limit, String cursor) {
        if (asOf != null && (chapter != null || kind != null || language != null || year != null || q != null)) {
            throw ApiException.invalid("asOf", "combines only with limit and cursor");
        }
        return responder.page(asOf, limit, cursor,
                after -> service.pageJson(new CitationFilter(chapter, kind, language, year, q), after, limit + 1));
    }

    @Override
    public RestResponse<String> listFormatted(String chapter, String kind, String language, Integer year, String q,
            String asOf, int limit, String cursor, String style, String locale, String format) {
        List<CitationEntity> rows;
        if (asOf != null) {
            // The same past page as the JSON list at asOf, in the format asked for.
            if (chapter != null || kind != null || language != null || year != null || q != null) {
                throw ApiException.invalid("asOf", "combines only with limit and cursor");
            }
            Cursor after = Cursor.decode(cursor, 1);
            rows = lifecycle.records().pageAsOf(CitationService.KIND, RecordResponder.instant("asOf", asOf),
                    after == null ? null : after.key(0), limit + 1);
        } else {
            rows = rows(new CitationFilter(chapter, kind, language, year, q), limit, cursor);
        }
        return formatted(PageResponses.slice(rows, limit, c -> Cursor.encode(c.id), uri), negotiated(), style, locale, false);
    }

    @Override
    public RestResponse<String> export(String format, String chapter, String kind, String language, Integer year,
            String q, int limit, String cursor, String style, String locale) {
        List<CitationEntity> rows = rows(new CitationFilter(chapter, kind, language, year, q), limit, cursor);
        return formatted(PageResponses.slice(rows, limit, c -> Cursor.encode(c.id), uri),
                CitationMediaTypes.forFormat(format), style, locale, false);
    }

    @Override
    public RestResponse<String> exportOne(String id, String format, String style, String locale) {
        return formatted(new PageResponses.Slice<>(List.of(service.get(id)), null), CitationMediaTypes.forFormat(format),
                style, locale, true);
    }

    @Override
    public RestResponse<Citation> get(String id, String asOf) {
        return responder.get(id, asOf);
    }

    @Override
    public RestResponse<String> getFormatted(String id, String asOf, String style, String locale, String format) {
        OffsetDateTime at = RecordResponder.instant("asOf", asOf);
        CitationEntity citation = at == null ? service.get(id) : lifecycle.records().asOf(CitationService.KIND, id, at);
        return formatted(new PageResponses.Slice<>(List.of(citation), null), negotiated(), style, locale, true);
    }

    @Override
    public RestResponse<Citation> create(Citation citation) {
        return responder.create(citation);
    }

    @Override
    public RestResponse<Citation> replace(String id, Citation citation) {
        return responder.replace(id, citation);
    }

    @Override
    public RestResponse<Citation> patch(String id, JsonNode patch) {
        return responder.patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder.delete(id);
    }

    @Override
    public RestResponse<Page<Change<Citation>>> changes(String updatedAfter, int limit, String cursor) {
        return responder.changes(updatedAfter, limit, cursor);
    }

    @Override
    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        return responder.versions(id, limit, cursor);
    }

    @Override
    public RestResponse<Citation> version(String id, long number) {
        return responder.version(id, number);
    }

    @Override
    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        return responder.importRecords(idempotencyKey, body);
    }

    @Override
    public RestResponse<FootnoteExtraction> extract(String chapter, String mode, String markdown) {
        FootnoteExtraction result = FootnoteExtractionService.STORE.equals(mode) ? extraction.store(markdown, chapter)
                : extraction.dryRun(markdown, chapter);
        return RestResponse.ok(result);
    }

    private List<CitationEntity> rows(CitationFilter filter, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, 1);
        return service.page(filter, after == null ? null : after.key(0), limit + 1);
    }

    /**
     * The format Accept (or ?format=) asked for; FormatNegotiation has taken the media-type parameters out. Chosen
     * here rather than with Request.selectVariant, which writes a {@code Vary} header of its own straight to the
     * response, past the filters, so that answers had two.
     */
    private String negotiated() {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) { // most preferred first
            if ("0".equals(accepted.getParameters().get("q")) || "0.0".equals(accepted.getParameters().get("q"))) {
                continue;
            }
            for (Variant variant : FORMATS) {
                if (accepted.isCompatible(variant.getMediaType())) {
                    return variant.getMediaType().getType() + "/" + variant.getMediaType().getSubtype();
                }
            }
        }
        throw new jakarta.ws.rs.NotAcceptableException();
    }

    /** The representation in the given format, with a weak ETag over the rows and their containers. */
    private RestResponse<String> formatted(PageResponses.Slice<CitationEntity> page, String mediaType, String style,
            String locale, boolean single) {
        List<CitationEntity> rows = page.rows();
        EntityTag etag = ETags.weak(mediaType + " " + style + " " + locale + " " + uri.getRequestUri().getRawQuery(),
                formats.versions(rows));
        RestResponse.ResponseBuilder<String> notModified = ETags.notModified(request, etag);
        if (notModified != null) {
            return page.link(notModified).build();
        }
        String body = formats.render(rows.stream().map(CitationEntity::toDto).toList(), mediaType, style, locale, single);
        RestResponse.ResponseBuilder<String> builder = RestResponse.ResponseBuilder.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, mediaType + ";charset=UTF-8")
                .tag(etag);
        return page.link(builder).build();
    }
}
