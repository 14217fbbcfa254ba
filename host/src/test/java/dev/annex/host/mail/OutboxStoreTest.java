package dev.annex.host.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's queries on a real (Derby) outbox table created by the real migration. */
class OutboxStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LEASE = NOW.plus(MailDispatcher.CLAIM_LEASE);

    @TempDir
    static Path scratch;

    private static OutboxDatabase db;
    private static long tenant;
    private final OutboxStore store = new OutboxStore();

    @BeforeAll
    static void createDatabase() {
        db = new OutboxDatabase(scratch);
        tenant = db.createTenant("acme");
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @BeforeEach
    void emptyOutbox() {
        db.emptyOutbox();
    }

    private <T> T inTransaction(Function<OutboxStore, T> work) {
        return db.inTransaction(em -> {
            store.em = em;
            return work.apply(store);
        });
    }

    private long insert(String to, Instant nextAttemptAt) {
        return db.inTransaction(em -> {
            OutboxEntity entity = new OutboxEntity();
            entity.tenantId = tenant;
            entity.source = "host";
            entity.recipient = to;
            entity.subject = "Subject for " + to;
            entity.body = "Body";
            entity.status = MailStatus.PENDING;
            entity.nextAttemptAt = nextAttemptAt;
            entity.createdAt = NOW;
            em.persist(entity);
            em.flush();
            return entity.id;
        });
    }

    @Test
    void dueMailIsListedLongestWaitingFirstAndFutureMailNot() {
        long later = insert("later@acme.example", NOW.minusSeconds(10));
        long earlier = insert("earlier@acme.example", NOW.minusSeconds(60));
        long exactlyNow = insert("now@acme.example", NOW);
        insert("future@acme.example", NOW.plusMillis(1));

        List<OutboxStore.Due> due = inTransaction(s -> s.due(NOW, 10));

        assertEquals(List.of(new OutboxStore.Due(earlier, 0), new OutboxStore.Due(later, 0),
                new OutboxStore.Due(exactlyNow, 0)), due);
        assertEquals(2, inTransaction(s -> s.due(NOW, 2)).size());
    }

    @Test
    void aClaimCountsTheAttemptAndReservesTheMailSoNoOtherRunCanClaimIt() throws Exception {
        long id = insert("carol@acme.example", NOW);
        OutboxStore.Due due = inTransaction(s -> s.due(NOW, 10)).get(0);

        Optional<ClaimedMail> claimed = inTransaction(s -> s.claim(due, NOW, LEASE));
        Optional<ClaimedMail> again = inTransaction(s -> s.claim(due, NOW, LEASE));

        assertEquals(Optional.of(new ClaimedMail(id, tenant, 1, "carol@acme.example", "Subject for carol@acme.example",
                "Body", null)), claimed);
        assertEquals(Optional.empty(), again, "the second claim of what was read as due loses");
        assertEquals(List.of(), inTransaction(s -> s.due(NOW.plusSeconds(60), 10)), "reserved, not due");
        assertEquals(List.of(new OutboxStore.Due(id, 1)), inTransaction(s -> s.due(LEASE, 10)),
                "due again only when the claim runs out (its sender died)");
        assertEquals("PENDING", column(id, "STATUS"));
        assertEquals(Timestamp.from(LEASE), column(id, "NEXT_ATTEMPT_AT"));
    }

    @Test
    void aSentMailIsMarkedSentAndNeverDueAgain() throws Exception {
        long id = insert("carol@acme.example", NOW);
        ClaimedMail mail = claimFirst();

        assertTrue(recorded(s -> s.markSent(mail, NOW.plusSeconds(1))));

        assertEquals("SENT", column(id, "STATUS"));
        assertEquals(Timestamp.from(NOW.plusSeconds(1)), column(id, "SENT_AT"));
        assertEquals(List.of(), inTransaction(s -> s.due(NOW.plus(Duration.ofDays(1)), 10)));
    }

    @Test
    void aFailedAttemptIsRecordedAndTheMailIsDueAgainAtTheRetryTime() throws Exception {
        long id = insert("carol@acme.example", NOW);
        ClaimedMail mail = claimFirst();

        assertTrue(recorded(s -> s.retryAt(mail, "MailConnectException: refused", NOW.plusSeconds(10))));

        assertEquals("PENDING", column(id, "STATUS"));
        assertEquals(1, column(id, "ATTEMPTS"));
        assertEquals("MailConnectException: refused", column(id, "LAST_ERROR"));
        assertEquals(List.of(), inTransaction(s -> s.due(NOW.plusSeconds(9), 10)));
        OutboxStore.Due due = inTransaction(s -> s.due(NOW.plusSeconds(10), 10)).get(0);
        assertEquals(2, inTransaction(s -> s.claim(due, NOW.plusSeconds(10), LEASE)).orElseThrow().attempt());
    }

    @Test
    void aMailGivenUpIsKeptAsFailedWithItsErrorCutToTheColumnSize() throws Exception {
        long id = insert("carol@acme.example", NOW);
        ClaimedMail mail = claimFirst();

        assertTrue(recorded(s -> s.markFailed(mail, "x".repeat(5000))));

        assertEquals("FAILED", column(id, "STATUS"));
        assertEquals(OutboxEntity.MAX_ERROR_LENGTH, ((String) column(id, "LAST_ERROR")).length());
        assertEquals(List.of(), inTransaction(s -> s.due(NOW.plus(Duration.ofDays(1)), 10)));
    }

    @Test
    void theOutcomeOfAnOutdatedClaimIsNotRecorded() throws Exception {
        long id = insert("carol@acme.example", NOW);
        ClaimedMail first = claimFirst();
        // The first sender hung past its lease; another run took the mail over.
        OutboxStore.Due due = inTransaction(s -> s.due(LEASE, 10)).get(0);
        ClaimedMail second = inTransaction(s -> s.claim(due, LEASE, LEASE.plus(MailDispatcher.CLAIM_LEASE))).orElseThrow();

        assertFalse(recorded(s -> s.markFailed(first, "late failure")));
        assertFalse(recorded(s -> s.retryAt(first, "late failure", NOW)));
        assertTrue(recorded(s -> s.markSent(second, LEASE)));

        assertEquals("SENT", column(id, "STATUS"));
        assertNull(column(id, "LAST_ERROR"));
        assertFalse(recorded(s -> s.markSent(first, LEASE)));
    }

    /** Runs a mark… call; its result says whether the outcome was recorded. */
    private boolean recorded(Function<OutboxStore, Boolean> work) {
        return inTransaction(work);
    }

    private ClaimedMail claimFirst() {
        OutboxStore.Due due = inTransaction(s -> s.due(NOW, 10)).get(0);
        return inTransaction(s -> s.claim(due, NOW, LEASE)).orElseThrow();
    }

    private Object column(long id, String column) throws Exception {
        try (Connection connection = db.connect();
             PreparedStatement query = connection.prepareStatement("SELECT " + column + " FROM MAIL_OUTBOX WHERE ID = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getObject(1);
            }
        }
    }
}
