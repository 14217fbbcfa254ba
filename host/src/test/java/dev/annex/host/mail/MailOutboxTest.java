package dev.annex.host.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queueing on a real (Derby) outbox table, with the container's transaction registry played by a
 * fake. The outbox announces queued mail once per transaction; that the sender hears of it only
 * after a commit is the CDI container's part (a transactional observer, see the mail ITs).
 */
class MailOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** One transaction's registry: its resources, its synchronizations, and how it ends. */
    private static final class FakeRegistry implements TransactionSynchronizationRegistry {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();
        int status = Status.STATUS_ACTIVE;

        void complete(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            status = outcome;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }

    /** Counts the announcements instead of notifying observers. */
    private static final class CountingEvent implements Event<MailOutbox.Queued> {
        int fired;

        @Override
        public void fire(MailOutbox.Queued event) {
            fired++;
        }

        @Override
        public <U extends MailOutbox.Queued> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends MailOutbox.Queued> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<MailOutbox.Queued> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends MailOutbox.Queued> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends MailOutbox.Queued> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    @TempDir
    static Path scratch;

    private static OutboxDatabase db;
    private static long tenant;
    private final CountingEvent announced = new CountingEvent();
    private final MailOutbox outbox = new MailOutbox(announced, Clock.fixed(NOW, ZoneOffset.UTC));

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

    @Test
    void queuedMailIsStoredPendingAndDueAtOnceAndAnnouncedOncePerTransaction() throws Exception {
        FakeRegistry transaction = new FakeRegistry();
        db.inTransaction(em -> {
            outbox.em = em;
            outbox.transactions = transaction;
            outbox.queue(tenant, "partner-links", " Carol <carol@acme.example> ", "Ticket #42 was updated", "Text");
            outbox.queue(tenant, MailOutbox.HOST_SOURCE, "dave@acme.example", "Welcome", "");
            return null;
        });
        transaction.complete(Status.STATUS_COMMITTED);

        assertEquals(1, announced.fired, "one announcement per transaction");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TENANT_ID, SOURCE, RECIPIENT, SUBJECT, BODY, STATUS, ATTEMPTS,"
                     + " NEXT_ATTEMPT_AT, CREATED_AT, SENT_AT, LAST_ERROR FROM MAIL_OUTBOX ORDER BY SOURCE DESC")) {
            assertTrue(rows.next());
            assertEquals(tenant, rows.getLong("TENANT_ID"));
            assertEquals("partner-links", rows.getString("SOURCE"));
            assertEquals("Carol <carol@acme.example>", rows.getString("RECIPIENT"));
            assertEquals("Ticket #42 was updated", rows.getString("SUBJECT"));
            assertEquals("Text", rows.getString("BODY"));
            assertEquals("PENDING", rows.getString("STATUS"));
            assertEquals(0, rows.getInt("ATTEMPTS"));
            assertEquals(NOW, rows.getTimestamp("NEXT_ATTEMPT_AT").toInstant());
            assertEquals(NOW, rows.getTimestamp("CREATED_AT").toInstant());
            assertEquals(null, rows.getTimestamp("SENT_AT"));
            assertEquals(null, rows.getString("LAST_ERROR"));
            assertTrue(rows.next());
            assertEquals("", rows.getString("BODY"));
        }
        outboxStoreSees(2);
    }

    @Test
    void aRolledBackTransactionLeavesNoMail() {
        FakeRegistry transaction = new FakeRegistry();
        assertThrows(IllegalStateException.class, () -> db.inTransaction(em -> {
            outbox.em = em;
            outbox.transactions = transaction;
            outbox.queue(tenant, "host", "carol@acme.example", "Ticket #42 was updated", "Text");
            throw new IllegalStateException("the change failed after the mail was queued");
        }));
        transaction.complete(Status.STATUS_ROLLEDBACK);

        outboxStoreSees(0);
    }

    @Test
    void anInvalidAddressIsRefusedAndNothingIsStored() {
        FakeRegistry transaction = new FakeRegistry();
        IllegalArgumentException refused = db.inTransaction(em -> {
            outbox.em = em;
            outbox.transactions = transaction;
            return assertThrows(IllegalArgumentException.class,
                    () -> outbox.queue(tenant, "host", "carol at acme", "Subject", "Text"));
        });

        assertTrue(refused.getMessage().contains("'carol at acme' is not a valid email address"), refused.getMessage());
        assertEquals(0, announced.fired);
        outboxStoreSees(0);
    }

    @Test
    void theSourceIsRequiredAndAtMost64Characters() {
        db.inTransaction(em -> {
            outbox.em = em;
            outbox.transactions = new FakeRegistry();
            assertThrows(IllegalArgumentException.class, () -> outbox.queue(tenant, " ", "c@acme.example", "S", "T"));
            assertThrows(IllegalArgumentException.class,
                    () -> outbox.queue(tenant, "p".repeat(65), "c@acme.example", "S", "T"));
            return null;
        });
        outboxStoreSees(0);
    }

    @Test
    void withoutAnActiveTransactionNothingIsAnnounced() {
        FakeRegistry markedRollback = new FakeRegistry();
        markedRollback.setRollbackOnly();
        db.inTransaction(em -> {
            outbox.em = em;
            outbox.transactions = markedRollback;
            outbox.queue(tenant, "host", "carol@acme.example", "Subject", "Text");
            return null;
        });

        assertEquals(0, announced.fired);
    }

    private void outboxStoreSees(int pending) {
        OutboxStore store = new OutboxStore();
        int due = db.inTransaction(em -> {
            store.em = em;
            return store.due(NOW, 100).size();
        });
        assertEquals(pending, due);
    }
}
