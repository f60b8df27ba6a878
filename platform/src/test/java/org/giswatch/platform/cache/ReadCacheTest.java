package org.giswatch.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The generation rule that keeps cached reads exact, without a server: what is stored, what is served. */
class ReadCacheTest {

    private static final String KEY = "kz-internet-users-2009";

    private final ReadCaches caches = new ReadCaches(config(true));
    private final ReadCache<String, String> cache = caches.create("test", 10);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void servesAStoredValueUntilAChangeArrives() {
        caches.listening(true);
        assertEquals("v1", cache.get(KEY, () -> load("v1")));
        assertEquals("v1", cache.get(KEY, () -> load("v2")));
        assertEquals(1, loads.get());

        caches.invalidateAll();
        assertEquals("v2", cache.get(KEY, () -> load("v2")));
        assertEquals(2, loads.get());
    }

    @Test
    void aValueReadWhileAChangeArrivesIsNotServedAgain() {
        caches.listening(true);
        // The change commits while this read is in the database: its (possibly old) result goes to its own caller only.
        assertEquals("old", cache.get(KEY, () -> {
            caches.invalidateAll();
            return load("old");
        }));
        assertEquals("new", cache.get(KEY, () -> load("new")));
        assertEquals(2, loads.get());
    }

    @Test
    void withoutChangeNotificationsEveryReadGoesToTheDatabase() {
        assertEquals("v1", cache.get(KEY, () -> load("v1")));
        assertEquals("v2", cache.get(KEY, () -> load("v2")));

        caches.listening(true);
        cache.get(KEY, () -> load("v3"));
        caches.listening(false);
        assertEquals("v4", cache.get(KEY, () -> load("v4")));
        assertEquals(4, loads.get());
    }

    @Test
    void disabledCachesNeverStore() {
        ReadCaches disabled = new ReadCaches(config(false));
        ReadCache<String, String> uncached = disabled.create("test", 10);
        disabled.listening(true);
        uncached.get(KEY, () -> load("v1"));
        uncached.get(KEY, () -> load("v1"));
        assertEquals(2, loads.get());
    }

    @Test
    void aFailedReadStoresNothing() {
        caches.listening(true);
        try {
            cache.get(KEY, () -> {
                throw new IllegalStateException("not found");
            });
        } catch (IllegalStateException expected) {
            // The caller sees the loader's failure.
        }
        assertEquals("v1", cache.get(KEY, () -> load("v1")));
        assertEquals(1, loads.get());
    }

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    private static ReadCacheConfig config(boolean enabled) {
        return new ReadCacheConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Duration reconnectDelay() {
                return Duration.ofMillis(10);
            }
        };
    }
}
