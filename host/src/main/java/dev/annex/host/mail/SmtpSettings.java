package dev.annex.host.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Properties;

/**
 * Where and how outgoing mail is handed over: the SMTP server, the sender address and optional
 * credentials. Checked when made, so a wrong setting stops start-up rather than every mail.
 *
 * @param from     the sender, optionally with a display name: {@code Annex <annex@helpdesk.example>}
 * @param username null for a server that takes mail without authentication
 * @param startTls upgrade the connection with STARTTLS, and refuse to send if the server cannot
 */
public record SmtpSettings(String host, int port, String from, String username, String password, boolean startTls) {

    /** Connect, read and write timeout: a hanging server fails the attempt instead of holding the worker. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("annex.smtp.host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("annex.smtp.port must be between 1 and 65535, was " + port);
        }
        envelopeSender(from);
        username = username == null || username.isBlank() ? null : username;
        password = username == null ? null : password;
    }

    /** The bare address of {@code from} (which may carry a display name): SMTP's MAIL FROM, where bounces go. */
    String envelopeSender() {
        return envelopeSender(from);
    }

    private static String envelopeSender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("annex.smtp.from must not be empty");
        }
        try {
            return new InternetAddress(from, true).getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("annex.smtp.from '" + from + "' is not a valid email address", e);
        }
    }

    boolean authenticates() {
        return username != null;
    }

    /** The Jakarta Mail session properties for these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.from", envelopeSender());
        properties.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        String timeout = Long.toString(TIMEOUT.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        if (startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** Never prints the password: these settings end up in log lines. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", from=" + from + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", startTls=" + startTls + "]";
    }
}
