package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import it.dev.annex.support.TestTenant;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail a plugin queues goes through the host's outbox to a real SMTP server. */
class PluginMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("annex.it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create("mail");
        PluginRuntimeIT.enable(tenant, "echo");
    }

    private void queue(String to, String subject, boolean thenFail, int expectedStatus) {
        tenant.admin().post(tenant.path("/plugins/echo/mail"), Json.createObjectBuilder().add("to", to)
                .add("subject", subject).add("body", "Body of " + subject).add("thenFail", thenFail).build())
                .expect(expectedStatus);
    }

    private static List<String> subjects(MimeMessage[] messages) throws Exception {
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void queuedMailArrivesAtTheSmtpServer() throws Exception {
        queue("follower@example.com", "Ticket 42 was updated", false, 200);
        assertTrue(SMTP.waitForIncomingEmail(30_000, 1), "no mail arrived");
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertEquals("Ticket 42 was updated", message.getSubject());
        assertEquals("follower@example.com", message.getAllRecipients()[0].toString());
    }

    @Test
    void mailOfARolledBackRequestIsNeverSent() throws Exception {
        queue("a@example.com", "Rolled back", true, 409);
        queue("a@example.com", "Committed", false, 200);
        assertTrue(SMTP.waitForIncomingEmail(30_000, 1));
        Thread.sleep(2000);
        assertEquals(List.of("Committed"), subjects(SMTP.getReceivedMessages()));
    }

    @Test
    void anInvalidAddressIsRejectedAndNothingQueued() throws Exception {
        tenant.admin().post(tenant.path("/plugins/echo/mail"),
                "{\"to\":\"not an address\",\"subject\":\"x\",\"body\":\"y\"}").expectProblem(422, "mail");
    }

    @Test
    void aSendFailureIsRetriedNotLost() throws Exception {
        SMTP.stop();
        queue("later@example.com", "Sent after the outage", false, 200);
        Thread.sleep(3000);
        SMTP.start();
        assertTrue(SMTP.waitForIncomingEmail(60_000, 1), "the mail was not retried");
        assertEquals(List.of("Sent after the outage"), subjects(SMTP.getReceivedMessages()));
    }
}
