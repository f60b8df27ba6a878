package org.giswatch.catalog.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Organisation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "organisation")
public class OrganisationEntity extends CatalogEntity<Organisation> {

    public String kind;

    @Column(name = "country_id")
    public String countryId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Organisation data;

    @Override
    public Organisation data() {
        return data;
    }

    @Override
    public void apply(Organisation organisation) {
        data = organisation.withAudit(null);
        name = organisation.name();
        kind = organisation.kind();
        countryId = organisation.countryId();
    }

    @Override
    public List<Ref> references() {
        return Ref.builder().add("countryId", CatalogKind.COUNTRY.name(), countryId).build();
    }
}
