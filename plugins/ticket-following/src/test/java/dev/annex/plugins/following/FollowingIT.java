package dev.annex.plugins.following;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ticket-following plugin against the running server and a real MAIL server: who gets mail
 * for what, @mentions, sharing, and the rules that keep all of it within what people may see.
 */
class FollowingIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();
    static final String PLUGIN = "/plugins/ticket-following";

    private static TestTenant tenant;
    private static long acme;
    private static long other;
    private static String carol;
    private static String dan;
    private static String eve;
    private static String sam;
    private static String tess;
    private static long carolId;
    private static long danId;
    private static long eveId;

    @BeforeAll
    static void people() {
        tenant = TestTenant.create("follow");
        acme = tenant.organisation("Acme Corporation", "ACME-1");
        other = tenant.organisation("Other Ltd", "OTHER-1");
        String domain = "@" + tenant.slug() + ".example";
        carol = "carol" + domain;
        dan = "dan" + domain;
        eve = "eve" + domain;
        sam = "sam" + domain;
        tess = "tess" + domain;
        carolId = tenant.person(carol, "CONTACT", acme);
        danId = tenant.person(dan, "CONTACT", acme);
        eveId = tenant.person(eve, "CONTACT", other);
        tenant.person(sam, "AGENT", null);
        tenant.person(tess, "AGENT", null);
        tenant.enable("ticket-following");
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static void comment(Api as, long ticket, String body, boolean internal) {
        as.post(tenant.path("/tickets/" + ticket + "/comments"), Json.createObjectBuilder()
                .add("body", body).add("internal", internal).build()).expect(201);
    }

    private static JsonObject followers(Api as, long ticket) {
        return as.get(tenant.path(PLUGIN + "/tickets/" + ticket + "/followers")).expect(200).json();
    }

    private static List<Long> followerIds(long ticket) {
        return followers(tenant.as(sam), ticket).getJsonArray("followers").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getJsonNumber("personId").longValue()).toList();
    }

    @Test
    void aFollowerGetsExactlyOneMailPerChangeAndTheAuthorNone() throws Exception {
        String subject = unique("Printer jams");
        long ticket = tenant.ticket(tenant.as(carol), subject);
        tenant.as(tess).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expect(200);

        comment(tenant.as(sam), ticket, "Have you tried turning it off and on?", false);
        MAIL.await(carol, subject + ": new comment", 1);
        MAIL.await(tess, subject + ": new comment", 1);

        comment(tenant.as(carol), ticket, "Yes, twice.", false);
        MAIL.await(tess, subject + ": new comment", 2);
        Eventually.keepsHolding(() -> {
            assertEquals(1, MAIL.to(carol, subject + ": new comment").size(), "the requester: one mail, none for her own comment");
            assertEquals(2, MAIL.to(tess, subject + ": new comment").size(), "the follower: one mail per comment");
            assertEquals(0, MAIL.to(sam, subject).size(), "the author of the first comment, not a follower, gets none");
        });
        assertTrue(Mailbox.body(MAIL.to(tess, subject).get(0)).contains("Have you tried turning it off and on?"));
    }

    @Test
    void anInternalNoteReachesAgentFollowersButNeverAContact() throws Exception {
        String subject = unique("Invoice wrong");
        long ticket = tenant.ticket(tenant.as(carol), subject);
        tenant.as(tess).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expect(200);

        comment(tenant.as(sam), ticket, "Internal: customer is on the old plan", true);
        MAIL.await(tess, subject + ": new internal note", 1);
        comment(tenant.as(sam), ticket, "We are looking into it.", false);
        MAIL.await(carol, subject + ": new comment", 1);
        Eventually.keepsHolding(() -> {
            assertEquals(0, MAIL.to(carol, "internal").size(), "no internal note mail to the contact");
            assertTrue(MAIL.to(carol, subject).stream().noneMatch(m -> Mailbox.body(m).contains("old plan")));
        });
    }

    @Test
    void aMentionedOrganisationMemberIsNotifiedAndFollowsAndAStrangerIsNeither() throws Exception {
        String subject = unique("Mentions");
        long ticket = tenant.ticket(tenant.as(carol), subject);
        tenant.as(dan).get(tenant.path("/tickets/" + ticket)).expect(404);

        comment(tenant.as(carol), ticket, "@" + dan + " can you confirm? Also @" + eve + " and @nobody@nowhere.example", false);

        MAIL.await(dan, subject + ": you were mentioned", 1);
        JsonObject created = tenant.as(carol).get(tenant.path("/tickets/" + ticket + "/comments")).expect(200)
                .items().getJsonObject(0);
        List<JsonObject> outcomes = awaitMentions(ticket, created.getJsonNumber("id").longValue(), 3);
        Eventually.keepsHolding(() -> assertEquals(1, MAIL.to(dan, subject).size(),
                "one mail for the mention, not a second for the comment"));

        assertTrue(followerIds(ticket).contains(danId), "the mentioned teammate follows");
        tenant.as(dan).get(tenant.path("/tickets/" + ticket)).expect(200);

        assertFalse(followerIds(ticket).contains(eveId), "the stranger does not follow");
        tenant.as(eve).get(tenant.path("/tickets/" + ticket)).expect(404);
        assertEquals(0, MAIL.to(eve, subject).size(), "the stranger gets no mail");
        assertEquals(List.of(dan, eve, "nobody@nowhere.example"),
                outcomes.stream().map(o -> o.getString("mention")).toList());
        assertEquals(List.of(true, false, false), outcomes.stream().map(o -> o.getBoolean("honoured")).toList());
        assertEquals("is not a member of your organisation", outcomes.get(1).getString("reason"));
        assertEquals("is not a member of your organisation", outcomes.get(2).getString("reason"),
                "an unknown address gets the same answer: mentions do not reveal who exists");
    }

    private static List<JsonObject> awaitMentions(long ticket, long comment, int count) {
        Eventually.eventually().until(() -> mentions(ticket, comment).size() >= count);
        List<JsonObject> outcomes = mentions(ticket, comment);
        assertEquals(count, outcomes.size(), outcomes::toString);
        return outcomes;
    }

    private static List<JsonObject> mentions(long ticket, long comment) {
        return tenant.as(carol).get(tenant.path(PLUGIN + "/tickets/" + ticket + "/comments/" + comment + "/mentions"))
                .expect(200).array().getValuesAs(JsonObject.class);
    }

    @Test
    void theCreatorCannotBeRemovedNorUnfollow() {
        long ticket = tenant.ticket(tenant.as(carol), unique("Creator stays"));

        JsonObject panel = followers(tenant.as(carol), ticket);
        assertTrue(panel.getBoolean("creator"));
        JsonObject creator = panel.getJsonArray("followers").getJsonObject(0);
        assertEquals(carolId, creator.getJsonNumber("personId").longValue());
        assertFalse(creator.getBoolean("removable"));

        tenant.as(sam).delete(tenant.path(PLUGIN + "/tickets/" + ticket + "/followers/" + carolId)).expectProblem(409, "personId");
        tenant.as(carol).delete(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow")).expectProblem(409, "personId");
        assertTrue(followerIds(ticket).contains(carolId));
    }

    @Test
    void aTicketOlderThanThePluginHasItsRequesterAsFollower() {
        TestTenant late = TestTenant.create("follow-late");
        long org = late.organisation("Late Ltd", "LATE-1");
        String lena = "lena@" + late.slug() + ".example";
        long lenaId = late.person(lena, "CONTACT", org);
        long ticket = late.ticket(late.as(lena), "Before the plugin");
        late.enable("ticket-following");

        JsonObject panel = late.as(lena).get(late.path(PLUGIN + "/tickets/" + ticket + "/followers")).expect(200).json();
        assertEquals(lenaId, panel.getJsonArray("followers").getJsonObject(0).getJsonNumber("personId").longValue());
        assertTrue(panel.getBoolean("following"));
    }

    @Test
    void sharingWithATeammateMakesThemAFollowerWhoIsToldButNeverWithAStranger() throws Exception {
        String subject = unique("Share me");
        long ticket = tenant.ticket(tenant.as(carol), subject);

        tenant.as(carol).post(tenant.path(PLUGIN + "/tickets/" + ticket + "/shares"),
                Json.createObjectBuilder().add("personId", danId).build()).expect(200);
        MAIL.await(dan, subject + ": shared with you", 1);
        assertTrue(followerIds(ticket).contains(danId));
        tenant.as(dan).get(tenant.path("/tickets/" + ticket)).expect(200);

        JsonObject refused = tenant.as(carol).post(tenant.path(PLUGIN + "/tickets/" + ticket + "/shares"),
                Json.createObjectBuilder().add("personId", eveId).build()).expectProblem(422, "personId");
        assertTrue(refused.toString().contains("outside your organisation"), refused::toString);
        tenant.as(eve).get(tenant.path("/tickets/" + ticket)).expect(404);
        assertFalse(followerIds(ticket).contains(eveId));
    }

    @Test
    void sharingWithAnOrganisationGrantsThatOneTicketAndCanBeTakenBackButNotTheHomeOrganisation() {
        long ticket = tenant.ticket(tenant.as(carol), unique("Org share"));
        long unrelated = tenant.ticket(tenant.as(carol), unique("Not shared"));

        // The tenant does not let contacts share with other organisations (the default).
        tenant.as(carol).post(tenant.path(PLUGIN + "/tickets/" + ticket + "/shares"),
                Json.createObjectBuilder().add("organisationId", other).build()).expectProblem(403);
        tenant.as(sam).post(tenant.path(PLUGIN + "/tickets/" + ticket + "/shares"),
                Json.createObjectBuilder().add("organisationId", other).build()).expect(200);

        tenant.as(eve).get(tenant.path("/tickets/" + ticket)).expect(200);
        tenant.as(eve).get(tenant.path("/tickets/" + unrelated)).expect(404);
        assertEquals(0, MAIL.to(eve, "Org share").size(), "an organisation gets no mail");

        tenant.as(sam).delete(tenant.path(PLUGIN + "/tickets/" + ticket + "/organisations/" + acme)).expectProblem(409, "organisationId");
        tenant.as(sam).delete(tenant.path(PLUGIN + "/tickets/" + ticket + "/organisations/" + other)).expect(200);
        tenant.as(eve).get(tenant.path("/tickets/" + ticket)).expect(404);
    }

    @Test
    void anotherTenantsTicketIdsAnswer404() {
        TestTenant stranger = TestTenant.create("follow-other");
        stranger.enable("ticket-following");
        long theirs = stranger.ticket(stranger.admin(), "Their ticket");

        tenant.as(sam).get(tenant.path(PLUGIN + "/tickets/" + theirs + "/followers")).expectProblem(404);
        tenant.as(sam).put(tenant.path(PLUGIN + "/tickets/" + theirs + "/follow"), null).expectProblem(404);
        tenant.as(sam).post(tenant.path(PLUGIN + "/tickets/" + theirs + "/shares"),
                Json.createObjectBuilder().add("organisationId", other).build()).expectProblem(404);
        assertEquals(1, stranger.admin().get(stranger.path(PLUGIN + "/tickets/" + theirs + "/followers")).expect(200)
                .json().getJsonArray("followers").size(), "their followers are untouched");
    }

    @Test
    void aContactCannotFollowATicketTheyCannotSee() {
        long ticket = tenant.ticket(tenant.as(carol), unique("Private"));
        tenant.as(eve).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expectProblem(404);
    }

    @Test
    void aFollowerWithNotificationsOffGetsNoMail() throws Exception {
        String subject = unique("Quiet please");
        long ticket = tenant.ticket(tenant.as(carol), subject);
        tenant.as(tess).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/follow"), null).expect(200);
        tenant.as(carol).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/notifications"),
                Json.createObjectBuilder().add("notifications", false).build()).expect(200);
        tenant.as(carol).put(tenant.path(PLUGIN + "/tickets/" + ticket + "/notifications"), "{}")
                .expectProblem(422, "notifications");

        comment(tenant.as(sam), ticket, "Update for you", false);
        MAIL.await(tess, subject, 1);
        Eventually.keepsHolding(() -> {
            assertEquals(0, MAIL.to(carol, subject).size());
        });
    }

    @Test
    void escalationAndTheReleasedFixReachFollowers() throws Exception {
        String subject = unique("Needs a code fix");
        long ticket = tenant.ticket(tenant.as(carol), subject);
        var current = tenant.as(sam).get(tenant.path("/tickets/" + ticket)).expect(200);
        tenant.as(sam).header("If-Match", current.header("ETag")).patch(tenant.path("/tickets/" + ticket),
                Json.createObjectBuilder().add("status", "CLOSED_ESCALATED").build()).expect(200);
        MAIL.await(carol, subject + ": status Closed – escalated to engineering", 1);

        tenant.as(carol).post(tenant.path(PLUGIN + "/tickets/" + ticket + "/release"),
                Json.createObjectBuilder().add("version", "4.2.1").build()).expectProblem(403);
        tenant.as(sam).post(tenant.path(PLUGIN + "/tickets/" + ticket + "/release"),
                Json.createObjectBuilder().add("version", "").build()).expectProblem(422, "version");
        tenant.as(sam).post(tenant.path(PLUGIN + "/tickets/" + ticket + "/release"),
                Json.createObjectBuilder().add("version", "4.2.1").build()).expect(200);
        var mail = MAIL.await(carol, subject + ": new comment", 1);
        assertTrue(Mailbox.body(mail.get(0)).contains("shipped in release 4.2.1"));
    }

    @Test
    void aPersonAddedToThePortalGetsAWelcomeMail() throws Exception {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.slug() + ".example";
        tenant.person(newcomer, "CONTACT", acme);
        MAIL.await(newcomer, "Welcome to the support portal", 1);
    }

    @Test
    void mentionCandidatesAreTheAuthorsOrganisationOrForAgentsTheAgents() {
        List<String> forCarol = tenant.as(carol).get(tenant.path(PLUGIN + "/mentionable")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("email")).toList();
        assertTrue(forCarol.contains(dan));
        assertFalse(forCarol.contains(eve));
        assertFalse(forCarol.contains(sam));
        assertFalse(forCarol.contains(carol));
        List<String> forSam = tenant.as(sam).get(tenant.path(PLUGIN + "/mentionable")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("email")).toList();
        assertTrue(forSam.contains(tess));
        assertFalse(forSam.contains(carol));
    }
}
