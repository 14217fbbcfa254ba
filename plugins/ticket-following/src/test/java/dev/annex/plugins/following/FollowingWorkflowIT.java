package dev.annex.plugins.following;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The support workflow's priority-with-a-reason (one request, one transaction, one mail), the
 * tenant's sender name as the From name, and the digest, against the running server and GreenMail.
 */
class FollowingWorkflowIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();
    private static final String PLUGIN = FollowingIT.PLUGIN;

    private static TestTenant tenant;
    private static String carol;
    private static String sam;
    private static String tess;

    @BeforeAll
    static void people() {
        tenant = TestTenant.create("workflow");
        long acme = tenant.organisation("Acme Corporation", "ACME-1");
        String domain = "@" + tenant.slug() + ".example";
        carol = "carol" + domain;
        sam = "sam" + domain;
        tess = "tess" + domain;
        tenant.person(carol, "CONTACT", acme);
        tenant.person(sam, "AGENT", null);
        tenant.person(tess, "AGENT", null);
        tenant.enable("ticket-following");
        tenant.admin().put(tenant.path("/admin/plugins/ticket-following/settings"),
                Json.createObjectBuilder().add("senderName", "Acme Helpdesk").build()).expect(200);
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Reply patch(TestTenant in, Api as, long ticket, JsonObject changes) {
        String etag = as.get(in.path("/tickets/" + ticket)).expect(200).header("ETag");
        return as.header("If-Match", etag).patch(in.path("/tickets/" + ticket), changes);
    }

    private static List<JsonObject> comments(TestTenant in, long ticket) {
        return in.admin().get(in.path("/tickets/" + ticket + "/comments")).expect(200).items()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aPriorityWithItsReasonIsOneChangeAndFollowersGetOneMailWithTheReason() throws Exception {
        String subject = unique("Whole floor offline");
        long ticket = tenant.ticket(tenant.as(carol), subject);
        tenant.as(tess).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expect(200);

        JsonObject updated = patch(tenant, tenant.as(sam), ticket, Json.createObjectBuilder().add("priority", "URGENT")
                .add("comment", "Forty people cannot work; raising it.").build()).expect(200).json();
        assertEquals("URGENT", updated.getString("priority"));
        List<JsonObject> written = comments(tenant, ticket);
        assertEquals(1, written.size(), "the reason is a comment of the ticket");
        assertEquals("Forty people cannot work; raising it.", written.get(0).getString("body"));
        assertFalse(written.get(0).getBoolean("internal"), "a public one");

        MimeMessage toCarol = MAIL.await(carol, subject, 1).get(0);
        MAIL.await(tess, subject, 1);
        Eventually.keepsHolding(() -> {
            assertEquals(1, MAIL.to(carol, subject).size(), "the requester: one mail for the change and its reason; "
                    + MAIL.subjects());
            assertEquals(1, MAIL.to(tess, subject).size(), "the follower: one mail");
            assertEquals(0, MAIL.to(sam, subject).size(), "the agent who made the change: none");
            assertTrue(toCarol.getSubject().endsWith(subject + ": updated"), toCarol.getSubject());
        });
        String body = Mailbox.body(toCarol);
        assertTrue(body.contains("priority Urgent") && body.contains("Forty people cannot work; raising it."), body);
    }

    @Test
    void aStatusChangeWithItsReasonIsOneMailToo() throws Exception {
        String subject = unique("Waiting for logs");
        long ticket = tenant.ticket(tenant.as(carol), subject);

        patch(tenant, tenant.as(sam), ticket, Json.createObjectBuilder().add("status", "PENDING")
                .add("comment", "Please send the installer log.").build()).expect(200);

        MimeMessage mail = MAIL.await(carol, subject, 1).get(0);
        Eventually.keepsHolding(() -> {
            assertEquals(1, MAIL.to(carol, subject).size(), MAIL.subjects().toString());
            assertTrue(mail.getSubject().endsWith(subject + ": status Pending"), mail.getSubject());
            assertTrue(Mailbox.body(mail).contains("Please send the installer log."));
        });
    }

    @Test
    void aReasonThatIsTooLongOrBlankIsRefusedAndNothingChanges() {
        long ticket = tenant.ticket(tenant.as(carol), unique("Keyboard"));
        long version = tenant.admin().get(tenant.path("/tickets/" + ticket)).expect(200).json().getJsonNumber("version")
                .longValue();

        patch(tenant, tenant.as(sam), ticket, Json.createObjectBuilder().add("priority", "HIGH")
                .add("comment", "x".repeat(10_001)).build()).expectProblem(422, "comment");
        patch(tenant, tenant.as(sam), ticket, Json.createObjectBuilder().add("priority", "HIGH")
                .add("comment", "  \n ").build()).expectProblem(422, "comment");
        // A stale version: the change is refused, and so is its comment.
        tenant.as(sam).header("If-Match", "\"" + (version + 7) + "\"").patch(tenant.path("/tickets/" + ticket),
                Json.createObjectBuilder().add("priority", "HIGH").add("comment", "Lost race").build()).expect(412);

        JsonObject after = tenant.admin().get(tenant.path("/tickets/" + ticket)).expect(200).json();
        assertEquals("NORMAL", after.getString("priority"));
        assertEquals(version, after.getJsonNumber("version").longValue());
        assertEquals(List.of(), comments(tenant, ticket), "no comment without its change");
    }

    @Test
    void aReasonNeedsTheRightToUpdateAndOtherTenantsTicketsAreNotFound() {
        long ticket = tenant.ticket(tenant.as(carol), unique("Rights"));
        TestTenant other = TestTenant.create("workflow-other");
        // Contacts may not set the priority: the comment is not written either.
        patch(tenant, tenant.as(carol), ticket, Json.createObjectBuilder().add("priority", "URGENT")
                .add("comment", "Please hurry").build()).expectProblem(403);
        other.admin().header("If-Match", "\"1\"").patch(other.path("/tickets/" + ticket),
                Json.createObjectBuilder().add("priority", "URGENT").add("comment", "Not mine").build()).expect(404);
        assertEquals(List.of(), comments(tenant, ticket));
    }

    @Test
    void theTenantsSenderNameIsTheFromNameAndTheAddressStaysTheHosts() throws Exception {
        String subject = unique("Sender name");
        long ticket = tenant.ticket(tenant.as(carol), subject);
        tenant.as(sam).post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "Looking into it").add("internal", false).build()).expect(201);

        MimeMessage mail = MAIL.await(carol, subject, 1).get(0);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("Acme Helpdesk", from.getPersonal());
        assertTrue(mail.getSubject().startsWith("[Acme Helpdesk] "), mail.getSubject());
        assertFalse(from.getAddress().contains("Acme"), "the address is the host's: " + from.getAddress());
    }

    /** With a digest period of a few seconds: three changes, no mail at once, then one digest listing all three. */
    @Test
    void theDigestCollectsAFollowersChangesIntoOneMailPerPeriod() throws Exception {
        TestTenant busy = TestTenant.create("digest");
        String alice = "alice@" + busy.slug() + ".example";
        String agent = "agent@" + busy.slug() + ".example";
        busy.person(alice, "CONTACT", busy.organisation("Busy Ltd", "BUSY-1"));
        busy.person(agent, "AGENT", null);
        busy.enable("ticket-following");
        busy.admin().put(busy.path("/admin/plugins/ticket-following/settings"), Json.createObjectBuilder()
                .add("digest", "hourly").add("digestPeriod", "PT12S").add("senderName", "Busy Support").build())
                .expect(200);
        String subject = unique("Digest me");
        long ticket = busy.ticket(busy.as(alice), subject);

        patch(busy, busy.as(agent), ticket, Json.createObjectBuilder().add("priority", "HIGH").build()).expect(200);
        busy.as(agent).post(busy.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "On it").add("internal", false).build()).expect(201);
        patch(busy, busy.as(agent), ticket, Json.createObjectBuilder().add("status", "PENDING").build()).expect(200);
        // Wait until the plugin has handled all three (each queued one digest line for Alice)...
        Eventually.eventually().until(() -> handled(busy, agent, ticket) >= 3);
        assertEquals(3, handled(busy, agent, ticket), "three changes, each telling Alice");
        // ... and none of them mailed her at once.
        assertEquals(0, MAIL.to(alice, subject).size(), "no immediate mail: " + MAIL.subjects());
        assertEquals(0, MAIL.to(alice, "ticket update(s)").size(), "no digest before its period is over");

        List<MimeMessage> digests = MAIL.await(alice, "[Busy Support] 3 ticket update(s)", 1);
        Eventually.keepsHolding(() -> {
            assertEquals(1, MAIL.to(alice, "ticket update(s)").size(), "exactly one digest: " + MAIL.subjects());
            assertEquals(0, MAIL.to(alice, subject).size(), "and still no single mails");
        });
        String body = Mailbox.body(digests.get(0));
        assertTrue(body.contains(subject + ": updated") && body.contains(subject + ": new comment")
                && body.contains(subject + ": status Pending"), body);
        assertEquals(3, body.lines().filter(line -> line.startsWith("- ")).count(), body);
        assertEquals(0, MAIL.to(agent, "ticket update(s)").size(), "the agent made the changes: no digest for him");
    }

    /** Events the plugin handled for the ticket that told somebody (the activity endpoint, agents only). */
    private static long handled(TestTenant in, String agent, long ticket) {
        return in.as(agent).get(in.path(PLUGIN + "/tickets/" + ticket + "/activity")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getInt("mails") > 0).count();
    }
}
