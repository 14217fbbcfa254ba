package dev.annex.host.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The worker's side of the outbox table, each call in a transaction of its own so that no
 * transaction is held open while SMTP is talked to. A mail is claimed by a conditional update
 * (still pending, still at the attempt count that was read, still due), which at most one node
 * or overlapping run can win; the claim moves the next attempt past the sending time, so it is
 * retried only if its sender dies. Results are recorded only while the claim is still the
 * latest: every update names the attempt it records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    /** A mail that was due when read: its id and how many attempts it had then. */
    public record Due(long id, int attempts) {
    }

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    /** Up to {@code limit} pending mails due at {@code now}, the longest-waiting first. */
    public List<Due> due(Instant now, int limit) {
        return em.createQuery("SELECT m.id, m.attempts FROM OutboxEntity m"
                        + " WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                        + " ORDER BY m.nextAttemptAt, m.id", Object[].class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new Due(((Number) row[0]).longValue(), ((Number) row[1]).intValue()))
                .toList();
    }

    /**
     * Claims a due mail for one attempt, reserving it until {@code leaseUntil}.
     *
     * @return the mail, or empty if another run claimed it (or it was settled) since it was read
     */
    public Optional<ClaimedMail> claim(Due due, Instant now, Instant leaseUntil) {
        int claimed = em.createQuery("UPDATE OutboxEntity m SET m.attempts = m.attempts + 1, m.nextAttemptAt = :lease"
                        + " WHERE m.id = :id AND m.status = :pending AND m.attempts = :attempts AND m.nextAttemptAt <= :now")
                .setParameter("lease", leaseUntil)
                .setParameter("id", due.id())
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("attempts", due.attempts())
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(em.find(OutboxEntity.class, due.id()).toClaimed());
    }

    /** @return false if the claim had run out and the mail was taken over meanwhile */
    public boolean markSent(ClaimedMail mail, Instant sentAt) {
        return em.createQuery("UPDATE OutboxEntity m SET m.status = :sent, m.sentAt = :sentAt"
                        + " WHERE m.id = :id AND m.status = :pending AND m.attempts = :attempt")
                .setParameter("sent", MailStatus.SENT)
                .setParameter("sentAt", sentAt)
                .setParameter("id", mail.id())
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("attempt", mail.attempt())
                .executeUpdate() > 0;
    }

    /** Records a failed attempt and when to try again. */
    public boolean retryAt(ClaimedMail mail, String error, Instant nextAttemptAt) {
        return em.createQuery("UPDATE OutboxEntity m SET m.lastError = :error, m.nextAttemptAt = :next"
                        + " WHERE m.id = :id AND m.status = :pending AND m.attempts = :attempt")
                .setParameter("error", truncate(error))
                .setParameter("next", nextAttemptAt)
                .setParameter("id", mail.id())
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("attempt", mail.attempt())
                .executeUpdate() > 0;
    }

    /** Records the last failed attempt: the mail stays in the table, FAILED, with its error. */
    public boolean markFailed(ClaimedMail mail, String error) {
        return em.createQuery("UPDATE OutboxEntity m SET m.status = :failed, m.lastError = :error"
                        + " WHERE m.id = :id AND m.status = :pending AND m.attempts = :attempt")
                .setParameter("failed", MailStatus.FAILED)
                .setParameter("error", truncate(error))
                .setParameter("id", mail.id())
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("attempt", mail.attempt())
                .executeUpdate() > 0;
    }

    private static String truncate(String error) {
        if (error == null || error.length() <= OutboxEntity.MAX_ERROR_LENGTH) {
            return error;
        }
        return error.substring(0, OutboxEntity.MAX_ERROR_LENGTH - 1) + "…";
    }
}
