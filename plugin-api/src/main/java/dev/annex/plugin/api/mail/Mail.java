package dev.annex.plugin.api.mail;

/**
 * A plain-text email to one recipient.
 *
 * @since 1.0.0
 */
public record Mail(String to, String subject, String body) {
}
