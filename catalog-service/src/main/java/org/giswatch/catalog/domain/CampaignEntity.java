package org.giswatch.catalog.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Campaign;
import org.giswatch.contract.catalog.Organiser;
import org.giswatch.contract.catalog.TimelineStep;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "campaign")
public class CampaignEntity extends CatalogEntity<Campaign> {

    public String mode;

    @Column(name = "country_id")
    public String countryId;

    @Column(name = "election_id")
    public String electionId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.JSON)
    public Campaign data;

    @Override
    public Campaign data() {
        return data;
    }

    @Override
    public void apply(Campaign campaign) {
        data = campaign.withAudit(null);
        name = campaign.name();
        mode = campaign.mode();
        countryId = campaign.countryId();
        electionId = campaign.electionId();
        startDate = campaign.startDate();
        endDate = campaign.endDate();
    }

    @Override
    public List<Ref> references() {
        String person = CatalogKind.PERSON.name();
        String organisation = CatalogKind.ORGANISATION.name();
        return Ref.builder()
                .add("countryId", CatalogKind.COUNTRY.name(), countryId)
                .add("electionId", CatalogKind.ELECTION.name(), electionId)
                .add("relatedCampaignId", CatalogKind.CAMPAIGN.name(), data.relatedCampaignId())
                .each("organisers", data.organisers(), "personId", person, Organiser::personId)
                .each("organisers", data.organisers(), "organisationId", organisation, Organiser::organisationId)
                .each("timeline", data.timeline(), "personId", person, TimelineStep::personId)
                .each("timeline", data.timeline(), "organisationId", organisation, TimelineStep::organisationId)
                .each("platforms", data.platforms(), null, Ref.PLATFORM, p -> p)
                .build();
    }
}
