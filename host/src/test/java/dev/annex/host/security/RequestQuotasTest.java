package dev.annex.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestQuotasTest {

    /** Time that moves only when the test says so. */
    private static final class ManualTime implements TimeMeter {
        long nanos = TimeUnit.HOURS.toNanos(1);

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advanceSeconds(long seconds) {
            nanos += TimeUnit.SECONDS.toNanos(seconds);
        }
    }

    private final ManualTime time = new ManualTime();
    private final RequestQuotas quotas = new RequestQuotas(60, time);

    @Test
    void aCallerMayBurstUpToTheLimitAndIsThenToldWhenToComeBack() {
        RequestQuotas.Quota quota = quotas.quota("person:1", null);
        for (int i = 1; i <= 60; i++) {
            RequestQuotas.Outcome outcome = quotas.take(quota);
            assertTrue(outcome.allowed(), "request " + i);
            assertEquals(60 - i, outcome.remaining());
        }
        RequestQuotas.Outcome refused = quotas.take(quota);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.retryAfterSeconds(), "60 a minute: one comes back every second");
        assertEquals(60, refused.resetSeconds(), "the whole minute to be full again");
    }

    @Test
    void theBucketRefillsWithTimeSoThatAClientUnderTheRateIsNeverRefused() {
        RequestQuotas.Quota quota = quotas.quota("token:abc", null);
        for (int i = 0; i < 60; i++) {
            quotas.take(quota);
        }
        assertFalse(quotas.take(quota).allowed());
        time.advanceSeconds(1);
        assertTrue(quotas.take(quota).allowed());
        assertFalse(quotas.take(quota).allowed());
        time.advanceSeconds(30);
        RequestQuotas.Outcome outcome = quotas.take(quota);
        assertTrue(outcome.allowed());
        assertEquals(29, outcome.remaining());
    }

    @Test
    void callersAreCountedApartAndATokensOwnLimitIsCappedByTheInstallations() {
        RequestQuotas.Quota small = quotas.quota("token:small", 2);
        assertEquals(2, small.perMinute());
        assertEquals(60, quotas.quota("token:big", 1_000).perMinute(), "never above the installation's");
        quotas.take(small);
        quotas.take(small);
        assertFalse(quotas.take(small).allowed());
        assertEquals(30, quotas.take(small).retryAfterSeconds(), "2 a minute: one every 30 s");
        assertTrue(quotas.take(quotas.quota("person:2", null)).allowed(), "another caller's bucket is full");
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new RequestQuotas(0, time));
    }
}
