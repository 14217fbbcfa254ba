package dev.annex.host.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A node-local copy of rows that every request reads and few change (a tenant, a token, the plugins a
 * tenant has on), kept until a {@link ClusterChange} drops it or, as a fallback for a change nobody
 * announced, until it is {@code ttl} old.
 *
 * <p>A reader that loaded a value from the database while a change was being dropped must not put
 * its (possibly older) value back afterwards: every drop starts a new generation, and a load begun
 * in an earlier generation is returned to its caller but not kept. Drops run after the writer's
 * transaction completed ({@code TransactionPhase.AFTER_COMPLETION}), so a load begun after a drop
 * reads the committed change.
 *
 * @param <K> the key
 * @param <V> the value; a loader's {@code null} (nothing found) is never kept
 */
public final class ChangeDroppedCache<K, V> {

    private record Entry<V>(V value, long loadedAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private long generation;

    public ChangeDroppedCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    ChangeDroppedCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The kept value, or the loader's, which is kept unless a drop happened meanwhile. */
    public V get(K key, Function<K, V> loader) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return entry.value();
        }
        long before = mark();
        V value = loader.apply(key);
        if (value != null) {
            keep(key, value, before, now);
        }
        return value;
    }

    /** The current generation, to pass to {@link #keep} after a check made outside {@link #get}. */
    public synchronized long mark() {
        return generation;
    }

    /** Keeps a value worked out since {@link #mark} unless something was dropped meanwhile. */
    public void keep(K key, V value, long mark) {
        keep(key, value, mark, nanoTime.getAsLong());
    }

    /** Drops the entries that match, e.g. all of one tenant's or one person's. */
    public synchronized void drop(BiPredicate<? super K, ? super V> which) {
        generation++;
        entries.entrySet().removeIf(entry -> which.test(entry.getKey(), entry.getValue().value()));
    }

    public synchronized void dropAll() {
        generation++;
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    private synchronized void keep(K key, V value, long loadedInGeneration, long now) {
        if (loadedInGeneration != generation) {
            return;
        }
        if (entries.size() >= maxEntries) {
            // Crude but bounded: a full cache starts over rather than tracking recency per hit.
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now));
    }
}
