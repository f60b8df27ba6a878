package org.giswatch.platform.cache;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's read caches and the one generation number that keeps them exact. Every committed change to a
 * cached table (through this replica, another replica, an import or psql) raises the generation, so each entry
 * stored under an older generation is no longer served: a read that started before a change can never put stale
 * data back. Raised by {@link ChangeListener} (PostgreSQL NOTIFY, delivered only on commit) and, so a client reads
 * its own write on this replica at once, by {@link WriteInvalidation} after every successful write request.
 * While the notification connection is down the caches are bypassed rather than risk serving stale data.
 */
@ApplicationScoped
public class ReadCaches {

    private final AtomicLong generation = new AtomicLong();
    private final List<ReadCache<?, ?>> caches = new CopyOnWriteArrayList<>();
    private final boolean enabled;
    private volatile boolean listening;

    public ReadCaches(ReadCacheConfig config) {
        this.enabled = config.enabled();
    }

    /** A cache of at most {@code maxEntries} results, kept exact by this set's generation. */
    public <K, V> ReadCache<K, V> create(String name, long maxEntries) {
        return register(new ReadCache<>(name, maxEntries, null, this));
    }

    /** A cache whose values weigh at most {@code maxWeight} together, as {@code weigher} counts (such as bytes). */
    public <K, V> ReadCache<K, V> create(String name, long maxWeight, ToIntFunction<V> weigher) {
        return register(new ReadCache<>(name, maxWeight, weigher, this));
    }

    private <K, V> ReadCache<K, V> register(ReadCache<K, V> cache) {
        caches.add(cache);
        return cache;
    }

    /** Makes every stored entry stale (and frees their memory). */
    public void invalidateAll() {
        generation.incrementAndGet();
        caches.forEach(ReadCache::clear);
    }

    /** Whether reads may be served from the caches: enabled and notified of every change. */
    boolean active() {
        return enabled && listening;
    }

    long generation() {
        return generation.get();
    }

    /** Called by the listener: only while it listens are changes seen, so only then may entries be kept. */
    void listening(boolean listening) {
        invalidateAll();
        this.listening = listening;
    }

    boolean enabled() {
        return enabled;
    }
}
