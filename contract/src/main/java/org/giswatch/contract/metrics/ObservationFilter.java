package org.giswatch.contract.metrics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.giswatch.contract.common.SourceFilter;

/**
 * Period, recency, qualifier, rank, source (citation, footnote: {@link SourceFilter}) and output options shared by the
 * observation list and the series.
 */
public class ObservationFilter extends SourceFilter {

    /** The catalog's SubjectType values, for parameters, so an unknown kind is a 400 naming the parameter. */
    public static final String SUBJECT_TYPE_PATTERN = "^(country|person|organisation|election|campaign|campaign-asset)$";
    public static final String SUBJECT_TYPE_MESSAGE =
            "must be one of country, person, organisation, election, campaign, campaign-asset";

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

    @Parameter(description = "`citation` embeds each figure's citation from citation-service (JSON only); when "
            + "that service is down the figures keep the bare citation id and a `Warning` header says so",
            example = "citation")
    @QueryParam("expand")
    @Pattern(regexp = "^citation$", message = "must be 'citation'")
    public String expand;

    // Kept for existing users of GET /observations?format=csv; documented as GET /observations/export/csv so the
    // typed answer of GET /observations stays JSON.
    @Parameter(hidden = true)
    @QueryParam("format")
    @Pattern(regexp = "^(json|csv)$", message = "must be 'json' or 'csv'")
    public String format;
}
