package dev.annex.host.mail;

/**
 * A mail this node has claimed for one attempt. {@code attempt} counts from 1 and is the claim's
 * identity: the result of the attempt is recorded only if the row is still at this attempt.
 */
public record ClaimedMail(long id, long tenantId, int attempt, String to, String subject, String body,
                          String senderName) {

    /** The message to send, validated again: a row that is not valid fails like a send would. */
    public MailMessage message() {
        return new MailMessage(to, subject, body, senderName);
    }
}
