package dev.annex.host.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Delivery against a real SMTP server (GreenMail on a free port), and against none. */
class MailDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("annex-smtp", "s3cret"));

    private static MailDelivery delivery(int port, String username, String password) {
        return new MailDelivery(new SmtpSettings("127.0.0.1", port, "Annex <annex@helpdesk.example>", username, password,
                false), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static int smtpPort() {
        return SMTP.getSmtp().getPort();
    }

    @Test
    void aMailsOwnSenderNameReplacesTheConfiguredOneButNotTheAddress() throws Exception {
        delivery(smtpPort(), null, null)
                .send(new MailMessage("carol@acme.example", "Ticket #42", "Text", "Acme Support – Ünits"));

        assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertArrayEquals(new Address[] {new InternetAddress("annex@helpdesk.example", "Acme Support – Ünits")},
                received.getFrom());
        assertEquals("<annex@helpdesk.example>", received.getHeader("Return-Path", null));
    }

    @Test
    void aMessageArrivesWithSenderRecipientSubjectAndTextIntact() throws Exception {
        String body = "Hello Carol,\n\nTicket #42 was updated — see the reply.\nÜmlauts and ✓ survive.";

        delivery(smtpPort(), null, null)
                .send(new MailMessage("Carol Contact <carol@acme.example>", "Ticket #42 — “VPN drops” ✓", body));

        assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertArrayEquals(new Address[] {new InternetAddress("annex@helpdesk.example", "Annex")}, received.getFrom());
        assertEquals("carol@acme.example", ((InternetAddress) received.getAllRecipients()[0]).getAddress());
        assertEquals("Ticket #42 — “VPN drops” ✓", received.getSubject());
        assertEquals(body, ((String) received.getContent()).replace("\r\n", "\n"));
        assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"), received.getContentType());
        assertEquals("auto-generated", received.getHeader("Auto-Submitted", null));
        assertEquals(NOW, received.getSentDate().toInstant());
        // The envelope sender is the configured from address, so bounces come back to it.
        assertEquals("<annex@helpdesk.example>", received.getHeader("Return-Path", null));
    }

    @Test
    void aBatchSendsManyMailsOverRenewedConnectionsAndAllArrive() throws Exception {
        int count = MailDelivery.MAILS_PER_CONNECTION * 2 + 5;
        try (MailDelivery.Batch batch = delivery(smtpPort(), null, null).batch()) {
            for (int i = 0; i < count; i++) {
                batch.send(new MailMessage("r" + i + "@acme.example", "Mail " + i, "Body " + i));
            }
        }

        assertTrue(SMTP.waitForIncomingEmail(10_000, count));
        assertEquals(count, SMTP.getReceivedMessages().length);
    }

    @Test
    void withCredentialsTheSenderSignsIn() throws Exception {
        delivery(smtpPort(), "annex-smtp", "s3cret").send(new MailMessage("dave@acme.example", "Signed in", "Text"));

        assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
        assertEquals("Signed in", SMTP.getReceivedMessages()[0].getSubject());
    }

    @Test
    void aRefusedSignInIsAFailureNotASilentSuccess() {
        MailDelivery wrongPassword = delivery(smtpPort(), "annex-smtp", "wrong");

        assertThrows(MessagingException.class,
                () -> wrongPassword.send(new MailMessage("dave@acme.example", "Refused", "Text")));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void whenTheServerIsDownSendingThrowsSoTheMailIsKeptForALaterAttempt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailDelivery down = delivery(closedPort, null, null);

        MessagingException failure = assertThrows(MessagingException.class,
                () -> down.send(new MailMessage("carol@acme.example", "Nobody listens", "Text")));
        assertTrue(MailDispatcher.describe(failure).contains(Integer.toString(closedPort)), MailDispatcher.describe(failure));
    }
}
