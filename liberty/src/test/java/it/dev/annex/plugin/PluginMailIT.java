package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail a plugin queues goes through the host's outbox to a real MAIL server. */
class PluginMailIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create("mail");
        tenant.enable("echo");
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

    /**
     * Waits (bounded) for a mail with this subject. Delivery is at least once, and mail of other
     * tests may still be on its way, so tests look for their own subjects only.
     */
    private static MimeMessage awaitSubject(String subject) {
        return Eventually.eventually().alias("a mail with subject " + subject).until(() -> withSubject(subject),
                java.util.Objects::nonNull);
    }

    private static MimeMessage withSubject(String subject) throws Exception {
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        return null;
    }

    @Test
    void queuedMailArrivesAtTheSmtpServer() throws Exception {
        queue("follower@example.com", "Ticket 42 was updated", false, 200);
        MimeMessage message = awaitSubject("Ticket 42 was updated");
        assertEquals("follower@example.com", message.getAllRecipients()[0].toString());
    }

    @Test
    void mailOfARolledBackRequestIsNeverSent() throws Exception {
        queue("a@example.com", "Rolled back", true, 409);
        queue("a@example.com", "Committed", false, 200);
        awaitSubject("Committed");
        Eventually.keepsHolding(() -> assertFalse(subjects(MAIL.getReceivedMessages()).contains("Rolled back")));
    }

    @Test
    void anInvalidAddressIsRejectedAndNothingQueued() throws Exception {
        tenant.admin().post(tenant.path("/plugins/echo/mail"),
                "{\"to\":\"not an address\",\"subject\":\"x\",\"body\":\"y\"}").expectProblem(422, "mail");
    }

    @Test
    void aSendFailureIsRetriedNotLost() throws Exception {
        MAIL.stop();
        queue("later@example.com", "Sent after the outage", false, 200);
        // An outage of a few seconds, long enough for the worker to try (it polls every second) and fail.
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(3)).atMost(java.time.Duration.ofSeconds(10))
                .until(() -> withSubject("Sent after the outage") == null);
        MAIL.start();
        awaitSubject("Sent after the outage");
    }
}
