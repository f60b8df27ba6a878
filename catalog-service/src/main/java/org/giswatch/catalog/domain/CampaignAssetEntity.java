package org.giswatch.catalog.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.CampaignAsset;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "campaign_asset")
public class CampaignAssetEntity extends CatalogEntity<CampaignAsset> {

    @Column(name = "campaign_id")
    public String campaignId;

    public String type;

    public String platform;

    @JdbcTypeCode(SqlTypes.JSON)
    public CampaignAsset data;

    @Override
    public CampaignAsset data() {
        return data;
    }

    @Override
    public void apply(CampaignAsset asset) {
        data = asset.withAudit(null);
        name = asset.name();
        campaignId = asset.campaignId();
        type = asset.type();
        platform = asset.platform();
    }

    @Override
    public List<Ref> references() {
        return Ref.builder().add("campaignId", CatalogKind.CAMPAIGN.name(), campaignId).build();
    }
}
