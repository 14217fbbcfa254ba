package dev.annex.host.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail in the outbox. Not EclipseLink-multitenant because the sending worker reads every
 * tenant's mail; every query on it names the tenant or the row explicitly instead.
 */
@Entity
@Table(name = "MAIL_OUTBOX")
public class OutboxEntity {

    static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TENANT_ID", nullable = false)
    long tenantId;

    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    String recipient;

    @Column(nullable = false)
    String subject;

    @Column(nullable = false)
    String body;

    /** The From display name, if not the configured one. */
    @Column(name = "SENDER_NAME")
    String senderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MailStatus status;

    /** Attempts started so far; a claim counts one before the mail is handed to SMTP. */
    @Column(nullable = false)
    int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "LAST_ERROR")
    String lastError;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "SENT_AT")
    Instant sentAt;

    ClaimedMail toClaimed() {
        return new ClaimedMail(id, tenantId, attempts, recipient, subject, body, senderName);
    }
}
