package it.dev.annex.plugin;

import it.dev.annex.support.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Turning ticket-following off for a tenant stops all of it at once: endpoints, mail, UI. */
class FollowingDisabledIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("annex.it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final String PLUGIN = FollowingIT.PLUGIN;

    @Test
    void disablingThePluginStopsEndpointsMailAndUiAtOnce() throws Exception {
        TestTenant tenant = TestTenant.create("follow-off");
        long org = tenant.organisation("Acme", "A-1");
        String carol = "carol@" + tenant.slug() + ".example";
        String sam = "sam@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", org);
        tenant.person(sam, "AGENT", null);
        PluginRuntimeIT.enable(tenant, "ticket-following");
        long ticket = tenant.ticket(tenant.as(carol), "Off switch");
        tenant.as(sam).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expect(200);
        assertTrue(tenant.as(carol).get(tenant.path("/plugins")).body().contains("annex-followers"));

        // While on: a comment mails the follower.
        tenant.as(carol).post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "while on").build()).expect(201);
        FollowingMail mail = new FollowingMail(SMTP);
        mail.await(sam, "Off switch: new comment", 1);

        PluginRuntimeIT.disable(tenant, "ticket-following");

        tenant.as(sam).get(tenant.path(PLUGIN + "/tickets/" + ticket + "/followers")).expectProblem(404);
        tenant.as(sam).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expectProblem(404);
        tenant.as(sam).get(tenant.path(PLUGIN + "/followed")).expectProblem(404);
        assertFalse(tenant.as(carol).get(tenant.path("/plugins")).body().contains("annex-followers"), "no UI panel");

        tenant.as(carol).post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "while off").build()).expect(201);
        tenant.person("newcomer@" + tenant.slug() + ".example", "CONTACT", org);
        Eventually.keepsHolding(() -> {
            assertEquals(1, mail.to(sam, "Off switch").size(), "no mail for the comment made while off");
            assertEquals(0, mail.to("newcomer@" + tenant.slug() + ".example", "Welcome").size(), "no welcome mail while off");
        });
    }
}
