package dev.annex.host.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
 * is never without its mail. Sending happens on the {@link MailDispatcher}, woken after commit.
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

    private final MailDispatcher dispatcher;
    private final Clock clock;

    @Inject
    public MailOutbox(MailDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
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
        wakeDispatcherAfterCommit();
    }

    /** One wake-up per transaction, however many mails it queues. */
    private void wakeDispatcherAfterCommit() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(WakeAfterCommit.class) != null) {
            return;
        }
        transactions.putResource(WakeAfterCommit.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new WakeAfterCommit(dispatcher::wake));
    }
}
