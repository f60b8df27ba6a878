package org.giswatch.contract.catalog;

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
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/**
 * A GISWatch report, with its imprint as printed. The licence text and link are kept separately because the
 * printed ones disagree (text "Attribution 3.0", link "by-nc-nd/3.0").
 */
@Schema(name = "Report")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "giswatch-2011") String id,
        @NotBlank @Size(max = 300) @Schema(examples = "Global Information Society Watch") String series,
        @NotNull @Min(1900) @Max(2100) @Schema(examples = "2011") Integer year,
        @NotBlank @Size(max = 300) @Schema(examples = "Internet rights and democratisation") String title,
        @Size(max = 300) @Schema(description = "The title as printed on the title page",
                examples = "INTERNET RIGHTS AND DEMOCRATISATION") String titleAsPrinted,
        @Size(max = 300) @Schema(examples = "Focus on freedom of expression and association online") String subtitle,
        @NotNull @Size(max = 20) @Schema(examples = "[\"APC\",\"Hivos\"]") List<@NotBlank @Size(max = 200) String> publishers,
        @Size(max = 200) @Schema(examples = "South Africa") String placeOfPublication,
        @Size(max = 200) @Schema(examples = "Alan Finlay") String editor,
        @Size(max = 20) @Pattern(regexp = "^[0-9X-]+$", message = "must be digits and hyphens")
        @Schema(examples = "978-92-95096-14-1") String isbn,
        @Size(max = 20) @Pattern(regexp = "^[0-9]{4}-[0-9]{3}[0-9X]$", message = "must look like 1234-5678")
        @Schema(examples = "2225-4625") String issn,
        @Size(max = 100) @Schema(description = "Publisher's document number", examples = "APC-201111-CIPP-R-EN-PDF-0105") String documentNumber,
        @Size(max = 300) @Schema(description = "Licence as printed", examples = "Creative Commons Attribution 3.0 Licence") String licenceText,
        @Size(max = 500) @Schema(description = "Licence link as printed", examples = "creativecommons.org/licenses/by-nc-nd/3.0/") String licenceLink,
        @Size(max = 500) @Schema(examples = "www.GISWatch.org") String url,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<Report> {

    public Report {
        publishers = publishers == null ? List.of() : List.copyOf(publishers);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public Report withAudit(Audit newAudit) {
        return new Report(id, series, year, title, titleAsPrinted, subtitle, publishers, placeOfPublication, editor,
                isbn, issn, documentNumber, licenceText, licenceLink, url, sources, newAudit);
    }
}
