package it.dev.annex.browser;

import static it.dev.annex.support.TestTenant.OPERATOR;
import static it.dev.annex.support.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.support.TestTenant;
import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        browser.select(By.id("pg-subject-kind"), "ORGANISATION");
        browser.type(browser.await(By.id("pg-subject")), "NORTH-2");
        browser.select(By.id("pg-level"), "VIEW");
        browser.driver.findElement(By.id("pg-grant")).click();
        browser.awaitText(By.id("pg-grants"), "Northwind Partners 2 (organisation)");
        browser.awaitText(By.cssSelector("#pg-grants .pg-state"), "Active");
        browser.signOut();

        browser.signIn(tenant.slug(), nora, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/?scope=all");
        browser.await(By.cssSelector(row(carlsTicket)));
        browser.awaitText(By.cssSelector(row(managed) + " .pg-marker"), "P");
        assertTrue(browser.all(By.cssSelector(row(carlsTicket) + " .pg-marker")).isEmpty(),
                "a ticket the customer's own contact opened carries no marker");
        browser.screenshot("permission-grants-partner-list");
        browser.signOut();

        browser.signIn(tenant.slug(), ada, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/p/permission-grants/pg-my-partners");
        browser.await(By.cssSelector("#pg-grants .pg-revoke")).click();
        browser.awaitText(By.id("pg-message"), "Revoked.");
        browser.signOut();

        browser.signIn(tenant.slug(), nora, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/?scope=all");
        browser.await(By.cssSelector(row(managed)));
        assertTrue(browser.all(By.cssSelector(row(carlsTicket))).isEmpty(), "Carl's ticket is gone from Nora's list");
        assertEquals(0, tenant.as(nora).get(tenant.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .stream().filter(t -> t.asJsonObject().getJsonNumber("id").longValue() == carlsTicket).count());
    }
}
