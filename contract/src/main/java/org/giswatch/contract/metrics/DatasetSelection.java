package org.giswatch.contract.metrics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.giswatch.contract.common.CountryCodes;
import org.giswatch.contract.common.Ids;

/**
 * The filters of the statistical exports (JSON-stat, tidy CSV): those of the JSON list that select figures. The
 * list's paging and output options (limit, cursor, expand, asOf) are not parameters here, so each is refused with
 * a 400 naming it rather than ignored.
 */
public class DatasetSelection {

    @Parameter(description = "Indicator code", example = "internet-subscribers")
    @QueryParam("indicator")
    @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
    @Size(max = Ids.SLUG_MAX)
    public String indicator;

    @Parameter(description = "Kind of subject", example = "campaign")
    @QueryParam("subjectType")
    @Pattern(regexp = ObservationFilter.SUBJECT_TYPE_PATTERN, message = ObservationFilter.SUBJECT_TYPE_MESSAGE)
    public String subjectType;

    @Parameter(description = "Catalog id of the subject", example = "elbasy-net-signature-drive")
    @QueryParam("subject")
    @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
    @Size(max = Ids.SLUG_MAX)
    public String subject;

    @Parameter(description = "Country the figures belong to, whatever their subject: " + CountryCodes.DESCRIPTION,
            example = "kz")
    @QueryParam("country")
    @Pattern(regexp = CountryCodes.PATTERN, message = CountryCodes.MESSAGE)
    public String country;

    @Parameter(description = "Only figures whose period overlaps the period from this year, month or date on",
            example = "2009")
    @QueryParam("from")
    @Pattern(regexp = Periods.POINT_PATTERN, message = Periods.POINT_MESSAGE)
    @Size(max = 10)
    public String from;

    @Parameter(description = "Only figures whose period overlaps the period up to this year, month or date",
            example = "2011-05-12")
    @QueryParam("to")
    @Pattern(regexp = Periods.POINT_PATTERN, message = Periods.POINT_MESSAGE)
    @Size(max = 10)
    public String to;

    @Parameter(description = "Most recent values: only the N latest figures (by period end) of each series "
            + "(indicator + subject), after the other filters", example = "1")
    @QueryParam("mrv")
    @Min(1)
    @Max(1000)
    public Integer mrv;

    @Parameter(description = "Only figures carrying this qualifier", example = "approximate")
    @QueryParam("qualifier")
    @Pattern(regexp = Qualifier.PATTERN, message = Qualifier.MESSAGE)
    public String qualifier;

    @Parameter(description = "Only figures of this rank", example = "preferred")
    @QueryParam("rank")
    @Pattern(regexp = Rank.PATTERN, message = Rank.MESSAGE)
    public String rank;
}
