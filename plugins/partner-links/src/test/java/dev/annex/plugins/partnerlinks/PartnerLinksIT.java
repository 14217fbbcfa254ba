package dev.annex.plugins.partnerlinks;

import static dev.annex.plugins.partnerlinks.Partners.LINKS;
import static dev.annex.plugins.partnerlinks.Partners.secretOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * partner-links on a running server, every step of the seed page on both sides: the partner's
 * link shown once, the Requests tab and each status, the customer's confirmation, terms and
 * decision, the Partnerships tab and removal, mail, audit, who may act, bad input, throttling,
 * the concurrent accept, expiry to the second and tenant isolation. (That no table holds a plain
 * secret is the host's {@code SecretStorageIT}: it scans every plugin's tables.)
 */
public class PartnerLinksIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    Partners p;
    Api nora;
    Api ada;

    /** The fixture the tests run on: on the built-in help desk here (on RT in the host's {@code PartnerLinksOnRtIT}). */
    protected Partners partners(String prefix) {
        return new Partners(TestTenant.create(prefix));
    }

    @BeforeEach
    void partnerAndCustomer() {
        p = partners("plinks");
        nora = p.as("nora");
        ada = p.as("ada");
    }

    List<JsonObject> requests() {
        return nora.get(p.path(LINKS + "/requests")).expect(200).array().getValuesAs(JsonObject.class);
    }

    JsonObject request(long id) {
        return requests().stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    List<JsonObject> partnerships(Api who) {
        return who.get(p.path(LINKS + "/partnerships")).expect(200).array().getValuesAs(JsonObject.class);
    }

    static long id(JsonObject created) {
        return created.getJsonObject("request").getJsonNumber("id").longValue();
    }

    Optional<MimeMessage> mailTo(String to, String subjectStart) throws Exception {
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().startsWith(subjectStart) && message.getAllRecipients()[0].toString().equals(to)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    MimeMessage awaitMail(String to, String subjectStart) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(to, subjectStart), Optional::isPresent).get();
    }

    @Test
    void thePartnersLinkIsShownOnceAndTheCustomersAdminAcceptsIt() {
        JsonObject created = p.newLink("Acme Corporation – managed printers");
        String secret = secretOf(created);
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals("/t/" + p.tenant.slug() + "/p/partner-links/pl-partnerships#accept=" + secret,
                created.getString("path"));
        JsonObject listed = request(id(created));
        assertEquals("NOT_USED", listed.getString("status"));
        assertEquals("Link not used", listed.getString("statusLabel"));
        assertEquals(Duration.ofDays(30), Duration.between(Instant.parse(listed.getString("createdAt")),
                Instant.parse(listed.getString("expiresAt"))));
        assertFalse(nora.get(p.path(LINKS + "/requests")).body().contains(secret), "the list never shows the secret");

        JsonObject invitation = p.open(ada, secret).expect(200).json();
        assertEquals("Northwind Partners", invitation.getString("partnerName"));
        assertEquals("NW-100", invitation.getString("partnerAccountNumber"));
        assertTrue(invitation.getString("terms").startsWith("By accepting"), invitation::toString);
        assertTrue(invitation.getString("termsVersion").matches("v-[0-9a-f]{12}"), invitation::toString);
        assertEquals("READ", invitation.getString("defaultLevel"));
        assertEquals("[READ, COMMENT, UPDATE]", invitation.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("level")).toList().toString());

        JsonObject partnership = p.accept(ada, secret, "COMMENT").expect(201).json();
        assertEquals("Northwind Partners", partnership.getString("accountName"));

        JsonObject accepted = request(id(created));
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals("Link accepted", accepted.getString("statusLabel"));
        assertEquals("Acme Corporation", accepted.getString("customerName"));

        JsonObject partnerSide = partnerships(nora).get(0);
        assertEquals("CUSTOMER", partnerSide.getString("otherSide"));
        assertEquals("Acme Corporation", partnerSide.getString("accountName"));
        assertEquals("ACME-200", partnerSide.getString("accountNumber"));
        assertEquals("COMMENT", partnerSide.getString("defaultLevel"));
        assertEquals("View and comment", partnerSide.getString("defaultLevelLabel"));
        JsonObject customerSide = partnerships(ada).get(0);
        assertEquals("PARTNER", customerSide.getString("otherSide"));
        assertEquals("Northwind Partners", customerSide.getString("accountName"));
        assertEquals("NW-100", customerSide.getString("accountNumber"));
        assertEquals(1, partnerships(p.as("alan")).size(), "every admin of the customer sees it");

        p.open(ada, secret).expectProblem(404);
        awaitMail(p.email("nora"), "Collaboration request \"Acme Corporation – managed printers\" was accepted");

        String trail = p.tenant.admin().get(p.path("/admin/audit?size=100")).expect(200).body();
        assertTrue(trail.contains("link.created"), trail);
        assertTrue(trail.contains("partnership.accepted"), trail);
        assertTrue(trail.contains("terms " + invitation.getString("termsVersion")), trail);
    }

    @Test
    void aDeclinedLinkIsMarkedDeclinedTellsThePartnerAndMakesNoPartnership() {
        JsonObject created = p.newLink("Acme");
        JsonObject declined = ada.post(p.path(LINKS + "/invitation/decline"),
                Json.createObjectBuilder().add("secret", secretOf(created)).build()).expect(200).json();
        assertEquals("DECLINED", declined.getString("status"));
        assertEquals("Link declined", request(id(created)).getString("statusLabel"));
        assertEquals(List.of(), partnerships(nora));
        assertEquals(List.of(), partnerships(ada));
        p.open(ada, secretOf(created)).expectProblem(404);
        MimeMessage mail = awaitMail(p.email("nora"), "Collaboration request \"Acme\" was declined");
        assertTrue(Mailbox.body(mail).contains("Acme Corporation declined"), Mailbox.body(mail));
        assertTrue(p.tenant.admin().get(p.path("/admin/audit?size=100")).expect(200).body().contains("link.declined"));
    }

    @Test
    void thePartnerRevokesAnUnusedLinkButNotADecidedOne() {
        JsonObject created = p.newLink("Acme");
        JsonObject revoked = nora.delete(p.path(LINKS + "/requests/" + id(created))).expect(200).json();
        assertEquals("REVOKED", revoked.getString("status"));
        assertEquals("Link revoked", request(id(created)).getString("statusLabel"));
        p.open(ada, secretOf(created)).expectProblem(404);
        nora.delete(p.path(LINKS + "/requests/" + id(created))).expectProblem(409, "status");

        JsonObject accepted = p.newLink("Acme again");
        p.accept(ada, secretOf(accepted), "READ").expect(201);
        nora.delete(p.path(LINKS + "/requests/" + id(accepted))).expectProblem(409, "status");
        assertEquals("ACCEPTED", request(id(accepted)).getString("status"));
        assertTrue(p.tenant.admin().get(p.path("/admin/audit?size=100")).expect(200).body().contains("link.revoked"));
    }

    @Test
    void aLinkExpiresToTheSecondAfterTheTenantsLifetime() {
        p.tenant.admin().put(p.path("/admin/plugins/partner-links/settings"), "{\"linkLifetime\":\"PT3S\"}").expect(200);
        JsonObject created = p.newLink("Short-lived");
        JsonObject listed = request(id(created));
        Instant expiresAt = Instant.parse(listed.getString("expiresAt"));
        assertEquals(Duration.ofSeconds(3), Duration.between(Instant.parse(listed.getString("createdAt")), expiresAt));
        Reply early = p.open(ada, secretOf(created));
        if (Instant.now().isBefore(expiresAt)) {
            early.expect(200);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(expiresAt.plusMillis(200)));
        assertEquals("Link expired", request(id(created)).getString("statusLabel"));
        p.open(ada, secretOf(created)).expectProblem(404);
        nora.delete(p.path(LINKS + "/requests/" + id(created))).expectProblem(409, "status");
    }

    @Test
    void theLinkLifetimeIsThirtyDaysByDefaultAndAtMostNinety() {
        String settings = p.path("/admin/plugins/partner-links/settings");
        p.tenant.admin().put(settings, "{\"linkLifetime\":\"P91D\"}").expectProblem(422, "linkLifetime");
        p.tenant.admin().put(settings, "{\"linkLifetime\":\"P90D\"}").expect(200);
        JsonObject listed = request(id(p.newLink("Long")));
        assertEquals(Duration.ofDays(90), Duration.between(Instant.parse(listed.getString("createdAt")),
                Instant.parse(listed.getString("expiresAt"))));
        p.tenant.admin().put(settings, "{\"defaultAccessLevel\":\"ADMIN\"}").expectProblem(422, "defaultAccessLevel");
        p.tenant.admin().put(settings, "{\"defaultAccessLevel\":\"UPDATE\"}").expect(200);
        assertEquals("UPDATE", p.open(ada, secretOf(p.newLink("Default"))).expect(200).json().getString("defaultLevel"));
    }

    @Test
    void onlyOrganisationAdminsActAndEveryoneElseIsToldWhy() {
        String secret = secretOf(p.newLink("Acme"));
        String contact = p.open(p.as("carl"), secret).expectProblem(403).getString("detail");
        assertTrue(contact.contains("Only an organisation admin"), contact);
        String own = p.open(nora, secret).expectProblem(403).getString("detail");
        assertTrue(own.contains("your own organisation"), own);
        String agent = p.open(p.tenant.admin(), secret).expectProblem(403).getString("detail");
        assertTrue(agent.contains("organisation admin"), agent);
        p.as("carl").post(p.path(LINKS + "/invitation/decline"), "{\"secret\":\"" + secret + "\"}").expectProblem(403);

        p.as("paul").post(p.path(LINKS + "/requests"), "{\"name\":\"Mine\"}").expectProblem(403);
        p.as("paul").get(p.path(LINKS + "/requests")).expectProblem(403);
        p.as("carl").get(p.path(LINKS + "/partnerships")).expectProblem(403);
        p.tenant.admin().get(p.path(LINKS + "/partnerships")).expectProblem(403);
        assertFalse(p.as("carl").get(p.path(LINKS + "/me")).expect(200).json().getBoolean("organisationAdmin"));

        assertEquals(201, p.accept(ada, secret, "READ").status(), "the link still works for the right person");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        for (String body : List.of("{}", "{\"name\":\"   \"}", "{\"name\":\"" + "x".repeat(101) + "\"}",
                "{\"name\":\"two\\nlines\"}")) {
            nora.post(p.path(LINKS + "/requests"), body).expectProblem(422, "name");
        }
        nora.post(p.path(LINKS + "/requests"), "{\"name\":").expectProblem(400);
        assertEquals(List.of(), requests());
        assertEquals(201, nora.post(p.path(LINKS + "/requests"), "{\"name\":\"" + "x".repeat(100) + "\"}").status());

        String secret = secretOf(p.newLink("Acme"));
        String version = p.open(ada, secret).expect(200).json().getString("termsVersion");
        String accept = p.path(LINKS + "/invitation/accept");
        ada.post(accept, "{\"secret\":\"" + secret + "\",\"level\":\"ADMIN\",\"termsVersion\":\"" + version + "\"}")
                .expectProblem(422, "level");
        ada.post(accept, "{\"secret\":\"" + secret + "\",\"level\":\"READ\"}").expectProblem(422, "termsVersion");
        ada.post(accept, "{\"level\":\"READ\"}").expectProblem(422, "secret");
        p.tenant.admin().put(p.path("/admin/plugins/partner-links/settings"), "{\"terms\":\"New terms.\"}").expect(200);
        ada.post(accept, "{\"secret\":\"" + secret + "\",\"level\":\"READ\",\"termsVersion\":\"" + version + "\"}")
                .expectProblem(409, "termsVersion");
        assertEquals(List.of(), partnerships(ada));
        assertEquals("NOT_USED", requests().get(0).getString("status"), "refusals leave the link unused");
        assertEquals("New terms.", p.open(ada, secret).expect(200).json().getString("terms"));
        assertEquals(201, p.accept(ada, secret, "READ").status());
    }

    @Test
    void aWrongUsedOrRevokedSecretGetsTheSameAnswerAndGuessingIsThrottled() {
        String used = secretOf(p.newLink("Used"));
        p.accept(ada, used, "READ").expect(201);
        JsonObject revoked = p.newLink("Revoked");
        nora.delete(p.path(LINKS + "/requests/" + id(revoked))).expect(200);
        Api alan = p.as("alan");
        List<String> answers = new ArrayList<>();
        for (String secret : List.of(used, secretOf(revoked), "A".repeat(43), "nonsense")) {
            Reply reply = p.open(alan, secret);
            answers.add(reply.status() + " " + reply.json().getString("detail"));
        }
        assertEquals(1, answers.stream().distinct().count(), answers::toString);
        assertTrue(answers.get(0).startsWith("404 This link is not valid"), answers::toString);

        String good = secretOf(p.newLink("Good"));
        p.open(alan, "B".repeat(43)).expectProblem(404);
        Reply held = p.open(alan, good);
        held.expectProblem(429);
        assertTrue(Long.parseLong(held.header("Retry-After")) > 0);
        assertEquals(200, p.open(ada, good).status(), "another person is not held back");
    }

    @Test
    void twoAcceptsOfOneLinkAtTheSameMomentMakeExactlyOnePartnership() throws Exception {
        String secret = secretOf(p.newLink("Acme"));
        List<Api> admins = List.of(ada, p.as("alan"));
        String version = p.open(ada, secret).expect(200).json().getString("termsVersion");
        String body = "{\"secret\":\"" + secret + "\",\"level\":\"READ\",\"termsVersion\":\"" + version + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Api who = admins.get(i % 2);
                calls.add(() -> who.post(p.path(LINKS + "/invitation/accept"), body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 404 || s == 503), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, partnerships(ada).size());
        assertEquals(1, partnerships(nora).size());
    }

    @Test
    void eitherSideRemovesAPartnershipAndOnlyItsOwn() {
        long first = p.partnership("READ");
        p.as("carl").delete(p.path(LINKS + "/partnerships/" + first)).expectProblem(403);
        long stranger = p.tenant.organisation("Stranger Ltd", "STR-1");
        p.tenant.person(p.email("sam"), "ORGANISATION_ADMIN", stranger);
        p.as("sam").delete(p.path(LINKS + "/partnerships/" + first)).expectProblem(404);
        nora.delete(p.path(LINKS + "/partnerships/" + first)).expect(200);
        assertEquals(List.of(), partnerships(ada));
        nora.delete(p.path(LINKS + "/partnerships/" + first)).expectProblem(404);

        long second = p.partnership("UPDATE");
        ada.delete(p.path(LINKS + "/partnerships/" + second)).expect(200);
        assertEquals(List.of(), partnerships(nora));
        assertTrue(p.tenant.admin().get(p.path("/admin/audit?size=100")).expect(200).body().contains("partnership.removed"));
    }

    @Test
    void aCustomerAlreadyInPartnershipCannotAcceptASecondLinkOfTheSamePartner() {
        p.partnership("READ");
        String secret = secretOf(p.newLink("Again"));
        String version = p.open(ada, secret).expect(200).json().getString("termsVersion");
        ada.post(p.path(LINKS + "/invitation/accept"), "{\"secret\":\"" + secret + "\",\"level\":\"READ\",\"termsVersion\":\""
                + version + "\"}").expectProblem(409);
        assertEquals("NOT_USED", requests().get(0).getString("status"));
    }

    @Test
    void anotherTenantsLinksRequestsAndPartnershipsAreNotFound() {
        JsonObject created = p.newLink("Acme");
        long partnership = p.partnership("READ");
        Partners other = partners("plinks-other");
        other.open(other.as("ada"), secretOf(created)).expectProblem(404);
        other.as("nora").delete(other.path(LINKS + "/requests/" + id(created))).expectProblem(404);
        other.as("nora").delete(other.path(LINKS + "/partnerships/" + partnership)).expectProblem(404);
        other.as("ada").delete(other.path(LINKS + "/partnerships/" + partnership)).expectProblem(404);
        assertEquals("[]", other.as("nora").get(other.path(LINKS + "/requests")).expect(200).body());
        assertEquals("[]", other.as("ada").get(other.path(LINKS + "/partnerships")).expect(200).body());
        assertEquals(1, partnerships(ada).size());
        assertEquals("NOT_USED", request(id(created)).getString("status"));
    }
}
