package dev.annex.plugins.following;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.AnnexServer;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's jar in a real Annex on Open Liberty (the server the plugin parent starts for
 * {@code mvn verify}): following a ticket through the plugin's endpoints, with the host's own
 * visibility rules and per-tenant switch around it.
 */
class TicketFollowingIT {

    private static final String PLUGIN = AnnexServer.plugin();

    private static TestTenant tenant;
    private static String carol;
    private static String dan;
    private static String sam;
    private static long samId;

    @BeforeAll
    static void tenant() {
        tenant = AnnexServer.tenantWithPlugin("follow");
        long acme = tenant.organisation("Acme Corporation", "ACME-1");
        long other = tenant.organisation("Other Ltd", "OTHER-1");
        carol = tenant.email("carol");
        dan = tenant.email("dan");
        sam = tenant.email("sam");
        tenant.person(carol, "CONTACT", acme);
        tenant.person(dan, "CONTACT", other);
        samId = tenant.person(sam, "AGENT", null);
    }

    private static List<JsonObject> followed(Api as) {
        return followed(tenant, as);
    }

    private static List<JsonObject> followed(TestTenant in, Api as) {
        return as.get(in.plugin(PLUGIN, "/followed")).expect(200).array().getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(List<JsonObject> tickets) {
        return tickets.stream().map(t -> t.getJsonNumber("ticketId").longValue()).toList();
    }

    @Test
    void anAgentWhoFollowsATicketSeesItInTheirListUntilTheyUnfollow() {
        long ticket = tenant.ticket(tenant.as(carol), "Printer jams");
        Api samSignedIn = tenant.signIn(sam);
        assertFalse(ids(followed(samSignedIn)).contains(ticket));

        JsonObject following = samSignedIn.put(tenant.plugin(PLUGIN, "/tickets/" + ticket + "/follow"), null)
                .expect(200).json();
        assertTrue(following.getBoolean("following"));
        assertTrue(following.getJsonArray("followers").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getJsonNumber("personId").longValue() == samId), following::toString);

        JsonObject listed = followed(samSignedIn).stream()
                .filter(t -> t.getJsonNumber("ticketId").longValue() == ticket).findFirst().orElseThrow();
        assertEquals("Printer jams", listed.getString("subject"), "the list shows the host's ticket");
        assertFalse(listed.getBoolean("creator"));

        samSignedIn.delete(tenant.plugin(PLUGIN, "/tickets/" + ticket + "/follow")).expect(200);
        assertFalse(ids(followed(samSignedIn)).contains(ticket), "unfollowed: off the list");
    }

    @Test
    void aContactCannotFollowATicketOfAnotherOrganisation() {
        long ticket = tenant.ticket(tenant.as(carol), "Invoice wrong");
        tenant.as(dan).get(tenant.path("/tickets/" + ticket)).expect(404);

        tenant.as(dan).put(tenant.plugin(PLUGIN, "/tickets/" + ticket + "/follow"), null).expectProblem(404);
        assertFalse(ids(followed(tenant.as(dan))).contains(ticket));
    }

    @Test
    void theTenantsSwitchTurnsThePluginOffAndOn() {
        TestTenant off = AnnexServer.tenant("follow-off");
        off.admin().get(off.plugin(PLUGIN, "/followed")).expectProblem(404);
        off.enable(PLUGIN);
        assertEquals(List.of(), followed(off, off.admin()));
        off.disable(PLUGIN);
        off.admin().get(off.plugin(PLUGIN, "/followed")).expectProblem(404);
    }
}
