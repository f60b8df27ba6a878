package org.giswatch.contract.problem;

import java.net.URI;
import java.util.List;

import org.giswatch.contract.integrity.Referrers;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: the body of every 4xx and 5xx response of every GISWatch service.
 */
// The OpenAPI schema "Problem" is declared once, by platform's ProblemOpenApiFilter.
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        List<FieldError> errors,
        Referrers referrers) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /** The records that still refer to the one a refused delete (409) was about. */
    public Problem withReferrers(Referrers newReferrers) {
        return new Problem(type, title, status, detail, instance, errors, newReferrers);
    }
}
