package org.giswatch.metrics.api;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.citation.CitationMediaTypes;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.curation.Acceptance;
import org.giswatch.contract.curation.Candidate;
import org.giswatch.contract.curation.CandidateApi;
import org.giswatch.contract.curation.ChapterIngest;
import org.giswatch.contract.curation.Rejection;
import org.giswatch.metrics.domain.CandidateEntity;
import org.giswatch.metrics.domain.ChapterTextEntity;
import org.giswatch.metrics.service.CurationService;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.http.PageResponses;
import org.jboss.resteasy.reactive.RestResponse;

public class CandidateResource implements CandidateApi {

    private final CurationService service;
    private final UriInfo uri;
    private final Request request;

    public CandidateResource(CurationService service, UriInfo uri, Request request) {
        this.service = service;
        this.uri = uri;
        this.request = request;
    }

    @Override
    public RestResponse<ChapterIngest> ingest(String chapter, String markdown) {
        return RestResponse.ok(service.ingest(chapter, markdown));
    }

    @Override
    public RestResponse<String> text(String chapter) {
        ChapterTextEntity text = service.text(chapter);
        RestResponse.ResponseBuilder<String> notModified = ETags.notModified(request, ETags.item(text.version));
        if (notModified != null) {
            return notModified.build();
        }
        return RestResponse.ResponseBuilder.ok(text.markdown)
                .header(HttpHeaders.CONTENT_TYPE, CitationMediaTypes.MARKDOWN + ";charset=UTF-8")
                .tag(ETags.item(text.version)).build();
    }

    @Override
    public RestResponse<Page<Candidate>> list(String chapter, String status, Boolean present, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor, 1);
        List<CandidateEntity> rows = service.page(chapter, status, present, after == null ? null : after.key(0), limit + 1);
        return PageResponses.page(rows, limit, CandidateEntity::toDto, c -> Cursor.encode(c.id),
                c -> c.id + ":" + c.version, uri, request);
    }

    @Override
    public RestResponse<Candidate> get(String id) {
        CandidateEntity entity = service.get(id);
        return ETags.ok(request, ETags.item(entity.version), entity.toDto());
    }

    @Override
    public RestResponse<Candidate> accept(String id, Acceptance acceptance) {
        CurationService.Accepted accepted = service.accept(id, acceptance);
        CandidateEntity entity = accepted.candidate();
        // The ETag is the observation's, as Location is: If-Match on that URL works with it.
        return RestResponse.ResponseBuilder.<Candidate> created(
                uri.getBaseUriBuilder().path("observations").path(entity.observationId).build())
                .entity(entity.toDto()).tag(ETags.item(accepted.observationVersion())).build();
    }

    @Override
    public RestResponse<Candidate> reject(String id, Rejection rejection) {
        CandidateEntity entity = service.reject(id, rejection.reason());
        return RestResponse.ResponseBuilder.ok(entity.toDto()).tag(ETags.item(entity.version)).build();
    }
}
