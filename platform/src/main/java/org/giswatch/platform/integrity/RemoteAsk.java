package org.giswatch.platform.integrity;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.giswatch.platform.problem.ApiException;
import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.Guard;

/**
 * The one way any service asks another (SmallRye Fault Tolerance, one guard per dependency, so a dead
 * catalog-service does not fail the asks to citation-service): each attempt times out ({@link RemoteConfig}, 1 s by
 * default), one retry after 100 ms, and after repeated failures that dependency's circuit opens for one second (then
 * asks fail at once). Whatever fails is a 503 with Retry-After; a 404 or 410 is an answer (no such record).
 */
@ApplicationScoped
public class RemoteAsk {

    /** Seconds a client should wait before retrying after a dependency failure: the circuit breaker's delay. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(RemoteAsk.class);

    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    private final RemoteConfig config;

    public RemoteAsk(RemoteConfig config) {
        this.config = config;
    }

    /**
     * The answer of {@code service} (a short name such as "citation"), or empty when the record is not there (404,
     * or 410: a deleted record is as absent as one that never existed).
     * @param purpose what the answer is needed for, for the 503's detail ("the references cannot be checked")
     */
    public <T> Optional<T> find(String service, String purpose, Supplier<T> call) {
        return ask(service, purpose, () -> {
            try {
                return Optional.ofNullable(call.get());
            } catch (WebApplicationException e) {
                int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
                if (status == 404 || status == 410) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** The answer of {@code service}; any failure (refused, timed out, 5xx, open circuit) is a 503. */
    @SuppressWarnings("unchecked")
    public <T> T ask(String service, String purpose, Supplier<T> call) {
        try {
            return (T) guard(service).get((Supplier<Object>) call, Object.class);
        } catch (RuntimeException e) {
            LOG.warnf("%s-service could not be asked (%s): %s", service, purpose, e.getClass().getSimpleName());
            throw ApiException.unavailable(service + "-service is unavailable, so " + purpose
                    + "; nothing was changed. Retry later.", RETRY_AFTER_SECONDS);
        }
    }

    private Guard guard(String service) {
        return guards.computeIfAbsent(service, name -> Guard.create()
                .withDescription("asks to " + name + "-service")
                .withTimeout().duration(config.timeout(name).toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(1).delay(100, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .abortOn(CircuitBreakerOpenException.class).done()
                .withCircuitBreaker().requestVolumeThreshold(4).failureRatio(0.5)
                .delay(RETRY_AFTER_SECONDS, ChronoUnit.SECONDS).successThreshold(1).done()
                .build());
    }
}
