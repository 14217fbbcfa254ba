package dev.annex.plugins.following;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Turning ticket-following off for a tenant stops all of it at once: endpoints, mail, UI. */
class FollowingDisabledIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();
    private static final String PLUGIN = FollowingIT.PLUGIN;

    @Test
    void disablingThePluginStopsEndpointsMailAndUiAtOnce() throws Exception {
        TestTenant tenant = TestTenant.create("follow-off");
        long org = tenant.organisation("Acme", "A-1");
        String carol = "carol@" + tenant.slug() + ".example";
        String sam = "sam@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", org);
        tenant.person(sam, "AGENT", null);
        tenant.enable("ticket-following");
        long ticket = tenant.ticket(tenant.as(carol), "Off switch");
        tenant.as(sam).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expect(200);
        assertTrue(tenant.as(carol).get(tenant.path("/plugins")).body().contains("annex-followers"));

        // While on: a comment mails the follower.
        tenant.as(carol).post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "while on").build()).expect(201);
        MAIL.await(sam, "Off switch: new comment", 1);

        tenant.disable("ticket-following");

        tenant.as(sam).get(tenant.path(PLUGIN + "/tickets/" + ticket + "/followers")).expectProblem(404);
        tenant.as(sam).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expectProblem(404);
        tenant.as(sam).get(tenant.path(PLUGIN + "/followed")).expectProblem(404);
        assertFalse(tenant.as(carol).get(tenant.path("/plugins")).body().contains("annex-followers"), "no UI panel");

        tenant.as(carol).post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "while off").build()).expect(201);
        tenant.person("newcomer@" + tenant.slug() + ".example", "CONTACT", org);
        Eventually.keepsHolding(() -> {
            assertEquals(1, MAIL.to(sam, "Off switch").size(), "no mail for the comment made while off");
            assertEquals(0, MAIL.to("newcomer@" + tenant.slug() + ".example", "Welcome").size(), "no welcome mail while off");
        });
    }
}
