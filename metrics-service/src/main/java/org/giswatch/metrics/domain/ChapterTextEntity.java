package org.giswatch.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.giswatch.platform.persistence.AuditedEntity;

/** A chapter's Markdown as last ingested; the candidates were extracted from it. */
@Entity
@Table(name = "chapter_text")
public class ChapterTextEntity extends AuditedEntity {

    @Id
    @Column(name = "chapter_id")
    public String chapterId;

    public String markdown;

    /** Of the Markdown's UTF-8 bytes: an unchanged text is not written again. */
    public String sha256;
}
