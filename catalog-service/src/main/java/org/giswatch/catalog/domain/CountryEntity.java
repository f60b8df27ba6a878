package org.giswatch.catalog.domain;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Country;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "country")
public class CountryEntity extends CatalogEntity<Country> {

    public String alpha2;

    public String alpha3;

    @JdbcTypeCode(SqlTypes.JSON)
    public Country data;

    @Override
    public Country data() {
        return data;
    }

    @Override
    public void apply(Country country) {
        data = country.withAudit(null);
        name = country.name();
        alpha2 = country.alpha2();
        alpha3 = country.alpha3();
    }

    @Override
    public List<Ref> references() {
        return Ref.builder()
                .add("headOfState.personId", CatalogKind.PERSON.name(),
                        data.headOfState() == null ? null : data.headOfState().personId())
                .build();
    }
}
