package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordLifecycle;
import org.giswatch.platform.record.RecordQuery;
import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.common.Change;
import java.io.InputStream;
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

import com.fasterxml.jackson.databind.JsonNode;

public class CampaignAssetResource implements CampaignAssetApi {

    private final Responder<CampaignAsset, CampaignAssetEntity> responder;

    public CampaignAssetResource(CatalogService service, RecordLifecycle lifecycle, UriInfo uri, Request request, HttpHeaders headers) {
        this.responder = new Responder<>(service, lifecycle, CatalogKind.CAMPAIGN_ASSET, uri, request, headers);
    }

    @Override
    public RestResponse<Page<CampaignAsset>> list(String q, String campaign, String platform, String type, SourceFilter sources, String asOf, int limit, String cursor) {
        return responder.list(sources, RecordQuery.where().contains("search", q).equal("campaign_id", campaign)
                .equal("platform", platform).equal("type", type), asOf, limit, cursor);
    }

    @Override
    public RestResponse<CampaignAsset> get(String id, String asOf) {
        return responder.get(id, asOf);
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

    @Override
    public RestResponse<Page<Change<CampaignAsset>>> changes(String updatedAfter, int limit, String cursor) {
        return responder.changes(updatedAfter, limit, cursor);
    }

    @Override
    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        return responder.versions(id, limit, cursor);
    }

    @Override
    public RestResponse<CampaignAsset> version(String id, long number) {
        return responder.version(id, number);
    }

    @Override
    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        return responder.importRecords(idempotencyKey, body);
    }
}
