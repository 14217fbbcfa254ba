package dev.annex.plugins.grants;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The permission-grants pages in headless Chromium: grant View on "My partners", the partner's list, revoke. */
class PermissionGrantsUiIT {

    private static final String PLUGIN = "/plugins/permission-grants";
    private static Browser browser;
    private static TestTenant tenant;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("pgui");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/permission-grants", null).expect(200);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String row(long ticketId) {
        return "a.ticket-row[data-ticket-id='" + ticketId + "']";
    }

    @Test
    void aCustomerGrantsViewThePartnerSeesTheTicketsWithTheMarkerAndRevokingRemovesThem() {
        long customer = tenant.organisation("Acme Corporation", "ACME");
        tenant.organisation("Northwind Partners", "NORTH");
        long northwind = tenant.organisation("Northwind Partners 2", "NORTH-2");
        String ada = "ada@" + tenant.slug() + ".example";
        String carl = "carl@" + tenant.slug() + ".example";
        String nora = "nora@" + tenant.slug() + ".example";
        tenant.person(ada, "ORGANISATION_ADMIN", customer);
        tenant.person(carl, "CONTACT", customer);
        long noraId = tenant.person(nora, "CONTACT", northwind);
        long carlsTicket = tenant.ticket(tenant.as(carl), "Carl's printer");

        // Earlier, Nora opened a ticket for Acme under a personal Create grant since revoked: she manages it.
        long grant = tenant.as(ada).post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder()
                .add("subjectKind", "PERSON").add("subjectId", noraId).add("level", "CREATE")
                .add("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build()).expect(201).id();
        long managed = tenant.as(nora).post(tenant.path("/tickets"), Json.createObjectBuilder()
                .add("subject", "Nora's migration").add("organisationId", customer).build()).expect(201).id();
        tenant.as(ada).delete(tenant.path(PLUGIN + "/grants/" + grant)).expect(204);

        browser.signIn(tenant.slug(), ada, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/p/permission-grants/pg-my-partners");
        browser.pick(By.id("pg-subject"), "Northwind Partners 2", "NORTH-2");
        browser.select(By.id("pg-level"), "VIEW");
        browser.driver().findElement(By.id("pg-grant")).click();
        browser.awaitText(By.id("pg-grants"), "Northwind Partners 2 (organisation)");
        browser.awaitText(By.id("pg-grants"), "Active");
        browser.signOut();

        browser.signIn(tenant.slug(), nora, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/?scope=all");
        browser.await(By.cssSelector(row(carlsTicket)));
        browser.awaitText(By.cssSelector(row(managed) + " .pg-marker"), "P");
        assertTrue(browser.all(By.cssSelector(row(carlsTicket) + " .pg-marker")).isEmpty(),
                "a ticket the customer's own contact opened carries no marker");
        browser.screenshot("permission-grants-partner-list");
        assertAccessible(browser, "permission-grants-partner-list");
        browser.signOut();

        browser.signIn(tenant.slug(), ada, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/p/permission-grants/pg-my-partners");
        browser.await(By.cssSelector("#pg-grants [data-role='revoke']")).click();
        browser.confirm();
        browser.awaitText(By.id("pg-grants-card"), "No partner has access");
        browser.signOut();

        browser.signIn(tenant.slug(), nora, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/?scope=all");
        browser.await(By.cssSelector(row(managed)));
        assertTrue(browser.all(By.cssSelector(row(carlsTicket))).isEmpty(), "Carl's ticket is gone from Nora's list");
        assertEquals(0, tenant.as(nora).get(tenant.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .stream().filter(t -> t.asJsonObject().getJsonNumber("id").longValue() == carlsTicket).count());
    }

    @Test
    void aPartnerWithCreateOpensATicketOnBehalfChoosingTheCustomersContactWhoThenSeesIt() {
        long customer = tenant.organisation("Globex", "GLOBEX");
        long partner = tenant.organisation("Initech", "INITECH");
        String gina = "gina@globex-" + tenant.slug() + ".example";
        String gus = "gus@globex-" + tenant.slug() + ".example";
        String ian = "ian@initech-" + tenant.slug() + ".example";
        tenant.person(gina, "ORGANISATION_ADMIN", customer);
        long gusId = tenant.person(gus, "CONTACT", customer);
        long ianId = tenant.person(ian, "CONTACT", partner);
        tenant.as(gina).post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder()
                .add("subjectKind", "PERSON").add("subjectId", ianId).add("level", "CREATE")
                .add("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build()).expect(201);

        browser.signIn(tenant.slug(), ian, PASSWORD);
        browser.await(By.cssSelector(nav("pg-partner-access")));
        browser.open("/t/" + tenant.slug() + "/p/permission-grants/pg-partner-access");
        browser.select(By.id("pg-behalf-customer"), Long.toString(customer));
        // The picker holds "me" and the customer's contacts once the plugin has listed them.
        browser.awaitPresent(By.cssSelector("#pg-behalf-contact option[value='" + gusId + "']"));
        assertEquals("Me (ian)", browser.driver().findElement(By.cssSelector("#pg-behalf-contact option[value='']")).getText());
        browser.select(By.id("pg-behalf-contact"), Long.toString(gusId));
        browser.type(browser.await(By.id("pg-behalf-subject")), "Gus's laptop will not boot");
        browser.driver().findElement(By.id("pg-behalf-open")).click();
        browser.awaitText(By.cssSelector("#pg-behalf-form .form-message"), "point of contact gus");
        browser.signOut();

        browser.signIn(tenant.slug(), gus, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/");
        browser.awaitText(By.id("view"), "Gus's laptop will not boot");
        var mine = tenant.as(gus).get(tenant.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("Gus's laptop will not boot", mine.getString("subject"));
        assertEquals(gusId, mine.getJsonNumber("requesterId").longValue(), "Gus is the point of contact");
        assertEquals(customer, mine.getJsonNumber("organisationId").longValue());
        browser.signOut();

        // The customer's side: Gina makes Ian the point of contact of a ticket she opened herself.
        long ginas = tenant.ticket(tenant.as(gina), "Gina's budget question");
        browser.signIn(tenant.slug(), gina, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/tickets/" + ginas);
        browser.pick(By.id("pg-contact-person"), "ian", ian);
        browser.driver().findElement(By.id("pg-contact-poc")).click();
        browser.driver().findElement(By.id("pg-contact-add")).click();
        browser.awaitText(By.cssSelector(".pg-contacts"), "Point of contact");
        assertTrue(browser.all(By.id("pg-contact-poc")).isEmpty(), "one point of contact per ticket");
        assertTrue(tenant.as(gina).get(tenant.path(PLUGIN + "/tickets/" + ginas + "/contacts")).expect(200).array()
                .getJsonObject(0).getBoolean("pointOfContact"));
        browser.signOut();
    }

    private static String nav(String element) {
        return "a[data-nav='p/permission-grants/" + element + "']";
    }

    @Test
    void eachPageIsOfferedToThePeopleItIsForAndAgentsResolveAdministrativeRequests() {
        long customer = tenant.organisation("Umbrella", "UMBRELLA");
        String una = "una@umbrella-" + tenant.slug() + ".example";
        String uwe = "uwe@umbrella-" + tenant.slug() + ".example";
        String agent = "agent@desk-" + tenant.slug() + ".example";
        tenant.person(una, "ORGANISATION_ADMIN", customer);
        tenant.person(uwe, "CONTACT", customer);
        tenant.person(agent, "AGENT", null);
        long request = tenant.as(una).post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder()
                .add("customerId", customer).add("kind", "CONFIGURATION_CHANGE").add("details", "Raise our mailbox quota")
                .build()).expect(201).id();

        browser.signIn(tenant.slug(), uwe, PASSWORD);
        browser.await(By.cssSelector("a[data-nav='tickets']"));
        assertTrue(browser.all(By.cssSelector(nav("pg-partner-access"))).isEmpty(),
                "a customer's contact is no partner: no grant names them and they asked no one");
        assertTrue(browser.all(By.cssSelector(nav("pg-my-partners"))).isEmpty(), "a contact manages no partners");
        assertTrue(browser.all(By.cssSelector(nav("pg-admin-requests"))).isEmpty(), "nor resolves admin requests");
        browser.open("/t/" + tenant.slug() + "/p/permission-grants/pg-my-partners");
        browser.awaitText(By.id("view"), "Not found");
        browser.signOut();

        browser.signIn(tenant.slug(), una, PASSWORD);
        browser.await(By.cssSelector(nav("pg-my-partners")));
        assertTrue(browser.all(By.cssSelector(nav("pg-admin-requests"))).isEmpty());
        browser.signOut();

        browser.signIn(tenant.slug(), agent, PASSWORD);
        assertTrue(browser.all(By.cssSelector(nav("pg-my-partners"))).isEmpty(), "an agent manages no customer's partners");
        browser.await(By.cssSelector(nav("pg-admin-requests"))).click();
        String item = "#pg-admin-requests [data-request-id='" + request + "']";
        browser.awaitText(By.cssSelector(item), "Raise our mailbox quota");
        browser.type(browser.await(By.cssSelector(item + " .pg-admin-note")), "Quota raised to 50 GB");
        browser.driver().findElement(By.cssSelector(item + " .pg-admin-done")).click();
        browser.awaitText(By.id("toasts"), "Marked done");
        browser.awaitText(By.id("view"), "Nothing is waiting for you");
        browser.select(By.id("pg-admin-status"), "DONE");
        browser.awaitText(By.cssSelector(item + " .pg-admin-resolution"), "Quota raised to 50 GB");
        browser.screenshot("permission-grants-admin-requests");
        assertAccessible(browser, "permission-grants-admin-requests");
        assertEquals("DONE", tenant.as(una).get(tenant.path(PLUGIN + "/admin-requests")).expect(200).array()
                .getJsonObject(0).getString("status"));
        browser.signOut();
    }

    /** The page passes axe-core's WCAG 2.1 A and AA rules, those Lighthouse scores accessibility by. */
    private static void assertAccessible(Browser browser, String page) {
        assertEquals(List.of(), browser.accessibilityViolations(), page + ": accessibility violations");
    }
}
