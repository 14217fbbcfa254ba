package it.dev.annex.webhook;

import static dev.annex.plugin.testkit.server.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhooks end to end (issue 18): a tenant administrator subscribes a URL of a receiver this test
 * runs on loopback; ticket changes arrive there signed, failures are retried until a 2xx, and a
 * subscription that keeps failing is paused and its administrator mailed (the IT server pauses
 * after 20 s instead of a day, see liberty/pom.xml).
 */
class WebhookIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private static WebhookReceiver receiver;
    private TestTenant tenant;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create("hooks");
    }

    private JsonObject subscribe(String url, String... events) {
        var list = Json.createArrayBuilder();
        for (String event : events) {
            list.add(event);
        }
        return tenant.admin().post(tenant.path("/webhooks"), Json.createObjectBuilder().add("url", url)
                .add("events", list).build()).expect(201).json();
    }

    /** What a receiver does, written here from the README's recipe rather than with the host's code. */
    private static boolean verifies(String secret, WebhookReceiver.Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(
                (r.header("Annex-Webhook-Timestamp") + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                String.valueOf(r.header("Annex-Webhook-Signature")).getBytes(StandardCharsets.US_ASCII));
    }

    private JsonObject subscription(long id) {
        return tenant.admin().get(tenant.path("/webhooks/" + id)).expect(200).json();
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheDeliveryOnceAcceptedAndSigned() throws Exception {
        String url = receiver.url("/flaky-" + tenant.slug(), n -> n < 3 ? 500 : 200);
        JsonObject created = subscribe(url, "ticket.created", "ticket.commented");
        String secret = created.getString("secret");
        long id = created.getJsonObject("subscription").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("whsec_"), secret);

        long ticket = tenant.ticket(tenant.admin(), "Printer on fire");
        List<WebhookReceiver.Received> got = eventually().alias("four attempts, the last accepted")
                .until(() -> receiver.received("/flaky-" + tenant.slug()), r -> r.size() >= 4);
        Eventually.keepsHolding(() -> assertEquals(4, receiver.received("/flaky-" + tenant.slug()).size(),
                "nothing is sent again once a delivery was accepted"));

        assertEquals(List.of(500, 500, 500, 200), got.stream().map(WebhookReceiver.Received::answered).toList());
        Set<String> ids = got.stream().map(r -> r.header("Annex-Webhook-Id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every attempt carries the same delivery id: " + ids);
        WebhookReceiver.Received accepted = got.get(3);
        assertTrue(verifies(secret, accepted), "the signature verifies with the secret shown once");
        assertFalse(verifies(secret + "x", accepted), "and not with another secret");
        long signedAt = Long.parseLong(accepted.header("Annex-Webhook-Timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - signedAt) < 300, "a fresh timestamp: " + signedAt);
        JsonObject body = Json.createReader(new StringReader(accepted.body())).readObject();
        assertEquals("ticket.created", body.getString("type"));
        assertEquals("ticket.created", accepted.header("Annex-Webhook-Event"));
        assertEquals(ticket, body.getJsonNumber("ticketId").longValue());
        assertEquals(tenant.slug(), body.getString("tenant"));
        assertEquals(ids.iterator().next(), body.getString("id"));

        JsonObject listed = tenant.admin().get(tenant.path("/webhooks")).expect(200).array().getJsonObject(0);
        assertEquals("DELIVERED", listed.getString("lastStatus"));
        assertEquals(200, listed.getInt("lastResponseCode"));
        assertEquals("ACTIVE", listed.getString("status"));
        assertFalse(listed.containsKey("secret"), "the secret is shown once only");
        JsonObject delivery = tenant.admin().get(tenant.path("/webhooks/" + id + "/deliveries")).expect(200)
                .array().getJsonObject(0);
        assertEquals("DELIVERED", delivery.getString("status"));
        assertEquals(4, delivery.getInt("attempts"));
        assertEquals(200, delivery.getInt("lastResponseCode"));
        assertEquals(ids.iterator().next(), delivery.getString("id"));
    }

    @Test
    void onlyTheSubscribedEventTypesAreSent() {
        String path = "/comments-" + tenant.slug();
        String url = receiver.url(path, n -> 204);
        subscribe(url, "ticket.commented");
        long ticket = tenant.ticket(tenant.admin(), "Quiet creation");
        tenant.admin().post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "A comment").build()).expect(201);
        List<WebhookReceiver.Received> got = eventually().until(() -> receiver.received(path), r -> !r.isEmpty());
        Eventually.keepsHolding(() -> assertEquals(1, receiver.received(path).size()));
        assertEquals("ticket.commented", got.get(0).header("Annex-Webhook-Event"));
    }

    @Test
    void aSubscriptionFailingForTheWindowIsPausedItsAdminMailedAndResumable() throws Exception {
        String path = "/down-" + tenant.slug();
        String url = receiver.url(path, n -> 503);
        long id = subscribe(url, "ticket.created").getJsonObject("subscription").getJsonNumber("id").longValue();
        tenant.ticket(tenant.admin(), "Nobody listens");

        JsonObject paused = eventually().alias("the subscription paused")
                .until(() -> subscription(id), s -> "PAUSED".equals(s.getString("status")));
        assertEquals(503, paused.getInt("lastResponseCode"));
        assertEquals("FAILED", paused.getString("lastStatus"));
        assertNotNull(paused.getString("pausedAt"));
        MimeMessage mail = eventually().alias("the pause mail").until(() -> mailTo(tenant.adminEmail()),
                java.util.Objects::nonNull);
        assertTrue(mail.getSubject().contains(url), mail.getSubject());
        int attempts = receiver.received(path).size();
        Eventually.keepsHolding(() -> assertEquals(attempts, receiver.received(path).size(),
                "a paused subscription is not called"));

        receiver.answer(path, n -> 200);
        assertEquals("ACTIVE", tenant.admin().post(tenant.path("/webhooks/" + id + "/resume"), "").expect(200).json()
                .getString("status"));
        eventually().alias("the pending delivery sent after the resume")
                .until(() -> subscription(id), s -> "DELIVERED".equals(s.getString("lastStatus", "")));
    }

    private static MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().startsWith("Webhook paused") && message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        return null;
    }

    @Test
    void urlsAndEventTypesAreCheckedStrictly() {
        for (String bad : List.of("ftp://127.0.0.1/x", "not a url", "http:///nohost", "http://user:pw@127.0.0.1/x",
                "file:///etc/passwd")) {
            tenant.admin().post(tenant.path("/webhooks"), Json.createObjectBuilder().add("url", bad)
                    .add("events", Json.createArrayBuilder().add("ticket.created")).build()).expectProblem(422, "url");
        }
        tenant.admin().post(tenant.path("/webhooks"), Json.createObjectBuilder().add("url", "http://127.0.0.1/x")
                .add("events", Json.createArrayBuilder().add("ticket.exploded")).build()).expectProblem(422, "events");
        tenant.admin().post(tenant.path("/webhooks"), Json.createObjectBuilder().add("url", "http://127.0.0.1/x")
                .add("events", Json.createArrayBuilder()).build()).expectProblem(422, "events");
        assertEquals(0, tenant.admin().get(tenant.path("/webhooks")).expect(200).array().size(), "nothing half-written");
    }

    @Test
    void onlyTheTenantsAdministratorsSeeItsSubscriptionsAndNotAnotherTenants() {
        String url = receiver.url("/private-" + tenant.slug(), n -> 200);
        long id = subscribe(url, "ticket.created").getJsonObject("subscription").getJsonNumber("id").longValue();
        tenant.person("agent-" + tenant.slug() + "@example.com", "AGENT", null);
        tenant.as("agent-" + tenant.slug() + "@example.com").get(tenant.path("/webhooks")).expectProblem(403);

        TestTenant other = TestTenant.create("hooks-other");
        for (String rest : List.of("/webhooks/" + id, "/webhooks/" + id + "/deliveries")) {
            other.admin().get(other.path(rest)).expectProblem(404);
        }
        other.admin().post(other.path("/webhooks/" + id + "/resume"), "").expectProblem(404);
        other.admin().delete(other.path("/webhooks/" + id)).expectProblem(404);
        assertEquals(0, other.admin().get(other.path("/webhooks")).expect(200).array().size());
        // The other tenant's administrator on this tenant's path is not one of its people.
        other.admin().get(tenant.path("/webhooks/" + id)).expectProblem(401);

        tenant.admin().delete(tenant.path("/webhooks/" + id)).expect(204);
        tenant.admin().get(tenant.path("/webhooks/" + id)).expectProblem(404);
    }
}
