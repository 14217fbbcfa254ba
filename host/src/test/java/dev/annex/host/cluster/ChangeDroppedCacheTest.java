package dev.annex.host.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChangeDroppedCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final ChangeDroppedCache<String, String> cache = new ChangeDroppedCache<>(Duration.ofSeconds(60), 3, now::get);

    private String load(String key) {
        loads.incrementAndGet();
        return key + loads.get();
    }

    @Test
    void aKeptValueIsServedWithoutLoadingUntilDroppedOrOld() {
        assertEquals("a1", cache.get("a", this::load));
        assertEquals("a1", cache.get("a", this::load));
        cache.drop((key, value) -> key.equals("a"));
        assertEquals("a2", cache.get("a", this::load));
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertEquals("a3", cache.get("a", this::load));
    }

    @Test
    void aLoadThatOverlapsADropIsReturnedButNotKept() {
        String value = cache.get("a", key -> {
            cache.drop((k, v) -> true); // the change lands while the old row is being read
            return "stale";
        });
        assertEquals("stale", value);
        assertEquals(0, cache.size());
        assertEquals("a1", cache.get("a", this::load));
    }

    @Test
    void aCheckMadeBeforeADropIsNotKept() {
        long mark = cache.mark();
        cache.dropAll();
        cache.keep("a", "verified before the change", mark);
        assertEquals(0, cache.size());
    }

    @Test
    void nothingFoundIsNotKeptAndAFullCacheStartsOver() {
        assertNull(cache.get("missing", key -> null));
        assertEquals(0, cache.size());
        for (String key : new String[] {"a", "b", "c", "d"}) {
            cache.get(key, this::load);
        }
        assertEquals(1, cache.size());
    }
}
