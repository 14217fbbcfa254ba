package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenant B's rows do not exist for tenant A, whichever id A tries and whatever A's role. */
class TenantIsolationIT {

    private static TestTenant a;
    private static TestTenant b;
    private static long bTicket;
    private static long bOrganisation;
    private static long bPerson;

    @BeforeAll
    static void twoTenants() {
        a = TestTenant.create("iso-a");
        b = TestTenant.create("iso-b");
        bOrganisation = b.organisation("B's customer", "B-1");
        bPerson = b.person("contact@b.example", "CONTACT", bOrganisation);
        bTicket = b.ticket(b.as("contact@b.example"), "B's secret ticket");
    }

    @Test
    void anotherTenantsTicketIsNotFound() {
        Api admin = a.admin();
        admin.get(a.path("/tickets/" + bTicket)).expectProblem(404);
        admin.get(a.path("/tickets/" + bTicket + "/comments")).expectProblem(404);
        admin.post(a.path("/tickets/" + bTicket + "/comments"), "{\"body\":\"hello B\"}").expectProblem(404);
        admin.header("If-Match", "\"1\"").patch(a.path("/tickets/" + bTicket), "{\"subject\":\"pwned\"}")
                .expectProblem(404);
        assertEquals("B's secret ticket", b.admin().get(b.path("/tickets/" + bTicket)).expect(200).json().getString("subject"));
        assertEquals(0, b.admin().get(b.path("/tickets/" + bTicket + "/comments")).json().getInt("total"));
    }

    @Test
    void anotherTenantsOrganisationAndPersonAreNotFound() {
        Api admin = a.admin();
        admin.get(a.path("/organisations/" + bOrganisation)).expectProblem(404);
        admin.patch(a.path("/organisations/" + bOrganisation), "{\"name\":\"pwned\"}").expectProblem(404);
        admin.get(a.path("/people/" + bPerson)).expectProblem(404);
        admin.patch(a.path("/people/" + bPerson), "{\"active\":false}").expectProblem(404);
        assertEquals("B's customer", b.admin().get(b.path("/organisations/" + bOrganisation)).json().getString("name"));
        b.as("contact@b.example").get(b.path("/me")).expect(200);
    }

    @Test
    void anotherTenantsIdsCannotBeReferencedInWrites() {
        a.admin().post(a.path("/tickets"), "{\"subject\":\"x\",\"requesterId\":" + bPerson + "}")
                .expectProblem(422, "requesterId");
        a.admin().post(a.path("/tickets"), "{\"subject\":\"x\",\"organisationId\":" + bOrganisation + "}")
                .expectProblem(422, "organisationId");
        a.admin().post(a.path("/people"), "{\"email\":\"x@a.example\",\"displayName\":\"X\",\"role\":\"CONTACT\","
                + "\"organisationId\":" + bOrganisation + "}").expectProblem(422, "organisationId");
    }

    @Test
    void listsHoldOnlyTheTenantsOwnRows() {
        Api admin = a.admin();
        for (String list : new String[] {"/tickets?size=100", "/organisations?size=100", "/people?size=100"}) {
            String body = admin.get(a.path(list)).expect(200).body();
            assertFalse(body.contains("B's") || body.contains("contact@b.example"), list + ": " + body);
        }
        JsonObject people = admin.get(a.path("/people")).json();
        assertEquals(1, people.getInt("total"), "only A's own admin");
    }
}
