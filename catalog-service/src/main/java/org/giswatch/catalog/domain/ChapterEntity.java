package org.giswatch.catalog.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Chapter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "chapter")
public class ChapterEntity extends CatalogEntity<Chapter> {

    @Column(name = "report_id")
    public String reportId;

    @Column(name = "country_id")
    public String countryId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Chapter data;

    @Override
    public Chapter data() {
        return data;
    }

    @Override
    public void apply(Chapter chapter) {
        data = chapter.withAudit(null);
        name = chapter.title();
        reportId = chapter.reportId();
        countryId = chapter.countryId();
    }

    @Override
    public List<Ref> references() {
        return Ref.builder()
                .add("reportId", CatalogKind.REPORT.name(), reportId)
                .add("countryId", CatalogKind.COUNTRY.name(), countryId)
                .add("authorPersonId", CatalogKind.PERSON.name(), data.authorPersonId())
                .build();
    }
}
