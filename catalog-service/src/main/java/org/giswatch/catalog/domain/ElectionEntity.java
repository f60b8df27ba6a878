package org.giswatch.catalog.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Candidacy;
import org.giswatch.contract.catalog.Election;
import org.giswatch.contract.catalog.Result;
import org.giswatch.contract.catalog.TimelineStep;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "election")
public class ElectionEntity extends CatalogEntity<Election> {

    @Column(name = "country_id")
    public String countryId;

    public String type;

    public int year;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public Election data;

    @Override
    public Election data() {
        return data;
    }

    @Override
    public void apply(Election election) {
        data = election.withAudit(null);
        name = election.name();
        countryId = election.countryId();
        type = election.type();
        year = election.year();
        heldOn = election.heldOn();
    }

    @Override
    public List<Ref> references() {
        String person = CatalogKind.PERSON.name();
        String organisation = CatalogKind.ORGANISATION.name();
        return Ref.builder()
                .add("countryId", CatalogKind.COUNTRY.name(), countryId)
                .each("candidacies", data.candidacies(), "personId", person, Candidacy::personId)
                .each("candidacies", data.candidacies(), "partyId", organisation, Candidacy::partyId)
                .each("results", data.results(), "personId", person, Result::personId)
                .each("timeline", data.timeline(), "personId", person, TimelineStep::personId)
                .each("timeline", data.timeline(), "organisationId", organisation, TimelineStep::organisationId)
                .build();
    }
}
