package org.giswatch.metrics.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.metrics.client.RemoteReferences;
import org.giswatch.platform.problem.ApiException;
import org.jboss.logging.Logger;

/**
 * Checks that the subject, country and citation of observations exist in catalog-service and citation-service.
 * Unknown references are 422 naming the field; a dependency that cannot answer is 503 with Retry-After.
 */
@ApplicationScoped
public class ReferenceChecks {

    private static final Logger LOG = Logger.getLogger(ReferenceChecks.class);

    private final RemoteReferences remote;

    public ReferenceChecks(RemoteReferences remote) {
        this.remote = remote;
    }

    /** Throws unless every reference of the observation exists; {@code prefix} is prepended to field names. */
    public void verify(Observation o) {
        List<FieldError> errors = verifyAll(List.of(o), i -> "");
        if (!errors.isEmpty()) {
            throw unknown(errors);
        }
    }

    /**
     * Checks the references of many observations, asking each dependency once per distinct reference.
     * @return one error per unknown reference, named {@code fieldPrefix(index) + field}
     */
    public List<FieldError> verifyAll(List<Observation> rows, java.util.function.IntFunction<String> fieldPrefix) {
        Map<String, Boolean> subjects = new HashMap<>();
        Map<String, Boolean> citations = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Observation o = rows.get(i);
            String prefix = fieldPrefix.apply(i);
            String type = o.subjectType().value();
            if (!subjects.computeIfAbsent(type + "/" + o.subject(),
                    k -> call("catalog-service", () -> remote.subjectExists(type, o.subject())))) {
                errors.add(new FieldError(prefix + "subject",
                        "no " + type + " '" + o.subject() + "' in catalog-service"));
            }
            if (o.country() != null && !subjects.computeIfAbsent("country/" + o.country(),
                    k -> call("catalog-service", () -> remote.subjectExists("country", o.country())))) {
                errors.add(new FieldError(prefix + "country", "no country '" + o.country() + "' in catalog-service"));
            }
            String citationId = o.source().citationId();
            if (!citations.computeIfAbsent(citationId,
                    k -> call("citation-service", () -> remote.citation(citationId).isPresent()))) {
                errors.add(new FieldError(prefix + "source.citationId",
                        "no citation '" + citationId + "' in citation-service"));
            }
        }
        return errors;
    }

    /** The citation for expand=citation, or empty when citation-service cannot answer (the caller warns). */
    public Optional<Citation> citationIfAvailable(String id) {
        try {
            return remote.citation(id);
        } catch (RuntimeException e) {
            LOG.warnf("citation-service did not answer for %s (%s); returning the bare id", id, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    public static ApiException unknown(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " references do not exist";
        return new ApiException(ProblemType.UNPROCESSABLE, detail, errors, null);
    }

    private static boolean call(String service, Supplier<Boolean> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            // Timeouts, refused connections, open circuits and 5xx answers all mean: we cannot check now.
            LOG.warnf("%s could not be reached to check a reference: %s", service, e.getClass().getSimpleName());
            throw ApiException.unavailable(service + " is unavailable, so the references cannot be checked; "
                    + "nothing was stored. Retry later.", RemoteReferences.RETRY_AFTER_SECONDS);
        }
    }
}
