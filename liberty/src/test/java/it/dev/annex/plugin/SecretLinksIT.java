package it.dev.annex.plugin;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host's one-time secret links (plugin API 1.2.0) as the echo test plugin uses them: made
 * from 256 random bits, stored only as a hash, single use, expiring to the second, revocable,
 * one answer for every secret that does not work, throttled per person, scoped to plugin,
 * purpose and tenant.
 */
class SecretLinksIT {

    static final String LINKS = "/plugins/echo/links";

    TestTenant tenant;
    Api admin;

    @BeforeEach
    void tenantWithEcho() {
        tenant = TestTenant.create("links");
        PluginRuntimeIT.enable(tenant, "echo");
        admin = tenant.admin();
    }

    JsonObject issue(Api as, String purpose, String lifetime) {
        return as.post(tenant.path(LINKS), Json.createObjectBuilder().add("purpose", purpose).add("lifetime", lifetime)
                .build()).expect(200).json();
    }

    Reply call(Api as, TestTenant in, String action, String purpose, String secret) {
        return as.post(in.path(LINKS + "/" + action), Json.createObjectBuilder().add("purpose", purpose)
                .add("secret", secret).build());
    }

    Reply redeem(Api as, String purpose, String secret) {
        return call(as, tenant, "redeem", purpose, secret);
    }

    /** A fresh person of the tenant, so the throttle of one test step never meets another's. */
    Api somebody() {
        String email = "p" + System.nanoTime() + "@links.example";
        tenant.person(email, "AGENT", null);
        return tenant.as(email);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLinkIsCheckedWithoutBeingUsedThenRedeemsExactlyOnce() {
        JsonObject issued = issue(admin, "invite", "P30D");
        String secret = issued.getString("secret");
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        JsonObject link = issued.getJsonObject("link");
        assertEquals("VALID", link.getString("status"));
        assertEquals(Duration.ofDays(30), Duration.between(Instant.parse(link.getString("createdAt")),
                Instant.parse(link.getString("expiresAt"))));

        Api customer = somebody();
        assertEquals("VALID", call(customer, tenant, "check", "invite", secret).expect(200).json().getString("status"));
        assertEquals("VALID", call(customer, tenant, "check", "invite", secret).expect(200).json().getString("status"));
        assertEquals("REDEEMED", redeem(customer, "invite", secret).expect(200).json().getString("status"));
        redeem(customer, "invite", secret).expectProblem(404);
        call(customer, tenant, "check", "invite", secret).expectProblem(404);
        assertEquals("REDEEMED", admin.get(tenant.path(LINKS + "/" + link.getInt("id"))).expect(200).json().getString("status"));
    }

    @Test
    void wrongUsedRevokedAndExpiredSecretsAllGetTheSameAnswer() {
        String used = issue(admin, "invite", "P1D").getString("secret");
        redeem(admin, "invite", used).expect(200);
        JsonObject toRevoke = issue(admin, "invite", "P1D");
        admin.delete(tenant.path(LINKS + "/" + toRevoke.getJsonObject("link").getInt("id"))).expect(204);
        String expired = issue(admin, "invite", "PT1S").getString("secret");
        String wrong = "A".repeat(43);

        List<String> answers = new ArrayList<>();
        for (String secret : List.of(wrong, used, toRevoke.getString("secret"), "not even shaped like one")) {
            Reply reply = redeem(somebody(), "invite", secret);
            answers.add(reply.status() + " " + reply.json().getString("detail"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> redeem(somebody(), "invite", expired).status() == 404);
        Reply late = redeem(somebody(), "invite", expired);
        answers.add(late.status() + " " + late.json().getString("detail"));
        assertEquals(1, answers.stream().distinct().count(), answers::toString);
        assertEquals("404 This link is not valid.", answers.get(0));
    }

    @Test
    void aRevokedLinkStaysRevokedAndAUsedOneCannotBeRevoked() {
        JsonObject issued = issue(admin, "invite", "P1D");
        long id = issued.getJsonObject("link").getInt("id");
        admin.delete(tenant.path(LINKS + "/" + id)).expect(204);
        admin.delete(tenant.path(LINKS + "/" + id)).expectProblem(404);
        assertEquals("REVOKED", admin.get(tenant.path(LINKS + "/" + id)).expect(200).json().getString("status"));
        redeem(somebody(), "invite", issued.getString("secret")).expectProblem(404);

        JsonObject redeemed = issue(admin, "invite", "P1D");
        redeem(admin, "invite", redeemed.getString("secret")).expect(200);
        admin.delete(tenant.path(LINKS + "/" + redeemed.getJsonObject("link").getInt("id"))).expectProblem(404);
    }

    @Test
    void aLinkExpiresToTheSecond() {
        JsonObject issued = issue(admin, "invite", "PT4S");
        JsonObject link = issued.getJsonObject("link");
        Instant expiresAt = Instant.parse(link.getString("expiresAt"));
        assertEquals(Duration.ofSeconds(4), Duration.between(Instant.parse(link.getString("createdAt")), expiresAt));
        Api customer = somebody();
        Reply before = call(customer, tenant, "check", "invite", issued.getString("secret"));
        // The server answered before the expiry instant, so the link must have been valid then.
        if (Instant.now().isBefore(expiresAt)) {
            before.expect(200);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(expiresAt.plusMillis(200)));
        assertEquals("EXPIRED", admin.get(tenant.path(LINKS + "/" + link.getInt("id"))).expect(200).json().getString("status"));
        redeem(customer, "invite", issued.getString("secret")).expectProblem(404);
    }

    @Test
    void aSecretRedeemsOnlyForItsPurposeItsPluginsTenantAndNowhereElse() {
        String secret = issue(admin, "invite", "P1D").getString("secret");
        long id = admin.post(tenant.path(LINKS), "{\"purpose\":\"other\",\"lifetime\":\"P1D\"}").expect(200).json()
                .getJsonObject("link").getInt("id");
        redeem(somebody(), "activation", secret).expectProblem(404);

        TestTenant other = TestTenant.create("links-other");
        PluginRuntimeIT.enable(other, "echo");
        call(other.admin(), other, "check", "invite", secret).expectProblem(404);
        call(other.admin(), other, "redeem", "invite", secret).expectProblem(404);
        other.admin().get(other.path(LINKS + "/" + id)).expectProblem(404);
        other.admin().delete(other.path(LINKS + "/" + id)).expectProblem(404);

        assertEquals("REDEEMED", redeem(somebody(), "invite", secret).expect(200).json().getString("status"));
    }

    @Test
    void failedLookUpsAreThrottledPerPersonEvenForTheRightSecret() {
        String secret = issue(admin, "invite", "P1D").getString("secret");
        Api guesser = somebody();
        for (int i = 0; i < 5; i++) {
            redeem(guesser, "invite", "B".repeat(42) + i).expectProblem(404);
        }
        Reply held = redeem(guesser, "invite", secret);
        held.expectProblem(429);
        assertNotNull(held.header("Retry-After"));
        assertTrue(Long.parseLong(held.header("Retry-After")) >= 1);
        call(guesser, tenant, "check", "invite", secret).expectProblem(429);

        assertEquals("REDEEMED", redeem(somebody(), "invite", secret).expect(200).json().getString("status"));
    }

    @Test
    void ofManyRedemptionsAtTheSameMomentExactlyOneSucceeds() throws Exception {
        String secret = issue(admin, "invite", "P1D").getString("secret");
        List<Api> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(somebody());
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Callable<Integer>> calls = people.stream()
                    .<Callable<Integer>>map(p -> () -> redeem(p, "invite", secret).status()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 404 || s == 503), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheHashOfASecretIsStoredAnywhereInTheDatabase() throws Exception {
        String secret = issue(admin, "invite", "P1D").getString("secret");
        JsonObject scan = admin.post(tenant.path("/plugins/echo/tables"), Json.createObjectBuilder()
                .add("needles", Json.createArrayBuilder().add(secret).add(sha256(secret))).build()).expect(200).json();
        assertTrue(scan.getJsonArray("tables").toString().contains("SECRET_LINK"), scan::toString);
        assertEquals(List.of("SECRET_LINK.SECRET_HASH"), scan.getJsonArray("found").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(s -> s.getString().toUpperCase()).toList(), "only the hash, once");
        assertFalse(scan.getJsonNumber("rows").longValue() < 10, scan::toString);
    }

    @Test
    void aLifetimeOfNothingOrOverAYearIsRefused() {
        admin.post(tenant.path(LINKS), "{\"purpose\":\"invite\",\"lifetime\":\"P367D\"}").expectProblem(422, "lifetime");
        admin.post(tenant.path(LINKS), "{\"purpose\":\"invite\",\"lifetime\":\"PT0S\"}").expectProblem(422, "lifetime");
        admin.post(tenant.path(LINKS), "{\"purpose\":\"Not a purpose!\",\"lifetime\":\"P1D\"}").expectProblem(422, "lifetime");
    }
}
