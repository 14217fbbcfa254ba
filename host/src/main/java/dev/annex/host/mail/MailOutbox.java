package dev.annex.host.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues mail in the caller's transaction: the mail of a change is stored with the change and
 * sent only once both are committed, so a rolled-back change sends nothing and a committed one
 * is never without its mail. Sending happens on the {@link MailDispatcher}, woken after commit
 * (a CDI transactional observer of {@link Queued}).
 */
@ApplicationScoped
// A refused mail is refused before anything is written: the caller may catch that and carry on,
// so it must not doom the caller's transaction as a runtime exception otherwise would.
@Transactional(dontRollbackOn = IllegalArgumentException.class)
public class MailOutbox {

    /** The source of mail the host itself sends; plugins' mail carries the plugin id. */
    public static final String HOST_SOURCE = "host";
    static final int MAX_SOURCE_LENGTH = 64;

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Event<Queued> queued;
    private final Clock clock;

    @Inject
    public MailOutbox(Event<Queued> queued, Clock clock) {
        this.queued = queued;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected MailOutbox() {
        this(null, null);
    }

    /**
     * Stores a plain-text mail as PENDING in the current transaction (or in one of its own if
     * there is none). It is sent after commit, and retried with backoff if sending fails.
     *
     * @param source {@link #HOST_SOURCE} or the id of the plugin that sends it
     * @param to     one address, optionally with a display name: {@code Carol <carol@acme.example>}
     * @throws IllegalArgumentException if the address is not valid or a value is missing or too long
     */
    public void queue(long tenantId, String source, String to, String subject, String body) {
        queue(tenantId, source, to, subject, body, null);
    }

    /**
     * As {@link #queue(long, String, String, String, String)}, sent with this From display name
     * (the address stays the configured one); null for the configured name.
     */
    public void queue(long tenantId, String source, String to, String subject, String body, String senderName) {
        if (source == null || source.isBlank() || source.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("Mail source must be 1 to " + MAX_SOURCE_LENGTH + " characters");
        }
        MailMessage mail = new MailMessage(to, subject, body, senderName);
        Instant now = Instant.now(clock);
        OutboxEntity entity = new OutboxEntity();
        entity.tenantId = tenantId;
        entity.source = source;
        entity.recipient = mail.to();
        entity.subject = mail.subject();
        entity.body = mail.body();
        entity.senderName = mail.senderName();
        entity.status = MailStatus.PENDING;
        entity.attempts = 0;
        entity.nextAttemptAt = now;
        entity.createdAt = now;
        em.persist(entity);
        announceOncePerTransaction();
    }

    /** Mail was queued in a transaction; observed once it has committed, to send without waiting for the next poll. */
    public record Queued() {
    }

    /** One announcement (so one wake-up) per transaction, however many mails it queues. */
    private void announceOncePerTransaction() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(Queued.class) != null) {
            return;
        }
        transactions.putResource(Queued.class, Boolean.TRUE);
        queued.fire(new Queued());
    }
}
