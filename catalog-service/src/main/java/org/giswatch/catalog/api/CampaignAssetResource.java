package org.giswatch.catalog.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.catalog.domain.CampaignAssetEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.catalog.domain.CatalogQuery;
import org.giswatch.catalog.service.CatalogService;
import org.giswatch.contract.catalog.CampaignAsset;
import org.giswatch.contract.catalog.CampaignAssetApi;
import org.giswatch.contract.common.Page;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

public class CampaignAssetResource implements CampaignAssetApi {

    private final Responder<CampaignAsset, CampaignAssetEntity> responder;

    public CampaignAssetResource(CatalogService service, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, CatalogKind.CAMPAIGN_ASSET, uri, request, headers);
    }

    @Override
    public RestResponse<Page<CampaignAsset>> list(String q, String campaign, String platform, String type, int limit, String cursor) {
        return responder.list(CatalogQuery.where().text(q).equal("campaignId", campaign).equal("platform", platform)
                .equal("type", type), limit, cursor);
    }

    @Override
    public RestResponse<CampaignAsset> get(String id) {
        return responder.get(id);
    }

    @Override
    public RestResponse<CampaignAsset> create(CampaignAsset body) {
        return responder.create(body);
    }

    @Override
    public RestResponse<CampaignAsset> replace(String id, CampaignAsset body) {
        return responder.replace(id, body);
    }

    @Override
    public RestResponse<CampaignAsset> patch(String id, JsonNode patch) {
        return responder.patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder.delete(id);
    }
}
