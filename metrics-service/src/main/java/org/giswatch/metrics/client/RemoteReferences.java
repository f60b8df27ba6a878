package org.giswatch.metrics.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.giswatch.contract.citation.Citation;

/**
 * The calls to catalog-service and citation-service, guarded so a slow or dead dependency costs at most about two
 * seconds: each attempt times out after 1 s, one retry after 100 ms, and after repeated failures the circuit opens for
 * one second (then calls fail at once). A 404 is an answer (the record does not exist), not a failure. The timeout is
 * sized from measurement (docs/api/metrics.md): a lookup's p99 stays far below it even on an overloaded machine.
 */
@ApplicationScoped
public class RemoteReferences {

    /** Seconds a client should wait before retrying after a dependency failure: the circuit breaker's delay. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private final CatalogSubjects catalog;
    private final CitationLookup citations;

    public RemoteReferences(@RestClient CatalogSubjects catalog, @RestClient CitationLookup citations) {
        this.catalog = catalog;
        this.citations = citations;
    }

    @Timeout(value = 1000, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS,
            delayUnit = ChronoUnit.SECONDS, successThreshold = 1)
    public boolean subjectExists(String type, String id) {
        try {
            catalog.get(type, id);
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Timeout(value = 1000, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS,
            delayUnit = ChronoUnit.SECONDS, successThreshold = 1)
    public Optional<Citation> citation(String id) {
        try {
            return Optional.ofNullable(citations.get(id, null).getEntity());
        } catch (WebApplicationException e) {
            // 410: a deleted citation is as absent as one that never existed.
            if (e.getResponse() != null && (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 410)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
