package dev.annex.host.helpdesk.rt.feed;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedPositionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(60);

    @Test
    void contiguousIdsLeaveNoGaps() {
        FeedPosition next = FeedPosition.after(10).advancedBy(List.of(11L, 12L, 13L), NOW, GRACE);
        assertEquals(FeedPosition.after(13), next);
    }

    @Test
    void idsSkippedOverAreKeptAsGapsUntilTheyShowUp() {
        FeedPosition next = FeedPosition.after(10).advancedBy(List.of(11L, 14L), NOW, GRACE);
        assertEquals(14, next.highWater());
        assertEquals(List.of(12L, 13L), next.gaps().stream().map(FeedPosition.Gap::id).toList());

        FeedPosition later = next.advancedBy(List.of(13L, 15L), NOW.plusSeconds(1), GRACE);
        assertEquals(15, later.highWater());
        assertEquals(List.of(12L), later.gaps().stream().map(FeedPosition.Gap::id).toList());
    }

    @Test
    void aGapOlderThanTheGracePeriodIsGivenUp() {
        FeedPosition next = FeedPosition.after(10).advancedBy(List.of(12L), NOW, GRACE);
        assertEquals(1, next.gaps().size());
        assertEquals(List.of(), next.advancedBy(List.of(), NOW.plus(GRACE).plusSeconds(1), GRACE).gaps());
        assertEquals(1, next.advancedBy(List.of(), NOW.plus(GRACE), GRACE).gaps().size());
    }

    @Test
    void gapsAreBoundedKeepingTheNewest() {
        FeedPosition next = FeedPosition.after(0).advancedBy(List.of(1000L), NOW, GRACE);
        assertEquals(FeedPosition.MAX_GAPS, next.gaps().size());
        assertEquals(999, next.gaps().get(next.gaps().size() - 1).id());
    }

    @Test
    void encodesToOneColumnAndBack() {
        FeedPosition position = FeedPosition.after(10).advancedBy(List.of(11L, 14L), NOW, GRACE);
        assertEquals("14;12@" + NOW.toEpochMilli() + ",13@" + NOW.toEpochMilli(), position.encode());
        assertEquals(position, FeedPosition.decode(position.encode()));
        assertEquals(FeedPosition.after(7), FeedPosition.decode("7"));
    }
}
