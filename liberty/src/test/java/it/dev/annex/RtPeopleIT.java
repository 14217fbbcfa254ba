package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.rt.client.RtUser;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import it.dev.annex.support.RealRt;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People on an RT-backed tenant (issue 15): a contact the tenant's admin adds, renames, moves,
 * deactivates in Annex is so in the real RT 5, as an end user with the organisation in its
 * {@code Organization} field (the tenant's rule); an organisation renamed in Annex is renamed on
 * its people in RT; agents stay out of RT; and with RT stopped, adding a person answers 503 and
 * adds no one in Annex either.
 */
@ExtendWith(RealRt.Running.class)
class RtPeopleIT {

    private static TestTenant tenant;
    private static Api admin;

    @BeforeAll
    static void aTenantBackedByRt() {
        tenant = RealRt.tenant("rt-people", "annex-people");
        admin = tenant.admin();
    }

    private static RtUser inRt(String email) {
        return RealRt.client().user(email).orElseThrow(() -> new AssertionError(email + " is not an RT user"));
    }

    private static String email(String name) {
        return name + "@" + tenant.slug() + ".example";
    }

    @Test
    void aContactWrittenInAnnexIsAnEndUserInRtWithTheirOrganisation() {
        long acme = tenant.organisation("Acme " + tenant.slug(), "ACME");
        long globex = tenant.organisation("Globex " + tenant.slug(), "GLOBEX");
        String dora = email("dora");
        long id = tenant.person(dora, "CONTACT", acme);

        RtUser user = inRt(dora);
        assertEquals("dora", user.realName());
        assertEquals("Acme " + tenant.slug(), user.organization());
        assertFalse(user.privileged(), "an end user, not RT staff");
        assertFalse(user.disabled());

        admin.patch(tenant.path("/people/" + id), Json.createObjectBuilder().add("displayName", "Dora Explorer")
                .add("organisationId", globex).build()).expect(200);
        user = inRt(dora);
        assertEquals("Dora Explorer", user.realName());
        assertEquals("Globex " + tenant.slug(), user.organization(), "moved in Annex, moved in RT");

        admin.patch(tenant.path("/organisations/" + globex), Json.createObjectBuilder()
                .add("name", "Globex Corporation " + tenant.slug()).build()).expect(200);
        assertEquals("Globex Corporation " + tenant.slug(), inRt(dora).organization(), "the organisation renamed on its people");

        admin.patch(tenant.path("/people/" + id), "{\"active\":false}").expect(200);
        assertTrue(inRt(dora).disabled(), "deactivated in Annex, disabled in RT");
        admin.patch(tenant.path("/people/" + id), "{\"active\":true}").expect(200);
        assertFalse(inRt(dora).disabled(), "and enabled again");
    }

    @Test
    void withRtStoppedAPasswordChangeStillWorksAsRtKeepsNoPassword() {
        String ria = email("ria");
        long id = tenant.person(ria, "CONTACT", tenant.organisation("Umbrella " + tenant.slug(), "UMBRELLA"));
        RealRt.stop();
        try {
            admin.patch(tenant.path("/people/" + id), "{\"password\":\"another-good-password\"}").expect(200);
            Api.basic(ria, "another-good-password").get(tenant.path("/me")).expect(200);
            admin.patch(tenant.path("/people/" + id), "{\"displayName\":\"Ria R.\"}").expectProblem(503);
        } finally {
            RealRt.start();
        }
        assertEquals("ria", inRt(ria).realName(), "the refused rename changed RT no more than Annex");
        assertEquals("ria", admin.get(tenant.path("/people/" + id)).expect(200).json().getString("displayName"));
    }

    /** The group rule: a contact joins the RT group named after their organisation, when RT has it. */
    @Test
    void underTheGroupRuleAContactJoinsTheRtGroupOfTheirOrganisation() {
        TestTenant grouped = TestTenant.create("rt-people-groups");
        TestTenant.OPERATOR.put("/api/operator/tenants/" + grouped.slug() + "/help-desk", Json.createObjectBuilder()
                .add("kind", "RT").add("baseUrl", RealRt.URL).add("token", RealRt.token())
                .add("queues", Json.createArrayBuilder().add(RealRt.queue("annex-people-groups")))
                .add("organisations", "GROUP").build().toString()).expect(200);
        String group = "Wayne " + grouped.slug();
        RealRt.client().createGroup(group);
        long wayne = grouped.organisation(group, "WAYNE");
        String bruce = "bruce@" + grouped.slug() + ".example";
        long id = grouped.person(bruce, "CONTACT", wayne);
        assertEquals(List.of(group), RealRt.client().groupsOf(bruce));
        assertEquals("", inRt(bruce).organization(), "the group rule leaves the Organization field alone");
        grouped.admin().patch(grouped.path("/people/" + id), "{\"displayName\":\"Bruce W.\"}").expect(200);
        assertEquals("Bruce W.", inRt(bruce).realName(), "changed again with its membership kept");
        assertEquals(List.of(group), RealRt.client().groupsOf(bruce));
    }

    @Test
    void anAgentOfAnnexIsNotWrittenToRt() {
        String agent = email("agnes");
        tenant.person(agent, "AGENT", null);
        assertTrue(RealRt.client().user(agent).isEmpty(), "RT's staff are RT's own");
    }

    @Test
    void withRtStoppedAddingAPersonAnswers503AndAddsNoOne() {
        long org = tenant.organisation("Initech " + tenant.slug(), "INITECH");
        String peter = email("peter");
        RealRt.stop();
        try {
            Reply refused = admin.post(tenant.path("/people"), Json.createObjectBuilder().add("email", peter)
                    .add("displayName", "Peter").add("role", "CONTACT").add("organisationId", org)
                    .add("password", TestTenant.PASSWORD).build());
            refused.expectProblem(503);
            assertNotNull(refused.header("Retry-After"));
            assertEquals(0, admin.get(tenant.path("/people?q=" + peter)).expect(200).json().getInt("total"),
                    "nothing written in Annex either");
        } finally {
            RealRt.start();
        }
        tenant.person(peter, "CONTACT", org);
        assertEquals("Initech " + tenant.slug(), inRt(peter).organization(), "the same request works once RT is back");
    }
}
