package org.giswatch.citation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;
import org.giswatch.platform.record.RecordEntity;
import org.giswatch.platform.record.RecordJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "citation")
public class CitationEntity extends RecordEntity<Citation> {

    /** {@link #toDto()} as PostgreSQL builds it (the fast read path, RecordJson). */
    public static final String JSON = RecordJson.object("id", "kind", "author", "authorType", "publisher", "editor",
            "interviewee", "place", "year", "date", "datePrinted", "title", "subtitle", "language", "translatedTitle",
            "translatedTitleLanguage", "url", "urlText", "archivedUrl", "containerTitle", "containerId", "pages", "isbn",
            "issn", "reportNumber", "licence", "licenceUrl", "notes", "citedIn");
    public String kind;
    public String author;
    @Column(name = "author_type")
    public String authorType;
    public String publisher;
    public String editor;
    public String interviewee;
    public String place;
    public Integer year;
    public LocalDate date;
    @Column(name = "date_printed")
    public String datePrinted;
    public String title;
    public String subtitle;
    public String language;
    @Column(name = "translated_title")
    public String translatedTitle;
    @Column(name = "translated_title_language")
    public String translatedTitleLanguage;
    public String url;
    @Column(name = "url_text")
    public String urlText;
    @Column(name = "archived_url")
    public String archivedUrl;
    @Column(name = "container_title")
    public String containerTitle;
    @Column(name = "container_id")
    public String containerId;
    public String pages;
    public String isbn;
    public String issn;
    @Column(name = "report_number")
    public String reportNumber;
    public String licence;
    @Column(name = "licence_url")
    public String licenceUrl;
    public String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cited_in")
    public List<CitedIn> citedIn = new ArrayList<>();

    public static Optional<CitationEntity> findByIdOptional(String id) {
        return find("id", id).firstResultOptional();
    }

    @Override
    public void apply(Citation c) {
        kind = c.kind();
        author = c.author();
        authorType = c.authorType();
        publisher = c.publisher();
        editor = c.editor();
        interviewee = c.interviewee();
        place = c.place();
        year = c.year();
        date = c.date();
        datePrinted = c.datePrinted();
        title = c.title();
        subtitle = c.subtitle();
        language = c.language();
        translatedTitle = c.translatedTitle();
        translatedTitleLanguage = c.translatedTitleLanguage();
        url = c.url();
        urlText = c.urlText();
        archivedUrl = c.archivedUrl();
        containerTitle = c.containerTitle();
        containerId = c.containerId();
        pages = c.pages();
        isbn = c.isbn();
        issn = c.issn();
        reportNumber = c.reportNumber();
        licence = c.licence();
        licenceUrl = c.licenceUrl();
        notes = c.notes();
        citedIn = new ArrayList<>(c.citedIn());
    }

    @Override
    public Citation toDto() {
        return new Citation(id, kind, author, authorType, publisher, editor, interviewee, place, year, date, datePrinted,
                title, subtitle, language, translatedTitle, translatedTitleLanguage, url, urlText, archivedUrl,
                containerTitle, containerId, pages, isbn, issn, reportNumber, licence, licenceUrl, notes, List.copyOf(citedIn), audit());
    }
}
