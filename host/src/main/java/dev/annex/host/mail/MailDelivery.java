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
        try (Batch batch = batch()) {
            batch.send(mail);
        }
    }

    /**
     * Several mails over one SMTP connection, opened on the first send and closed with the batch:
     * a queue of a thousand mails then costs one connection and sign-in per
     * {@link #MAILS_PER_CONNECTION} mails instead of one per mail. A send over a reused connection
     * that fails (the server may have dropped an idle one) is tried once more on a new connection.
     */
    public Batch batch() {
        return new SmtpBatch();
    }

    /** Mails sent over one connection before it is renewed: many servers cap this (often at 100). */
    static final int MAILS_PER_CONNECTION = 100;

    /** Sends mails; close it when done. Not for use by more than one thread. */
    public interface Batch extends AutoCloseable {

        /** Returns once the server accepted the mail; throws otherwise. */
        void send(MailMessage mail) throws MessagingException;

        @Override
        void close();
    }

    private final class SmtpBatch implements Batch {

        private Transport transport;
        private int sentOnConnection;

        @Override
        public void send(MailMessage mail) throws MessagingException {
            MimeMessage message = message(mail);
            boolean reused = transport != null;
            if (reused && sentOnConnection >= MAILS_PER_CONNECTION) {
                close();
                reused = false;
            }
            try {
                transport().sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                close();
                if (!reused) {
                    throw e;
                }
                transport().sendMessage(message, message.getAllRecipients());
            }
            sentOnConnection++;
        }

        private Transport transport() throws MessagingException {
            if (transport == null) {
                Transport opened = session.getTransport("smtp");
                opened.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport = opened;
                sentOnConnection = 0;
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                closeQuietly(transport);
                transport = null;
            }
        }
    }

    private MimeMessage message(MailMessage mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(sender(mail));
        message.setRecipient(Message.RecipientType.TO, MailMessage.recipient(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        // RFC 3834: machine-sent, so vacation responders and other robots do not answer it.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    /** The configured sender, or its address under the mail's own display name (encoded if need be). */
    private InternetAddress sender(MailMessage mail) throws MessagingException {
        InternetAddress configured = new InternetAddress(settings.from(), true);
        if (mail.senderName() == null) {
            return configured;
        }
        try {
            return new InternetAddress(configured.getAddress(), mail.senderName(), StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
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
