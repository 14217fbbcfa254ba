package dev.annex.host.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt (or being attempted: a claim only pushes the next attempt out). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed; kept with its last error for the operator. */
    FAILED
}
