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

    /** A customer with its contact Carl and a partner with its contact Pat, echo (which grants) on. */
    private record Partners(TestTenant tenant, long customer, long partner, long pat, Api carl, Api patApi) {

        static Partners of(String name) {
            TestTenant tenant = TestTenant.create(name);
            long customer = tenant.organisation("Customer", "C");
            long partner = tenant.organisation("Partner", "P");
            long pat = tenant.person("pat@p.example", "CONTACT", partner);
            tenant.person("carl@c.example", "CONTACT", customer);
            PluginRuntimeIT.enable(tenant, "echo");
            return new Partners(tenant, customer, partner, pat, tenant.as("carl@c.example"), tenant.as("pat@p.example"));
        }
    }

    private static java.util.List<String> subjects(Reply page) {
        return page.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(t -> t.getString("subject")).toList();
    }

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
        Partners f = Partners.of("cost");
        TestTenant tenant = f.tenant();
        long customer = f.customer();
        long partner = f.partner();
        long pat = f.pat();
        Api carl = f.carl();
        Api patApi = f.patApi();

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

    /**
     * Every page carries the total, past the end too, at the same statements: on PostgreSQL the
     * page's ids and the total are one statement (COUNT(*) OVER ()) and the page's records a second
     * (none past the end, where the total is counted apart instead); on Derby a count and a page.
     */
    @Test
    void everyPageCarriesTheTotalAtTheSameStatements() {
        Partners f = Partners.of("cost-window");
        TestTenant tenant = f.tenant();
        Api patApi = f.patApi();
        for (int i = 0; i < 3; i++) {
            grantTicket(tenant, f.pat(), tenant.ticket(f.carl(), "granted " + i));
        }
        tenant.ticket(f.carl(), "not granted");

        patApi.get(tenant.path("/tickets?size=2")).expect(200);
        Reply first = patApi.get(tenant.path("/tickets?size=2")).expect(200);
        Reply second = patApi.get(tenant.path("/tickets?size=2&page=1")).expect(200);
        Reply beyond = patApi.get(tenant.path("/tickets?size=2&page=5")).expect(200);
        for (Reply page : java.util.List.of(first, second, beyond)) {
            assertEquals(3, page.json().getInt("total"), "the total on every page, past the end too");
        }
        assertEquals(java.util.List.of("granted 2", "granted 1"), subjects(first), "newest first, in the query's order");
        assertEquals(java.util.List.of("granted 0"), subjects(second));
        assertEquals(0, beyond.json().getJsonArray("items").size());
        assertEquals(first.header(HEADER), second.header(HEADER));
        assertEquals(first.header(HEADER), beyond.header(HEADER), "a page past the end costs what any page costs");
    }
}
