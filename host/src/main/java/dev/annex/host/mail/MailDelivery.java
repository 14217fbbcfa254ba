package dev.annex.host.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Hands one message to the SMTP server. Returns only once the server has accepted it; any
 * failure (server down, refused, timed out) is thrown so that the caller can keep the mail and
 * try again. Knows nothing of the outbox.
 */
@ApplicationScoped
public class MailDelivery {

    private final SmtpSettings settings;
    private final Clock clock;
    private final Session session;

    @Inject
    public MailDelivery(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.session = settings == null ? null : Session.getInstance(settings.sessionProperties());
    }

    /** For CDI's client proxy only. */
    protected MailDelivery() {
        this(null, null);
    }

    public void send(MailMessage mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, MailMessage.recipient(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        // RFC 3834: machine-sent, so vacation responders and other robots do not answer it.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        Transport transport = session.getTransport("smtp");
        try {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            closeQuietly(transport);
        }
    }

    /** Once the server has accepted the message, a failing QUIT must not make it count as unsent (and sent twice). */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The connection is gone either way.
        }
    }

    /** Where mail goes, for the start-up log line (without the password). */
    public String describe() {
        return settings.host() + ":" + settings.port() + " as " + settings.from()
                + (settings.startTls() ? " (STARTTLS)" : "");
    }
}
