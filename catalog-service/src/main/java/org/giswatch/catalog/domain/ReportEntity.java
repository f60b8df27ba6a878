package org.giswatch.catalog.domain;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.Report;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "report")
public class ReportEntity extends CatalogEntity<Report> {

    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    public Report data;

    @Override
    public Report data() {
        return data;
    }

    @Override
    public void apply(Report report) {
        data = report.withAudit(null);
        name = report.title();
        year = report.year();
    }

    @Override
    public List<Ref> references() {
        return List.of();
    }
}
