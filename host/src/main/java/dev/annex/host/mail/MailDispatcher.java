package dev.annex.host.mail;

import dev.annex.host.time.BackoffPolicy;
import dev.annex.host.time.PollingLoop;
import dev.annex.host.time.RetryPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: polls it every {@code annex.mail.poll-interval} and whenever a transaction
 * that queued mail commits, claims due mail a row at a time (so several nodes can run this),
 * sends it, and records the outcome. A failed send keeps the mail and tries again with
 * backoff; after {@code annex.mail.max-attempts} attempts the mail is marked FAILED, never lost.
 * Delivery is at least once: a node that dies between the server's acceptance and recording it
 * leaves the mail to be sent again when its claim runs out.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    /** Mails read per query; each is still claimed on its own just before it is sent. */
    static final int BATCH_SIZE = 50;
    /**
     * How long a claim reserves a mail by default ({@code annex.mail.claim-lease}): well beyond what
     * the SMTP timeouts let one send take, so no other node sends it meanwhile. A mail claimed by a
     * node that died is sent by another once the lease ends.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);
    /**
     * Failures in a row that end a run early: when the SMTP server is down, the rest of the queue
     * is left for the next poll rather than each mail waiting out a connect timeout and using up
     * an attempt.
     */
    static final int FAILURES_TO_PAUSE = 3;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private final OutboxStore store;
    private final MailDelivery delivery;
    private final Clock clock;
    private final Duration pollInterval;
    private final RetryPolicy retries;
    private final Duration claimLease;
    private final PollingLoop loop;

    @Inject
    public MailDispatcher(OutboxStore store, MailDelivery delivery, Clock clock,
                          @ConfigProperty(name = "annex.mail.poll-interval", defaultValue = "PT5S") Duration pollInterval,
                          @ConfigProperty(name = "annex.mail.max-attempts", defaultValue = "8") int maxAttempts,
                          @ConfigProperty(name = "annex.mail.claim-lease", defaultValue = "PT5M") Duration claimLease) {
        this(store, delivery, clock, pollInterval, maxAttempts, BackoffPolicy.DEFAULT, claimLease);
    }

    MailDispatcher(OutboxStore store, MailDelivery delivery, Clock clock, Duration pollInterval, int maxAttempts,
                   BackoffPolicy backoff) {
        this(store, delivery, clock, pollInterval, maxAttempts, backoff, CLAIM_LEASE);
    }

    private MailDispatcher(OutboxStore store, MailDelivery delivery, Clock clock, Duration pollInterval,
                           int maxAttempts, BackoffPolicy backoff, Duration claimLease) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("annex.mail.poll-interval must be positive, was " + pollInterval);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("annex.mail.max-attempts must be at least 1, was " + maxAttempts);
        }
        this.store = store;
        this.delivery = delivery;
        this.clock = clock;
        this.pollInterval = pollInterval;
        if (claimLease.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("annex.mail.claim-lease must be at least PT30S (a send may take"
                    + " that long before SMTP times out), was " + claimLease);
        }
        this.retries = new RetryPolicy(backoff, maxAttempts);
        this.claimLease = claimLease;
        this.loop = new PollingLoop("mail outbox", pollInterval, this::sendDue);
    }

    /** For CDI's client proxy only. */
    protected MailDispatcher() {
        this(null, null, null, Duration.ofSeconds(5), 8, BackoffPolicy.DEFAULT);
    }

    /** Starts polling, first right away for mail left from before; called once the schema is migrated. */
    public void start() {
        // Read the SMTP settings now: a wrong one fails start-up instead of every mail.
        String target = delivery.describe();
        loop.start(executor, Duration.ZERO);
        LOG.info(() -> "Sending mail through " + target + ", polling the outbox every " + pollInterval);
    }

    /** Asks for a run now, without waiting for the next poll. Until {@link #start()}, the first poll will do. */
    public void wake() {
        loop.wake();
    }

    /** After a commit that queued mail (see {@link MailOutbox}): send it now rather than at the next poll. */
    void onMailQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.Queued queued) {
        wake();
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    /** Runs until nothing is due; one run at a time on this node, and never lets a failure end the polling. */
    void drain() {
        loop.runRounds();
    }

    /** One run: all due mail over as few SMTP connections as the server allows (see {@link MailDelivery#batch()}). */
    void sendDue() {
        int failuresInARow = 0;
        List<OutboxStore.Due> due;
        try (MailDelivery.Batch smtp = delivery.batch()) {
            do {
                due = store.due(clock.instant(), BATCH_SIZE);
                for (OutboxStore.Due candidate : due) {
                    if (loop.isStopped() || failuresInARow >= FAILURES_TO_PAUSE) {
                        return;
                    }
                    Instant now = clock.instant();
                    Optional<ClaimedMail> claimed = store.claim(candidate, now, now.plus(claimLease));
                    if (claimed.isPresent()) {
                        failuresInARow = attempt(smtp, claimed.get()) ? 0 : failuresInARow + 1;
                    }
                }
            } while (due.size() == BATCH_SIZE);
        }
    }

    /** @return whether the server accepted the mail */
    private boolean attempt(MailDelivery.Batch smtp, ClaimedMail mail) {
        try {
            smtp.send(mail.message());
        } catch (Exception e) {
            failed(mail, e);
            return false;
        }
        if (!store.markSent(mail, clock.instant())) {
            LOG.warning(() -> "Mail " + mail.id() + " was sent, but its claim had run out; it may be sent twice");
        }
        return true;
    }

    private void failed(ClaimedMail mail, Exception failure) {
        String error = describe(failure);
        Optional<Instant> retry = retries.nextAttempt(mail.attempt(), clock.instant());
        if (retry.isEmpty()) {
            store.markFailed(mail, error);
            LOG.warning(() -> "Mail " + mail.id() + " of tenant " + mail.tenantId() + " failed " + mail.attempt()
                    + " times and is given up: " + error);
            return;
        }
        Instant next = retry.get();
        store.retryAt(mail, error, next);
        LOG.info(() -> "Mail " + mail.id() + " of tenant " + mail.tenantId() + ": attempt " + mail.attempt() + " of "
                + retries.maxAttempts() + " failed, next at " + next + ": " + error);
    }

    /** The failure and its causes on one line: what the operator sees in LAST_ERROR. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure));
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < 3; depth++) {
            // Jakarta Mail's exceptions already name their nested exception.
            if (text.indexOf(cause.toString()) < 0) {
                text.append(" / caused by ").append(cause);
            }
            failure = cause;
            cause = cause.getCause();
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
