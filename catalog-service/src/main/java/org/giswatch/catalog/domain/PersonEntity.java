package org.giswatch.catalog.domain;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Person;
import org.giswatch.contract.catalog.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "person")
public class PersonEntity extends CatalogEntity<Person> {

    @JdbcTypeCode(SqlTypes.JSON)
    public Person data;

    @Override
    public Person data() {
        return data;
    }

    @Override
    public void apply(Person person) {
        data = person.withAudit(null);
        name = person.name();
    }

    @Override
    public List<Ref> references() {
        return Ref.builder()
                .each("roles", data.roles(), "organisationId", CatalogKind.ORGANISATION.name(), Role::organisationId)
                .build();
    }
}
