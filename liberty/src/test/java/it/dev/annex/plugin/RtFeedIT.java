package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtTicket;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import it.dev.annex.support.RealRt;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running server polls the RT-backed tenant's transaction feed on its own (no test calls the
 * poller): what an RT agent does through RT's REST API, as RT's web UI would, reaches Annex's ticket
 * list and the ticket-following plugin's mail exactly once, Annex's own writes do not come back as
 * second events, and while RT is stopped reads are served from the index, writes answer 503 and the
 * feed resumes from its cursor afterwards. Against the real RT 5 ({@code .ci/rt}, IT port + 9) and
 * GreenMail.
 */
class RtFeedIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();
    private static final String FOLLOW = "/plugins/ticket-following/tickets/";
    /**
     * What waits on RT's feed: the suite's RT (Debian's standalone server, two workers) serves every
     * RT-backed tenant the suite made, and the server's feed round reads each of them in turn, so on a
     * loaded machine a change made in RT can take longer than the host's own work to show.
     */
    private static final Duration FEED = Duration.ofMinutes(2);

    private static String queue;
    private static TestTenant tenant;
    private static String carol;
    private static String tess;
    private static RtClient rt;
    private static RtClient rtAgent;

    @BeforeAll
    static void aTenantBackedByRtWithTicketFollowingOn() {
        RealRt.start();
        rt = RealRt.client();
        rtAgent = RealRt.agent();
        queue = RealRt.queue("annex-feed");
        tenant = TestTenant.create("rt-feed");
        carol = "carol@" + tenant.slug() + ".example";
        tess = "tess@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", tenant.organisation("Acme", "ACME"));
        tenant.person(tess, "AGENT", null);
        RealRt.connect(tenant, queue);
        PluginRuntimeIT.enable(tenant, "ticket-following");
    }

    @AfterAll
    static void stopRt() {
        RealRt.start(); // a test that failed while RT was stopped leaves it running for the next class
        RealRt.stop();
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static long open(String subject) {
        return tenant.as(carol).post(tenant.path("/tickets"), Json.createObjectBuilder()
                .add("subject", subject).add("description", "Please help.").build()).expect(201).id();
    }

    private static RtTicket inRt(String subject) {
        List<RtTicket> found = rt.search("Queue = '" + queue + "' AND Subject = '" + subject + "'", 1, 10).items();
        assertEquals(1, found.size(), "one RT ticket '" + subject + "' in the tenant's queue");
        return found.get(0);
    }

    private static JsonObject listed(String subject) {
        return tenant.as(tess).get(tenant.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("subject").equals(subject))
                .findFirst().orElse(null);
    }

    @Test
    void anRtAgentsReplyMailsTheFollowerExactlyOnceAndAnnexsOwnReplyDoesNotEcho() throws Exception {
        String subject = unique("VPN drops");
        long ticket = open(subject);
        RtTicket created = inRt(subject);
        assertEquals(carol, created.requestors().get(0).email(), "the contact's ticket exists in RT, hers");
        tenant.as(tess).put(tenant.path(FOLLOW + ticket + "/follow"), null).expect(200);

        // Annex's own write: one mail to the follower when Annex writes it, none when RT's feed brings it back.
        tenant.as(carol).post(tenant.path("/tickets/" + ticket + "/comments"),
                "{\"body\":\"Still broken after lunch\"}").expect(201);
        MAIL.await(tess, subject + ": new comment", 1);
        // An RT agent replies in RT: the server's own schedule reads it from RT's feed.
        rtAgent.correspond(created.id(), "Rebooted the concentrator; try now.");
        List<jakarta.mail.internet.MimeMessage> mails = MAIL.await(tess, subject + ": new comment", 2, FEED);
        assertTrue(Mailbox.body(mails.get(1)).contains("Rebooted the concentrator"), Mailbox.body(mails.get(1)));
        MAIL.await(carol, subject + ": new comment", 1);
        Eventually.keepsHolding(() -> {
            assertEquals(2, MAIL.to(tess, subject + ": new comment").size(),
                    "the follower: one mail for Carol's reply, one for the agent's, none for the echo: " + MAIL.subjects());
            assertEquals(1, MAIL.to(carol, subject + ": new comment").size(), "the requester: the agent's reply only");
        });
        List<String> bodies = tenant.as(tess).get(tenant.path("/tickets/" + ticket + "/comments")).expect(200).items()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
        assertEquals(List.of("Still broken after lunch", "Rebooted the concentrator; try now."), bodies,
                "each reply once in the conversation");
    }

    @Test
    void changesMadeInRtReachTheAnnexTicketList() {
        String subject = unique("Toner low");
        open(subject);
        rtAgent.update(inRt(subject).id(), RtTicketChanges.status("stalled"));
        Eventually.eventually().atMost(FEED).alias("RT's status reaches the list")
                .until(() -> "ON_HOLD".equals(listed(subject).getString("status")));

        String madeInRt = unique("Opened in RT");
        rtAgent.createTicket(new NewRtTicket(queue, madeInRt, carol, "Phoned it in.", 50, List.of()));
        Eventually.eventually().atMost(FEED).alias("a ticket opened in RT reaches the list").until(() -> listed(madeInRt) != null);
        assertEquals(carol, tenant.as(tess).get(tenant.path("/people/" + listed(madeInRt).getJsonNumber("requesterId")))
                .expect(200).json().getString("email"), "RT's requestor is the Annex person with that email");
    }

    @Test
    void whileRtIsStoppedReadsComeFromTheIndexWritesAre503AndTheFeedResumesWithNothingLostOrTwice()
            throws Exception {
        String subject = unique("Outage");
        long ticket = open(subject);
        long rtId = inRt(subject).id();
        tenant.as(tess).put(tenant.path(FOLLOW + ticket + "/follow"), null).expect(200);
        assertTrue(tenant.as(tess).get(tenant.path("/help-desk")).expect(200).json().isNull("behindSince"),
                "current while RT answers");

        // A reply made just before RT stops: read before the stop, or after the restart — once either way.
        rtAgent.correspond(rtId, "Before the outage");
        RealRt.stop();
        Instant stopped = Instant.now();
        try {
            Api asCarol = tenant.as(carol);
            JsonObject item = listed(subject);
            assertNotNull(item, "the list is served from the index while RT is down");
            assertEquals(200, asCarol.get(tenant.path("/tickets/" + ticket)).status());
            long before = tenant.as(tess).get(tenant.path("/tickets?size=100")).expect(200).json().getJsonNumber("total")
                    .longValue();

            var refused = asCarol.post(tenant.path("/tickets"), "{\"subject\":\"During the outage\"}");
            assertEquals(503, refused.status(), refused.body());
            assertNotNull(refused.header("Retry-After"), "a 503 says when to try again");
            assertEquals(503, asCarol.post(tenant.path("/tickets/" + ticket + "/comments"),
                    "{\"body\":\"Anyone there?\"}").status());
            assertEquals(before, tenant.as(tess).get(tenant.path("/tickets?size=100")).expect(200).json()
                    .getJsonNumber("total").longValue(), "a refused write changes nothing");
            assertEquals(List.of(), MAIL.to(tess, "Anyone there"), "no event for a refused write");

            JsonObject status = Eventually.eventually().alias("the help desk says the data may be behind")
                    .until(() -> tenant.as(carol).get(tenant.path("/help-desk")).expect(200).json(),
                            s -> !s.isNull("behindSince"));
            assertEquals("RT", status.getString("kind"));
            assertFalse(Instant.parse(status.getString("behindSince")).isAfter(stopped),
                    "behind since the last read before the stop: " + status);
        } finally {
            RealRt.start();
        }

        rtAgent.correspond(rtId, "After the outage");
        List<jakarta.mail.internet.MimeMessage> mails = MAIL.await(tess, subject + ": new comment", 2, FEED);
        Eventually.keepsHolding(() -> assertEquals(2, MAIL.to(tess, subject + ": new comment").size(),
                "one mail per RT reply, before and after the outage, none lost or twice: " + MAIL.subjects()));
        String both = Mailbox.body(mails.get(0)) + Mailbox.body(mails.get(1));
        assertTrue(both.contains("Before the outage") && both.contains("After the outage"), both);
        Eventually.eventually().atMost(FEED).alias("current again")
                .until(() -> tenant.as(carol).get(tenant.path("/help-desk")).expect(200).json().isNull("behindSince"));
    }

    @Test
    void aTenantConnectedToAnRtThatHasTicketsImportsThemInPagesWithProgressThenTheFeedTakesOver() {
        String existing = RealRt.queue("annex-import");
        for (int i = 1; i <= 12; i++) {
            rt.createTicket(new NewRtTicket(existing, "Old ticket " + i, carol, "From before Annex.", 50, List.of()));
        }
        TestTenant imported = TestTenant.create("rt-import");
        String path = "/api/operator/tenants/" + imported.slug() + "/help-desk";
        JsonObject chosen = RealRt.connect(imported, existing);
        assertFalse(chosen.isNull("importProgress"), "the operator sees the import from the start: " + chosen);

        JsonObject done = Eventually.eventually().atMost(FEED).alias("the import is done")
                .until(() -> TestTenant.OPERATOR.get(path).expect(200).json().getJsonObject("importProgress"),
                        p -> "DONE".equals(p.getString("state")));
        assertEquals(12, done.getJsonNumber("imported").longValue(), done.toString());
        assertEquals(12, done.getJsonNumber("total").longValue(), done.toString());
        assertFalse(done.isNull("finishedAt"));
        JsonObject list = imported.admin().get(imported.path("/tickets?size=100&sort=number")).expect(200).json();
        assertEquals(12, list.getJsonNumber("total").longValue(), "every RT ticket once: " + list);
        List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("Old ticket 1", items.get(0).getString("subject"), "numbered in RT's order");
        assertEquals(carol, imported.admin().get(imported.path("/people/" + items.get(0).getJsonNumber("requesterId")))
                .expect(200).json().getString("email"), "RT's requestor is an Annex person, matched by email");

        // The feed takes over: a change made in RT after the import reaches the list.
        long rtId = rt.search("Queue = '" + existing + "' AND Subject = 'Old ticket 3'", 1, 1).items().get(0).id();
        rtAgent.update(rtId, RtTicketChanges.status("resolved"));
        Eventually.eventually().atMost(FEED).alias("RT's change after the import").until(() -> imported.admin()
                .get(imported.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("subject").equals("Old ticket 3")
                        && t.getString("status").equals("SOLVED")));
        assertEquals(12, imported.admin().get(imported.path("/tickets?size=100")).expect(200).json()
                .getJsonNumber("total").longValue(), "the feed indexed none of them twice");
    }
}
