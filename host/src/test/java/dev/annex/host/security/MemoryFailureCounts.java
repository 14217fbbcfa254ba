package dev.annex.host.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The throttle's counts in a map, for unit tests of its policy (the server keeps them in the database). */
public final class MemoryFailureCounts implements FailureCounts {

    private record Row(int count, Instant blockedUntil) {
    }

    private final Map<String, Row> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> blockedUntil(String key) {
        return Optional.ofNullable(rows.get(key)).map(Row::blockedUntil);
    }

    @Override
    public int add(String key, Instant now) {
        return rows.merge(key, new Row(1, null), (old, one) -> new Row(old.count() + 1, old.blockedUntil())).count();
    }

    @Override
    public void block(String key, Instant until) {
        rows.computeIfPresent(key, (k, row) -> new Row(row.count(), until));
    }

    @Override
    public void clear(String key) {
        rows.remove(key);
    }
}
