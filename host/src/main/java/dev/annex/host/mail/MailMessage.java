package dev.annex.host.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A plain-text mail to one recipient, checked when it is made so that a bad address or an
 * oversized text is refused to the code queueing it, not discovered by the worker later. The
 * limits are the outbox columns' sizes.
 */
public record MailMessage(String to, String subject, String body, String senderName) {

    static final int MAX_RECIPIENT_LENGTH = 320;
    /** RFC 5321's limit on the address itself (without a display name). */
    static final int MAX_ADDRESS_LENGTH = 254;
    static final int MAX_SUBJECT_LENGTH = 500;
    static final int MAX_BODY_LENGTH = 20_000;
    static final int MAX_SENDER_NAME_LENGTH = 100;

    /** A mail from the configured sender, name and address. */
    public MailMessage(String to, String subject, String body) {
        this(to, subject, body, null);
    }

    /**
     * @param senderName the From display name instead of the configured one (the address stays the
     *                   configured {@code annex.smtp.from}), or null; blank counts as null
     */
    public MailMessage {
        to = to == null ? null : to.strip();
        recipient(to);
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("Mail subject is required");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("Mail subject is longer than " + MAX_SUBJECT_LENGTH + " characters");
        }
        // Jakarta Mail writes CR and LF of a subject as they are: a line break would start a new header.
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Mail subject must be one line without control characters");
        }
        if (body == null) {
            throw new IllegalArgumentException("Mail body is required (it may be empty)");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("Mail body is longer than " + MAX_BODY_LENGTH + " characters");
        }
        senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
        if (senderName != null && senderName.length() > MAX_SENDER_NAME_LENGTH) {
            throw new IllegalArgumentException("Mail sender name is longer than " + MAX_SENDER_NAME_LENGTH + " characters");
        }
        if (senderName != null && senderName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Mail sender name must be one line without control characters");
        }
        // PostgreSQL cannot store NUL in text; refuse it here with a message rather than at commit.
        if (body.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Mail body must not contain NUL characters");
        }
    }

    /**
     * Parses one recipient strictly (RFC 822 syntax, a domain required, no groups), with or
     * without a display name: {@code carol@acme.example} or {@code Carol <carol@acme.example>}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static InternetAddress recipient(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("Mail recipient is required");
        }
        if (to.length() > MAX_RECIPIENT_LENGTH) {
            throw new IllegalArgumentException("Mail recipient is longer than " + MAX_RECIPIENT_LENGTH + " characters");
        }
        InternetAddress address;
        try {
            address = new InternetAddress(to, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("Mail recipient '" + to + "' is not a valid email address: "
                    + e.getMessage(), e);
        }
        if (address.isGroup()) {
            throw new IllegalArgumentException("Mail recipient '" + to + "' is a group, not one address");
        }
        if (address.getAddress().length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("Mail recipient's address is longer than " + MAX_ADDRESS_LENGTH
                    + " characters");
        }
        return address;
    }
}
