package org.giswatch.platform.cache;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Results of one kind of read, by key, each stored with the generation of {@link ReadCaches} it was read under.
 * Values must be immutable (records, unmodifiable lists): they are shared between requests.
 */
public final class ReadCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final String name;
    private final ReadCaches owner;
    private final Cache<K, Entry<V>> entries;

    /** Bounded by {@code max} entries, or by {@code max} units of {@code weigher} (such as bytes) when given. */
    ReadCache(String name, long max, ToIntFunction<V> weigher, ReadCaches owner) {
        this.name = name;
        this.owner = owner;
        this.entries = weigher == null ? Caffeine.newBuilder().maximumSize(max).build()
                : Caffeine.newBuilder().maximumWeight(max)
                        .<K, Entry<V>> weigher((key, entry) -> weigher.applyAsInt(entry.value())).build();
    }

    /**
     * The stored value if it was read under the current generation, else {@code loader}'s (stored unless a change
     * arrived meanwhile). A loader's exception propagates and stores nothing.
     */
    public V get(K key, Supplier<V> loader) {
        if (!owner.active()) {
            return loader.get();
        }
        // Read the generation before the database: a change committed after this point raises it, which makes
        // whatever this load stores stale.
        long generation = owner.generation();
        Entry<V> entry = entries.getIfPresent(key);
        if (entry != null && entry.generation() == generation) {
            return entry.value();
        }
        V value = loader.get();
        if (value != null) {
            entries.put(key, new Entry<>(generation, value));
        }
        return value;
    }

    void clear() {
        entries.invalidateAll();
    }

    @Override
    public String toString() {
        return "ReadCache[" + name + ", " + entries.estimatedSize() + " entries]";
    }
}
