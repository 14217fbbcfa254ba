package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Grants are folded into the ticket list query: a contact's list costs the same SQL statements
 * whether one grant and one ticket stand behind it or dozens of each.
 */
class GrantQueryCostIT {

    private static final String HEADER = "X-Annex-Sql-Statements";

    private static void grantTicket(TestTenant tenant, long person, long ticket) {
        tenant.admin().post(tenant.path("/plugins/echo/grants"), Json.createObjectBuilder().add("subjectKind", "PERSON")
                .add("subjectId", person).add("targetKind", "TICKET").add("targetId", ticket).add("level", "READ")
                .build()).expect(200);
    }

    /** The statements of a list request once the caller is known (the host keeps tenant, token and person per node). */
    private static int listCost(TestTenant tenant, Api api, int expectedTotal) {
        api.get(tenant.path("/tickets?size=100")).expect(200);
        Reply list = api.get(tenant.path("/tickets?size=100")).expect(200);
        assertEquals(expectedTotal, list.json().getInt("total"));
        assertNotNull(list.header(HEADER), "the IT server reports statement counts");
        return Integer.parseInt(list.header(HEADER));
    }

    @Test
    void aContactsListCostsTheSameStatementsWhateverTheNumberOfGrantsAndTickets() {
        TestTenant tenant = TestTenant.create("cost");
        long customer = tenant.organisation("Customer", "C");
        long partner = tenant.organisation("Partner", "P");
        long pat = tenant.person("pat@p.example", "CONTACT", partner);
        tenant.person("carl@c.example", "CONTACT", customer);
        Api carl = tenant.as("carl@c.example");
        Api patApi = tenant.as("pat@p.example");
        PluginRuntimeIT.enable(tenant, "echo");

        grantTicket(tenant, pat, tenant.ticket(carl, "first"));
        int small = listCost(tenant, patApi, 1);

        for (int i = 0; i < 30; i++) {
            grantTicket(tenant, pat, tenant.ticket(carl, "more " + i));
        }
        tenant.admin().post(tenant.path("/plugins/echo/grants"), Json.createObjectBuilder().add("subjectKind", "ORGANISATION")
                .add("subjectId", partner).add("targetKind", "ORGANISATION_TICKETS").add("targetId", customer)
                .add("level", "READ").build()).expect(200);
        for (int i = 0; i < 10; i++) {
            tenant.ticket(carl, "covered by the organisation grant " + i);
        }
        int large = listCost(tenant, patApi, 41);

        System.out.println("SQL statements for a contact's ticket list request: " + small + " (1 grant, 1 ticket), "
                + large + " (32 grants, 41 tickets)");
        assertEquals(small, large, "statements for 1 grant/1 ticket vs 32 grants/41 tickets");
    }
}
