package org.giswatch.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client request budget: {@code requestsPerMinute} refilled continuously, with bursts up to {@code burst}. */
@ConfigMapping(prefix = "giswatch.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("600")
    int requestsPerMinute();

    @WithDefault("100")
    int burst();

    /** How many clients are tracked at once; the least recently seen are forgotten first. */
    @WithDefault("100000")
    int maxClients();
}
