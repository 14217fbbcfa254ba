package dev.annex.plugin.api.mail;

/**
 * A plain-text email to one recipient.
 *
 * @param senderName the display name of the sender ({@code From: Acme Support <annex@helpdesk.example>}),
 *                   or null for the host's own; the address is always the host's. One line, at most
 *                   100 characters (since 1.1.0)
 * @since 1.0.0
 */
public record Mail(String to, String subject, String body, String senderName) {

    /** A mail from the host's sender (name and address), as in 1.0.0. */
    public Mail(String to, String subject, String body) {
        this(to, subject, body, null);
    }

    /**
     * The same mail under another sender name.
     *
     * <pre>{@code
     * context.outbox().queue(tenant, new Mail(person.email(), "Ticket #42 was updated", text).from("Acme Support"));
     * }</pre>
     *
     * @since 1.1.0
     */
    public Mail from(String name) {
        return new Mail(to, subject, body, name);
    }
}
