package org.giswatch.metrics.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.giswatch.contract.common.SourceRef;
import org.giswatch.contract.curation.Candidate;
import org.giswatch.contract.metrics.Qualifier;
import org.giswatch.metrics.extract.Figure;
import org.giswatch.platform.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A figure candidate of a chapter and the editor's decision on it. */
@Entity
@Table(name = "candidate")
public class CandidateEntity extends AuditedEntity {

    @Id
    public String id;

    @Column(name = "chapter_id")
    public String chapterId;

    /** SHA-256 of the figure's identity (passage, printed number, occurrence): what survives an edit elsewhere. */
    @Column(name = "figure_key")
    public String figureKey;

    /** Order of first appearance in the chapter. */
    public int position;

    public String status;

    public boolean present;

    public BigDecimal value;

    public String printed;

    @Column(name = "value_text")
    public String valueText;

    public String unit;

    public String noun;

    public String period;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] qualifiers = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] hedges = new String[0];

    @Column(name = "citation_id")
    public String citationId;

    public Integer footnote;

    @Column(name = "footnote_from_previous")
    public boolean footnoteFromPrevious;

    public String passage;

    @Column(name = "observation_id")
    public String observationId;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    /** What the extractor read: replaced on every ingest while the candidate is proposed. */
    public void read(Figure figure, String citationId) {
        value = figure.value();
        printed = figure.printed();
        valueText = figure.valueText();
        unit = figure.unit();
        noun = figure.noun();
        period = figure.period();
        qualifiers = figure.qualifiers().stream().map(Qualifier::value).toArray(String[]::new);
        hedges = figure.hedges().toArray(String[]::new);
        this.citationId = citationId;
        footnote = figure.footnote();
        footnoteFromPrevious = figure.footnoteFromPreviousSentence();
        passage = figure.passage();
    }

    public List<Qualifier> qualifierList() {
        return Arrays.stream(qualifiers).map(Qualifier::fromValue).toList();
    }

    public Candidate toDto() {
        return new Candidate(id, chapterId, status, present, value, printed, valueText, unit, noun, period,
                qualifierList(), List.of(hedges), new SourceRef(citationId, footnote, passage),
                footnoteFromPrevious ? Boolean.TRUE : null, observationId, rejectionReason, audit());
    }
}
