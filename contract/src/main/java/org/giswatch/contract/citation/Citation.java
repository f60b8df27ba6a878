package org.giswatch.contract.citation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;

/**
 * A source as the chapter prints it: every string verbatim (Cyrillic kept, the source's own oddities kept), and a
 * field the source does not give is absent, never guessed. {@code id} and {@code title} are what other services read.
 */
@Schema(name = "Citation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "giswatch-2011-kazakhstan-fn11") String id,
        @Pattern(regexp = Citation.KIND_PATTERN, message = Citation.KIND_MESSAGE)
        @Schema(description = "What kind of source it is; absent when not known", examples = "news-article") String kind,
        @Size(max = 500)
        @Schema(description = "Author or publishing body, as printed", examples = "Tengri News") String author,
        @Pattern(regexp = "^(person|organisation)$", message = "must be person or organisation")
        @Schema(description = "Whether the author is a person (name split for citation styles) or an organisation (kept whole)",
                examples = "organisation") String authorType,
        @Size(max = 500)
        @Schema(description = "Publisher, as printed", examples = "APC and Hivos") String publisher,
        @Size(max = 500)
        @Schema(description = "Editor (a person), as printed", examples = "Alan Finlay") String editor,
        @Size(max = 500)
        @Schema(description = "The person interviewed (interviews)", examples = "Alisher Yelikbayev") String interviewee,
        @Size(max = 200)
        @Schema(description = "Where an interview took place, or where the work was published", examples = "Almaty") String place,
        @Min(1800) @Max(2100)
        @Schema(description = "Year of publication", examples = "2011") Integer year,
        @Schema(description = "Full date, when the source gives day and month", examples = "2011-04-05") LocalDate date,
        @Size(max = 100)
        @Schema(description = "The date exactly as printed", examples = "5 April") String datePrinted,
        @Size(max = 1000)
        @Schema(description = "Title in the original language and script, verbatim",
                examples = "Нурсултан Назарбаев набрал 95,55% голосов на выборах президента Казахстана") String title,
        @Size(max = 1000)
        @Schema(description = "Subtitle, as printed", examples = "MOBILISING ONLINE FOR FREE ELECTIONS") String subtitle,
        @Size(max = 35) @Pattern(regexp = Citation.LANGUAGE_PATTERN, message = "must be a BCP 47 language tag such as ru or en")
        @Schema(description = "BCP 47 language of the title", examples = "ru") String language,
        @Size(max = 1000)
        @Schema(description = "The translation of the title the footnote gives (in parentheses), verbatim",
                examples = "Nursultan Nazarbayev won 95.55% of the votes in the Kazakhstan presidential elections") String translatedTitle,
        @Size(max = 35) @Pattern(regexp = Citation.LANGUAGE_PATTERN, message = "must be a BCP 47 language tag such as ru or en")
        @Schema(description = "BCP 47 language of the translated title", examples = "en") String translatedTitleLanguage,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an absolute http(s) URL")
        @Schema(description = "The link target", examples = "http://tengrinews.kz/vibori/183437") String url,
        @Size(max = 2000)
        @Schema(description = "The URL as the chapter shows it (link text), verbatim", examples = "tengrinews.kz/vibori/183437") String urlText,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an absolute http(s) URL")
        @Schema(description = "An archived copy (e.g. Wayback Machine); absent until known") String archivedUrl,
        @Size(max = 1000)
        @Schema(description = "The journal, newspaper or site the work appeared in, as printed (in italics after the "
                + "article's title)", examples = "Central Asia Review") String containerTitle,
        @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(description = "Id of the citation this one is part of (a chapter's report)", examples = "giswatch-2011") String containerId,
        @Size(max = 50)
        @Schema(description = "Page range within the container; absent when unknown", examples = "152-154") String pages,
        @Size(max = 20) @Pattern(regexp = "^[0-9X-]{10,17}$", message = "must be an ISBN")
        @Schema(examples = "978-92-95096-14-1") String isbn,
        @Size(max = 9) @Pattern(regexp = "^[0-9]{4}-[0-9]{3}[0-9X]$", message = "must be an ISSN")
        @Schema(examples = "2225-4625") String issn,
        @Size(max = 100)
        @Schema(description = "Report or document number, as printed", examples = "APC-201111-CIPP-R-EN-PDF-0105") String reportNumber,
        @Size(max = 500)
        @Schema(description = "Licence text, as printed", examples = "Creative Commons Attribution 3.0 Licence") String licence,
        @Size(max = 500)
        @Schema(description = "Licence link, as printed (it may disagree with the text)",
                examples = "creativecommons.org/licenses/by-nc-nd/3.0/") String licenceUrl,
        @Size(max = 4000)
        @Schema(description = "Free notes: qualifiers, oddities of the source, editorial remarks") String notes,
        @NotNull @Size(max = 200) 
        @Schema(description = "Which chapters cite this source, under which footnote, for which passage") List<@Valid CitedIn> citedIn,
        @Schema(readOnly = true) Audit audit) implements ApiRecord<Citation> {

    public static final String KIND_PATTERN =
            "^(statistics|news-article|magazine-article|journal-article|report|chapter|survey|website|petition|interview|"
            + "legislation|video|book|blog-post|social-media-post|other)$";
    public static final String KIND_MESSAGE = "must be one of statistics, news-article, magazine-article, journal-article, "
            + "report, chapter, survey, website, petition, interview, legislation, video, book, blog-post, "
            + "social-media-post, other";
    public static final String LANGUAGE_PATTERN = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$";

    public Citation {
        citedIn = citedIn == null ? List.of() : List.copyOf(citedIn);
    }

    public Citation withAudit(Audit newAudit) {
        return new Citation(id, kind, author, authorType, publisher, editor, interviewee, place, year, date, datePrinted,
                title, subtitle, language, translatedTitle, translatedTitleLanguage, url, urlText, archivedUrl,
                containerTitle, containerId, pages, isbn, issn, reportNumber, licence, licenceUrl, notes, citedIn, newAudit);
    }

    public Citation withCitedIn(List<CitedIn> newCitedIn) {
        return new Citation(id, kind, author, authorType, publisher, editor, interviewee, place, year, date, datePrinted,
                title, subtitle, language, translatedTitle, translatedTitleLanguage, url, urlText, archivedUrl,
                containerTitle, containerId, pages, isbn, issn, reportNumber, licence, licenceUrl, notes, newCitedIn, audit);
    }
}
