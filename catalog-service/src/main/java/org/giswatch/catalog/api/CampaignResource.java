package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.LinkEntity;
import org.giswatch.catalog.domain.CampaignEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.Campaign;
import org.giswatch.contract.catalog.CampaignApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.giswatch.platform.http.CountryParameter;
import org.jboss.resteasy.reactive.RestResponse;

public class CampaignResource extends RecordResource<Campaign, CampaignEntity> implements CampaignApi {

    private final Responder<Campaign, CampaignEntity> responder;

    public CampaignResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.CAMPAIGN, uri, request, headers);
    }

    @Override
    protected Responder<Campaign, CampaignEntity> responder() {
        return responder;
    }

    @Override
    public RestResponse<Page<Campaign>> list(String q, String country, String election, String platform, String organiser,
            String mode, String from, String to, SourceFilter sources, String asOf, int limit, String cursor) {
        // A campaign is selected by a date range when its dated period overlaps it; undated ones are not.
        RecordQuery query = RecordQuery.where().contains("search", q)
                .equal("country_id", CountryParameter.id("country", country)).equal("election_id", election)
                .equal("mode", mode)
                .condition(LinkEntity.referringTo(CatalogKind.CAMPAIGN, "platforms"), platform)
                .condition(LinkEntity.referringTo(CatalogKind.CAMPAIGN, "organisers"), organiser)
                .condition("coalesce(end_date, start_date) >= %s", Responder.date("from", from))
                .condition("coalesce(start_date, end_date) <= %s", Responder.date("to", to));
        return responder.list(sources, query, asOf, limit, cursor);
    }
}
