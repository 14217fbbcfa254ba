package dev.annex.plugins.reseller;

import static dev.annex.plugin.testkit.server.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 003's "Send activation link", on the host's invitations (plugin API 1.3.0): the customer's
 * admin is added to the customer organisation without a password and mailed a one-time link to
 * the host's page, where they choose one. Used, replaced and expired links do not work; the
 * customers page says who is invited and who is activated; only those who may change the customer
 * send links.
 */
class ResellerActivationIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private static String secretMailedTo(String email, int nth) {
        return MAIL.activationSecret(email, nth);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return MAIL.to(email, "Choose your password");
    }

    private static JsonObject secret(String secret) {
        return Json.createObjectBuilder().add("secret", secret).build();
    }

    private static JsonObject choose(String secret, String password) {
        return Json.createObjectBuilder().add("secret", secret).add("password", password).build();
    }

    private static JsonObject activationOf(Resellers r, long customer) {
        return r.as("pat").get(r.path("/customers/" + customer)).expect(200).json().getJsonObject("activation");
    }

    @Test
    void theCustomersAdminChoosesAPasswordOnceWithTheMailedLink() {
        Resellers r = new Resellers("rh-activate");
        long acme = r.customer("pat", "Acme Tools");
        String email = "admin@acmetools.example";
        TestTenant tenant = r.tenant;
        assertEquals(JsonValue.NULL, r.as("pat").get(r.path("/customers/" + acme)).expect(200).json().get("activation"));

        JsonObject sent = r.as("pat").post(r.path("/customers/" + acme + "/activation"), "{}").expect(200).json();
        assertEquals("PENDING", sent.getJsonObject("activation").getString("state"));
        String link = secretMailedTo(email, 1);
        MimeMessage mail = mailsTo(email).get(0);
        String body = Mailbox.body(mail);
        assertTrue(body.contains("/t/" + tenant.slug() + "/activate#"), body);
        // The help desk by its name; the slug is only in the address.
        assertEquals("Choose your password for the help desk " + tenant.name(), Mailbox.subject(mail));
        assertTrue(body.contains("has invited you to the help desk " + tenant.name() + ". "), body);

        JsonObject invited = Api.anonymous().post(tenant.path("/activation/check"), secret(link)).expect(200).json();
        assertEquals(email, invited.getString("email"));
        // Added to the customer as its admin, but without a password nobody signs in as them.
        JsonObject person = tenant.admin().get(tenant.path("/people?q=acmetools")).expect(200).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("ORGANISATION_ADMIN", person.getString("role"));
        assertEquals(acme, person.getJsonNumber("organisationId").longValue());
        tenant.as(email).get(tenant.path("/me")).expectProblem(401);

        // A rejected password changes nothing: the link still works.
        Api.anonymous().post(tenant.path("/activation"), choose(link, "short")).expectProblem(422, "password");
        Api.anonymous().post(tenant.path("/activation/check"), secret(link)).expect(200);

        Api.anonymous().post(tenant.path("/activation"), choose(link, TestTenant.PASSWORD)).expect(204);
        assertEquals(email, tenant.as(email).get(tenant.path("/me")).expect(200).json().getJsonObject("person")
                .getString("email"));
        assertEquals("ACTIVATED", activationOf(r, acme).getString("state"));

        // Used up: the same answer as for a link that never existed.
        Api.anonymous().post(tenant.path("/activation/check"), secret(link)).expectProblem(404);
        Api.anonymous().post(tenant.path("/activation"), choose(link, "another-password")).expectProblem(404);
        tenant.as(email).get(tenant.path("/me")).expect(200);
        // An activated admin keeps their account: no second invitation.
        r.as("pat").post(r.path("/customers/" + acme + "/activation"), "{}").expectProblem(409, "email");
    }

    @Test
    void sendingAgainReplacesTheLinkAndALinkNotUsedInTimeStopsWorking() {
        Resellers r = new Resellers("rh-resend");
        long acme = r.customer("pat", "Resend Tools");
        String email = "admin@resendtools.example";
        TestTenant tenant = r.tenant;
        r.as("pat").post(r.path("/customers/" + acme + "/activation"), "{}").expect(200);
        String first = secretMailedTo(email, 1);
        r.as("pat").post(r.path("/customers/" + acme + "/activation"), "{}").expect(200);
        String second = secretMailedTo(email, 2);
        assertFalse(first.equals(second));
        Api.anonymous().post(tenant.path("/activation/check"), secret(first)).expectProblem(404);
        Api.anonymous().post(tenant.path("/activation/check"), secret(second)).expect(200);

        tenant.admin().put(tenant.path("/admin/plugins/reseller-hierarchy/settings"), "{\"activationLinkLifetime\":\"P31D\"}")
                .expectProblem(422, "activationLinkLifetime");
        tenant.admin().put(tenant.path("/admin/plugins/reseller-hierarchy/settings"), "{\"activationLinkLifetime\":\"PT2S\"}")
                .expect(200);
        r.as("pat").post(r.path("/customers/" + acme + "/activation"), "{}").expect(200);
        String third = secretMailedTo(email, 3);
        Api.anonymous().post(tenant.path("/activation/check"), secret(second)).expectProblem(404);
        eventually().until(() -> Api.anonymous().post(tenant.path("/activation/check"), secret(third)).status() == 404);
        assertEquals("EXPIRED", activationOf(r, acme).getString("state"));
        Api.anonymous().post(tenant.path("/activation"), choose(third, TestTenant.PASSWORD)).expectProblem(404);
        tenant.as(email).get(tenant.path("/me")).expectProblem(401);
    }

    @Test
    void onlyThoseWhoMayChangeTheCustomerSendLinksAndBadLinksAreClearErrors() {
        Resellers r = new Resellers("rh-act-who");
        long acme = r.customer("pat", "Guarded Tools");
        TestTenant other = TestTenant.create("rh-act-other");
        r.as("paco").post(r.path("/customers/" + acme + "/activation"), "{}").expectProblem(403);
        r.as("quinn").post(r.path("/customers/" + acme + "/activation"), "{}").expectProblem(404);
        other.enable("reseller-hierarchy");
        other.admin().post(other.path(Resellers.PLUGIN + "/customers/" + acme + "/activation"), "{}").expectProblem(404);
        assertEquals(0, mailsTo("admin@guardedtools.example").size());

        Api.anonymous().post(r.tenant.path("/activation/check"), "{}").expectProblem(422, "secret");
        Api.anonymous().post(r.tenant.path("/activation/check"), secret("not a secret")).expectProblem(404);
        Api.anonymous().post(r.tenant.path("/activation"), "{\"secret\":\"x\"}").expectProblem(422, "password");
        Api.anonymous().post(r.tenant.path("/activation"), "[]").expectProblem(400);

        // The tenant's own admin may send it too; the link works only in its own tenant.
        r.tenant.admin().post(r.path("/customers/" + acme + "/activation"), "{}").expect(200);
        String link = secretMailedTo("admin@guardedtools.example", 1);
        Api.anonymous().post(other.path("/activation/check"), secret(link)).expectProblem(404);
        Api.anonymous().post(r.tenant.path("/activation/check"), secret(link)).expect(200);
    }
}
