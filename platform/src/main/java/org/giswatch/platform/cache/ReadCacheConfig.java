package org.giswatch.platform.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** In-process caches of read results, kept exact by change notifications from PostgreSQL (see {@link ReadCaches}). */
@ConfigMapping(prefix = "giswatch.read-cache")
public interface ReadCacheConfig {

    /** Off (the default, so a service without caches holds no notification connection): every read goes to the database. */
    @WithDefault("false")
    boolean enabled();

    /** How long to wait before listening again after the notification connection failed (reads bypass the caches meanwhile). */
    @WithDefault("2s")
    Duration reconnectDelay();
}
