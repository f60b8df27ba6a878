package org.giswatch.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Country;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.platform.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.panache.common.Parameters;

@Entity
@Table(name = "country")
public class CountryEntity extends AuditedEntity {

    @Id
    public String id;

    public String alpha2;

    public String alpha3;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SourceRef> sources = new ArrayList<>();

    public static Optional<CountryEntity> findByIdOptional(String id) {
        return find("id", id).firstResultOptional();
    }

    /** Keyset page ordered by id: rows after {@code afterId}, optionally filtered by a name fragment. */
    public static List<CountryEntity> page(String q, String afterId, int size) {
        String query = "(:q is null or lower(name) like :q) and (:after is null or id > :after) order by id";
        return find(query, Parameters
                .with("q", q == null ? null : "%" + q.toLowerCase() + "%")
                .and("after", afterId))
                .page(0, size).list();
    }

    public void apply(Country country) {
        alpha2 = country.alpha2();
        alpha3 = country.alpha3();
        name = country.name();
        sources = new ArrayList<>(country.sources());
    }

    public Country toDto() {
        return new Country(id, alpha2, alpha3, name, List.copyOf(sources), audit());
    }
}
