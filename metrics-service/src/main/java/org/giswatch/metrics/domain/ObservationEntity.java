package org.giswatch.metrics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.contract.metrics.Rank;
import org.giswatch.platform.record.RecordEntity;
import org.giswatch.platform.record.RecordJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One figure. Enumerations are stored as their API values so the native keyset queries can filter on them. */
@Entity
@Table(name = "observation")
public class ObservationEntity extends RecordEntity<Observation> {

    /** {@link #toDto()} as PostgreSQL builds it (the fast read path, RecordJson); citation is never stored. */
    public static final String JSON = RecordJson.object("id", "indicator", "subjectType", "subject", "country", "period",
            "periodStart", "periodEnd", "value", "unit", "valueText", "qualifiers",
            "source=json_build_object('citationId', r.citation_id, 'footnote', r.footnote, 'passage', r.passage)",
            "note", "rank");

    public String indicator;

    @Column(name = "subject_type")
    public String subjectType;

    public String subject;

    public String country;

    public String period;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public BigDecimal value;

    /** Its indicator's unit when it was written (docs/api/metrics.md#units). */
    public String unit;

    @Column(name = "value_text")
    public String valueText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] qualifiers = new String[0];

    @Column(name = "citation_id")
    public String citationId;

    public Integer footnote;

    public String passage;

    public String note;

    public String rank;

    public static Optional<ObservationEntity> findByIdOptional(String id) {
        return find("id", id).firstResultOptional();
    }

    /** Copies a validated, normalised DTO (see ObservationService.normalise). */
    @Override
    public void apply(Observation o) {
        indicator = o.indicator();
        subjectType = o.subjectType().value();
        subject = o.subject();
        country = o.country();
        period = o.period();
        periodStart = o.periodStart();
        periodEnd = o.periodEnd();
        value = o.value();
        unit = o.unit();
        valueText = o.valueText();
        qualifiers = o.qualifiers().stream().map(Qualifier::value).toArray(String[]::new);
        citationId = o.source().citationId();
        footnote = o.source().footnote();
        passage = o.source().passage();
        note = o.note();
        rank = o.rank().value();
    }

    @Override
    public Observation toDto() {
        return new Observation(id, indicator, SubjectType.fromValue(subjectType), subject, country, period,
                periodStart, periodEnd, value, unit, valueText,
                Arrays.stream(qualifiers).map(Qualifier::fromValue).toList(),
                new SourceRef(citationId, footnote, passage), note, Rank.fromValue(rank), null, audit());
    }

    /** The keyset position of this row in the default order (see ObservationQuery). */
    public String[] sortKey() {
        return new String[] { indicator, subjectType, subject,
                periodStart == null ? ObservationQuery.UNDATED.toString() : periodStart.toString(), id };
    }
}
