package dev.annex.plugin.testkit.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real SMTP server the running Annex sends its mail to (GreenMail, on the port failsafe passes
 * as {@code annex.server.smtp.port}, 3025 by default), as a JUnit 5 extension that also reads what
 * arrived. A test class registers one:
 * <pre>{@code
 * @RegisterExtension
 * static final Mailbox MAIL = new Mailbox();
 * …
 * MimeMessage mail = MAIL.await(tenant.email("carol"), "Printer on fire", 1).get(0);
 * }</pre>
 * Its inbox is emptied before each test. Addresses made with {@link TestTenant#email} are unique to a
 * tenant, so tests never read each other's mail.
 */
public final class Mailbox extends GreenMailExtension {

    private static final Pattern ACTIVATION = Pattern.compile("/t/([a-z0-9-]+)/activate#([A-Za-z0-9_-]{43})");

    public Mailbox() {
        super(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The port the server sends to. */
    public static int port() {
        return Integer.getInteger("annex.server.smtp.port", 3025);
    }

    /** The mail received so far for this address (exactly, ignoring case) whose subject contains {@code subjectPart}. */
    public List<MimeMessage> to(String email, String subjectPart) {
        return Arrays.stream(getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email) && subject(m).contains(subjectPart)).toList();
    }

    /** Waits until at least {@code count} such mails arrived; returns them. */
    public List<MimeMessage> await(String email, String subjectPart, int count) {
        return await(email, subjectPart, count, Eventually.AT_MOST);
    }

    /** As {@link #await(String, String, int)}, for mail that waits on something slower than the host. */
    public List<MimeMessage> await(String email, String subjectPart, int count, Duration atMost) {
        Eventually.eventually().atMost(atMost).alias(count + " mail(s) to " + email + " about '" + subjectPart + "'")
                .until(() -> to(email, subjectPart).size() >= count);
        return to(email, subjectPart);
    }

    /** "recipient: subject" of everything received: what an assertion message shows. */
    public List<String> subjects() {
        return Arrays.stream(getReceivedMessages()).map(m -> recipient(m) + ": " + subject(m)).toList();
    }

    /**
     * The secret of the {@code nth} (1-based) "Choose your password" mail the host sent this address
     * (a person made by invitation), once it has arrived: what the activation page takes.
     */
    public String activationSecret(String email, int nth) {
        String body = body(await(email, "Choose your password", nth).get(nth - 1));
        Matcher link = ACTIVATION.matcher(body);
        assertTrue(link.find(), body);
        return link.group(2);
    }

    /** The text as the reader sees it: transfer encoding (quoted-printable) undone. */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject, MIME encoded words decoded (a tenant's name may need them). */
    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
