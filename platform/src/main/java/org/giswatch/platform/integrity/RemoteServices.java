package org.giswatch.platform.integrity;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.ContextResolver;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * REST clients for the other services, built on the contract's API interfaces (no copied DTOs) at the URL
 * configured as {@code quarkus.rest-client.<service>.url} (CATALOG_URL, METRICS_URL, CITATION_URL), timing out
 * with {@link RemoteAsk}'s attempts ({@link RemoteConfig}). They read tolerantly: another service may add fields.
 * Build a client before asking through {@link RemoteAsk}, so building it (once) is not part of an attempt's time.
 */
@ApplicationScoped
public class RemoteServices {

    private final Config config;
    private final ObjectMapper tolerant;
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    private final RemoteConfig remote;

    public RemoteServices(Config config, ObjectMapper mapper, RemoteConfig remote) {
        this.config = config;
        this.remote = remote;
        this.tolerant = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A client of {@code api} for {@code service} (a short name such as "citation"). */
    public <C> C client(String service, Class<C> api) {
        return api.cast(clients.computeIfAbsent(service + "/" + api.getName(), key -> build(service, api)));
    }

    private <C> C build(String service, Class<C> api) {
        long timeoutMillis = remote.timeout(service).toMillis();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.getValue("quarkus.rest-client." + service + ".url", String.class)))
                .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .register(new TolerantReader(tolerant))
                .build(api);
    }

    /** A named class, not a lambda: the client finds the resolver by its declared type argument. */
    static final class TolerantReader implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper;

        TolerantReader(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
