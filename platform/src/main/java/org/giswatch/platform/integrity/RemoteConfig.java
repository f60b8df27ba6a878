package org.giswatch.platform.integrity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long one attempt to ask another service may take, per dependency: {@code giswatch.remote.timeout} for all,
 * {@code giswatch.remote.service.<name>.timeout} (name: catalog, citation, metrics) for one. The URL of each is
 * {@code quarkus.rest-client.<name>.url}.
 */
@ConfigMapping(prefix = "giswatch.remote")
public interface RemoteConfig {

    /** One attempt, connect and read included; sized from measured lookups (docs/api/metrics.md). */
    @WithDefault("1s")
    Duration timeout();

    /** Settings of one dependency, by its short name. */
    Map<String, Dependency> service();

    interface Dependency {
        Optional<Duration> timeout();
    }

    default Duration timeout(String service) {
        Dependency dependency = service().get(service);
        return dependency == null ? timeout() : dependency.timeout().orElse(timeout());
    }
}
