package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordResource;
import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.CampaignAssetEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.CampaignAsset;
import org.giswatch.contract.catalog.CampaignAssetApi;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.SourceFilter;
import org.jboss.resteasy.reactive.RestResponse;

public class CampaignAssetResource extends RecordResource<CampaignAsset, CampaignAssetEntity> implements CampaignAssetApi {

    private final Responder<CampaignAsset, CampaignAssetEntity> responder;

    public CampaignAssetResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.CAMPAIGN_ASSET, uri, request, headers);
    }

    @Override
    protected Responder<CampaignAsset, CampaignAssetEntity> responder() {
        return responder;
    }

    @Override
    public RestResponse<Page<CampaignAsset>> list(String q, String campaign, String platform, String type, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q).equal("campaign_id", campaign)
                .equal("platform", platform).equal("type", type), asOf, limit, cursor);
    }
}
