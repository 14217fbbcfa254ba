package dev.annex.host.mail;

import dev.annex.host.time.BackoffPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dispatcher's decisions, with the outbox table and SMTP replaced by in-memory fakes. */
class MailDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** The outbox table's rows, claimed and settled by the same rules as the real queries. */
    private static class FakeStore extends OutboxStore {
        static final class Row {
            final long id;
            MailStatus status = MailStatus.PENDING;
            int attempts;
            Instant next;
            String error;
            Instant sentAt;

            Row(long id, Instant next) {
                this.id = id;
                this.next = next;
            }
        }

        final Map<Long, Row> rows = new LinkedHashMap<>();

        Row add(long id) {
            Row row = new Row(id, NOW);
            rows.put(id, row);
            return row;
        }

        @Override
        public List<Due> due(Instant now, int limit) {
            return rows.values().stream()
                    .filter(r -> r.status == MailStatus.PENDING && !r.next.isAfter(now))
                    .limit(limit).map(r -> new Due(r.id, r.attempts)).toList();
        }

        @Override
        public Optional<ClaimedMail> claim(Due due, Instant now, Instant leaseUntil) {
            Row row = rows.get(due.id());
            if (row.status != MailStatus.PENDING || row.attempts != due.attempts() || row.next.isAfter(now)) {
                return Optional.empty();
            }
            row.attempts++;
            row.next = leaseUntil;
            return Optional.of(new ClaimedMail(row.id, 7, row.attempts, "r" + row.id + "@acme.example", "Subject", "Body", null));
        }

        private Optional<Row> current(ClaimedMail mail) {
            return Optional.ofNullable(rows.get(mail.id()))
                    .filter(r -> r.status == MailStatus.PENDING && r.attempts == mail.attempt());
        }

        @Override
        public boolean markSent(ClaimedMail mail, Instant sentAt) {
            return current(mail).map(r -> {
                r.status = MailStatus.SENT;
                r.sentAt = sentAt;
                return true;
            }).orElse(false);
        }

        @Override
        public boolean retryAt(ClaimedMail mail, String error, Instant nextAttemptAt) {
            return current(mail).map(r -> {
                r.error = error;
                r.next = nextAttemptAt;
                return true;
            }).orElse(false);
        }

        @Override
        public boolean markFailed(ClaimedMail mail, String error) {
            return current(mail).map(r -> {
                r.status = MailStatus.FAILED;
                r.error = error;
                return true;
            }).orElse(false);
        }
    }

    /** An SMTP server that accepts, or refuses while {@code down}. */
    private static final class FakeDelivery extends MailDelivery {
        final List<String> sent = new ArrayList<>();
        boolean down;

        @Override
        public void send(MailMessage mail) throws MessagingException {
            if (down) {
                throw new MessagingException("Could not connect to SMTP host: localhost, port: 25");
            }
            sent.add(mail.to());
        }

        @Override
        public Batch batch() {
            batches++;
            return new Batch() {
                @Override
                public void send(MailMessage mail) throws MessagingException {
                    FakeDelivery.this.send(mail);
                }

                @Override
                public void close() {
                }
            };
        }

        int batches;
    }

    private final FakeStore store = new FakeStore();
    private final FakeDelivery delivery = new FakeDelivery();
    private final MutableClock clock = new MutableClock();
    private final MailDispatcher dispatcher = new MailDispatcher(store, delivery, clock, Duration.ofSeconds(5), 3,
            BackoffPolicy.DEFAULT);

    @Test
    void dueMailIsSentAndMarkedSent() {
        store.add(1);
        store.add(2);

        dispatcher.sendDue();

        assertEquals(List.of("r1@acme.example", "r2@acme.example"), delivery.sent);
        assertEquals(1, delivery.batches, "one SMTP batch (connection) for the whole run");
        assertEquals(MailStatus.SENT, store.rows.get(1L).status);
        assertEquals(NOW, store.rows.get(1L).sentAt);
        assertEquals(1, store.rows.get(1L).attempts);
    }

    @Test
    void moreThanOneBatchIsSentInOneRun() {
        for (long id = 1; id <= MailDispatcher.BATCH_SIZE * 2 + 3; id++) {
            store.add(id);
        }

        dispatcher.sendDue();

        assertEquals(MailDispatcher.BATCH_SIZE * 2 + 3, delivery.sent.size());
    }

    @Test
    void aFailedSendKeepsTheMailAndRetriesItAfterTheBackoff() {
        store.add(1);
        delivery.down = true;

        dispatcher.sendDue();

        FakeStore.Row row = store.rows.get(1L);
        assertEquals(MailStatus.PENDING, row.status);
        assertEquals(1, row.attempts);
        assertEquals(NOW.plusSeconds(10), row.next);
        assertTrue(row.error.contains("Could not connect"), row.error);

        clock.now = NOW.plusSeconds(9);
        dispatcher.sendDue();
        assertEquals(1, row.attempts, "not due before the backoff has passed");

        clock.now = NOW.plusSeconds(10);
        delivery.down = false;
        dispatcher.sendDue();
        assertEquals(MailStatus.SENT, row.status);
        assertEquals(2, row.attempts);
        assertEquals(List.of("r1@acme.example"), delivery.sent);
    }

    @Test
    void whileTheServerIsDownARunStopsAfterAFewFailuresInARowAndLeavesTheRestUntouched() {
        for (long id = 1; id <= 5; id++) {
            store.add(id);
        }
        delivery.down = true;

        dispatcher.sendDue();

        assertEquals(List.of(1, 1, 1, 0, 0), store.rows.values().stream().map(r -> r.attempts).toList());
        clock.now = NOW.plusSeconds(1);
        delivery.down = false;
        dispatcher.sendDue();
        assertEquals(List.of("r4@acme.example", "r5@acme.example"), delivery.sent);
    }

    @Test
    void afterTheLastAllowedAttemptTheMailIsFailedButKept() {
        FakeStore.Row row = store.add(1);
        delivery.down = true;

        dispatcher.sendDue();                   // attempt 1, retry after 10 s
        clock.now = clock.now.plusSeconds(10);
        dispatcher.sendDue();                   // attempt 2, retry after 20 s
        assertEquals(clock.now.plusSeconds(20), row.next);
        clock.now = clock.now.plusSeconds(20);
        dispatcher.sendDue();                   // attempt 3 of 3: given up

        assertEquals(MailStatus.FAILED, row.status);
        assertEquals(3, row.attempts);
        assertTrue(row.error.contains("Could not connect"), row.error);
        assertNull(row.sentAt);
        assertTrue(store.rows.containsKey(1L));

        clock.now = clock.now.plus(Duration.ofDays(1));
        delivery.down = false;
        dispatcher.sendDue();
        assertEquals(List.of(), delivery.sent, "a failed mail is not picked up again");
    }

    @Test
    void aMailClaimedByAnotherNodeMeanwhileIsNotSentHere() {
        store.add(1);
        OutboxStore.Due seen = store.due(NOW, 10).get(0);
        store.claim(seen, NOW, NOW.plus(MailDispatcher.CLAIM_LEASE));    // the other node

        dispatcher.sendDue();

        assertEquals(List.of(), delivery.sent);
    }

    @Test
    void aClaimReservesTheMailForTheConfiguredLease() {
        List<Instant> leases = new ArrayList<>();
        FakeStore recording = new FakeStore() {
            @Override
            public Optional<ClaimedMail> claim(Due due, Instant now, Instant leaseUntil) {
                leases.add(leaseUntil);
                return super.claim(due, now, leaseUntil);
            }
        };
        recording.add(1);
        new MailDispatcher(recording, delivery, clock, Duration.ofSeconds(5), 3, Duration.ofSeconds(45)).sendDue();
        assertEquals(List.of(NOW.plusSeconds(45)), leases);
    }

    @Test
    void aLeaseShorterThanOneSendCanTakeIsRefused() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new MailDispatcher(store, delivery, clock, Duration.ofSeconds(5), 3, Duration.ofSeconds(29)));
        assertTrue(refused.getMessage().contains("annex.mail.claim-lease"), refused.getMessage());
    }

    @Test
    void anInvalidRowFailsLikeASendWouldInsteadOfStoppingTheRun() {
        OutboxStore invalidFirst = new FakeStore() {
            @Override
            public Optional<ClaimedMail> claim(Due due, Instant now, Instant leaseUntil) {
                return super.claim(due, now, leaseUntil)
                        .map(m -> due.id() == 1 ? new ClaimedMail(m.id(), m.tenantId(), m.attempt(), "not an address",
                                m.subject(), m.body(), null) : m);
            }
        };
        FakeStore rows = (FakeStore) invalidFirst;
        rows.add(1);
        rows.add(2);

        new MailDispatcher(invalidFirst, delivery, clock, Duration.ofSeconds(5), 3, BackoffPolicy.DEFAULT).sendDue();

        assertEquals(MailStatus.PENDING, rows.rows.get(1L).status);
        assertTrue(rows.rows.get(1L).error.contains("Mail recipient"), rows.rows.get(1L).error);
        assertEquals(List.of("r2@acme.example"), delivery.sent);
    }

    @Test
    void theErrorRecordedNamesTheCausesOnceOnOneLine() {
        String described = MailDispatcher.describe(new IllegalStateException("Outbox row unreadable",
                new java.net.ConnectException("Connection refused")));
        assertEquals("java.lang.IllegalStateException: Outbox row unreadable"
                + " / caused by java.net.ConnectException: Connection refused", described);

        String mail = MailDispatcher.describe(new MessagingException("Could not connect",
                new java.net.ConnectException("Connection refused")));
        assertEquals(1, mail.split("Connection refused", -1).length - 1, mail);
        assertTrue(!mail.contains("\n") && !mail.contains("\t"), mail);
    }

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
