package dev.annex.plugins.casesharing;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The seed page's whole story in headless Chromium, with two people in two browsers: Nora, the
 * partner's admin, requests collaboration and copies the link shown once; Ada, the customer's
 * admin, follows it (signing in first), confirms the partner, reads the agreement and accepts;
 * she shares a ticket from its Management panel; Nora finds it under "Shared with me"; Ada moves
 * the share to another partner and then removes it; a partnership is removed after confirming.
 */
class PartnershipsUiIT {

    private static Browser partner;
    private static Browser customer;
    private static TestTenant tenant;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("plui");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/partner-links", null).expect(200);
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/case-sharing", null).expect(200);
        partner = new Browser();
        customer = new Browser();
    }

    @AfterAll
    static void stop() {
        for (Browser browser : new Browser[] {partner, customer}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    private static String email(String name) {
        return name + "@" + tenant.slug() + ".example";
    }

    private static String page() {
        return "/t/" + tenant.slug() + "/p/partner-links/pl-partnerships";
    }

    private static String row(long ticketId) {
        return "a.ticket-row[data-ticket-id='" + ticketId + "']";
    }

    @Test
    void aPartnerInvitesACustomerWhoAcceptsSharesATicketChangesAndRemovesTheShare() {
        long northwind = tenant.organisation("Northwind Partners", "NW-100");
        long acme = tenant.organisation("Acme Corporation", "ACME-200");
        long contoso = tenant.organisation("Contoso Services", "CON-300");
        tenant.person(email("nora"), "ORGANISATION_ADMIN", northwind);
        tenant.person(email("ada"), "ORGANISATION_ADMIN", acme);
        tenant.person(email("carl"), "CONTACT", acme);
        tenant.person(email("cody"), "ORGANISATION_ADMIN", contoso);
        long ticket = tenant.ticket(tenant.as(email("carl")), "Printer on fire");

        // Nora requests collaboration and copies the link, which is shown once.
        partner.signIn(tenant.slug(), email("nora"), PASSWORD);
        partner.open(page());
        partner.await(By.id("pl-request-collaboration")).click();
        partner.type(partner.await(By.id("pl-link-name")), "Acme Corporation – printers");
        partner.driver().findElement(By.id("pl-next")).click();
        String link = partner.await(By.id("pl-link-url")).getAttribute("value");
        assertTrue(link.startsWith(Api.baseUrl() + page() + "#accept="), link);
        partner.awaitText(By.id("pl-once"), "cannot be shown again");
        partner.driver().findElement(By.id("pl-copy")).click();
        partner.awaitText(By.id("pl-copied"), "Copied");
        partner.screenshot("partner-links-link-shown-once");
        assertAccessible(partner, "partner-links-link-shown-once");
        partner.driver().findElement(By.id("pl-done")).click();
        partner.awaitText(By.id("pl-requests"), "Acme Corporation – printers");
        partner.awaitText(By.cssSelector("#pl-requests .pl-status"), "Link not used");

        // Ada follows the link, signing in first, confirms the partner and accepts the agreement.
        customer.open(link.substring(Api.baseUrl().length()));
        customer.type(customer.await(By.id("email")), email("ada"));
        customer.type(customer.driver().findElement(By.id("password")), PASSWORD);
        customer.driver().findElement(By.id("sign-in")).click();
        customer.awaitText(By.id("pl-partner-name"), "Northwind Partners");
        customer.awaitText(By.id("pl-invitation"), "NW-100");
        customer.screenshot("partner-links-confirm");
        assertAccessible(customer, "partner-links-confirm");
        customer.driver().findElement(By.id("pl-go-agreement")).click();
        customer.awaitText(By.id("pl-terms"), "By accepting");
        customer.select(By.id("pl-level"), "COMMENT");
        assertTrue(!customer.driver().findElement(By.id("pl-accept")).isEnabled(), "accept waits for the terms to be agreed");
        customer.driver().findElement(By.id("pl-agree")).click();
        customer.driver().findElement(By.id("pl-accept")).click();
        customer.awaitText(By.id("pl-partnerships"), "Northwind Partners");
        customer.awaitText(By.cssSelector("#pl-partnerships .pl-level"), "View and comment");
        assertTrue(!customer.driver().getCurrentUrl().contains("#accept="), "the used secret left the address bar");

        partner.open(page());
        partner.awaitText(By.cssSelector("#pl-requests .pl-status"), "Link accepted");
        partner.await(By.id("pl-tab-partnerships")).click();
        partner.awaitText(By.id("pl-partnerships"), "Acme Corporation");
        partner.awaitText(By.id("pl-partnerships"), "ACME-200");

        // Contoso is a second partner of Acme, made through the API the same way.
        JsonObject contosoLink = tenant.as(email("cody")).post(tenant.path("/plugins/partner-links/requests"),
                Json.createObjectBuilder().add("name", "Acme").build()).expect(201).json();
        String secret = contosoLink.getString("secret");
        String version = tenant.as(email("ada")).post(tenant.path("/plugins/partner-links/invitation/open"),
                Json.createObjectBuilder().add("secret", secret).build()).expect(200).json().getString("termsVersion");
        tenant.as(email("ada")).post(tenant.path("/plugins/partner-links/invitation/accept"), Json.createObjectBuilder()
                .add("secret", secret).add("level", "READ").add("termsVersion", version).build()).expect(201);

        // Ada shares the ticket with Northwind from its Management panel.
        customer.open("/t/" + tenant.slug() + "/tickets/" + ticket);
        customer.select(By.id("cs-partner-select"), String.valueOf(northwind));
        customer.driver().findElement(By.id("cs-share")).click();
        customer.awaitText(By.id("cs-terms"), "By sharing this case");
        customer.driver().findElement(By.id("cs-submit")).click();
        customer.awaitText(By.id("toasts"), "Successfully shared a case with the partner Northwind Partners");
        customer.awaitText(By.id("cs-partner"), "Northwind Partners");
        customer.screenshot("case-sharing-shared");
        assertAccessible(customer, "case-sharing-shared");

        // Nora finds it under "Shared with me" and opens it.
        partner.open("/t/" + tenant.slug() + "/?scope=shared");
        partner.await(By.cssSelector(row(ticket))).click();
        partner.awaitText(By.cssSelector(".ticket-title"), "Printer on fire");

        // Ada moves the share to Contoso: Northwind loses the ticket at once.
        customer.select(By.id("cs-partner-select"), String.valueOf(contoso));
        customer.await(By.id("cs-share")).click();
        customer.await(By.id("cs-submit")).click();
        customer.awaitText(By.id("toasts"), "now shared with the partner Contoso Services");
        customer.awaitText(By.id("cs-partner"), "Contoso Services");
        partner.open("/t/" + tenant.slug() + "/?scope=shared");
        partner.await(By.cssSelector(".tabs"));
        partner.awaitGone(By.cssSelector(row(ticket)));
        assertEquals(404, tenant.as(email("nora")).get(tenant.path("/tickets/" + ticket)).status());

        // Ada removes the share after confirming.
        customer.driver().findElement(By.id("cs-remove")).click();
        customer.await(By.cssSelector("dialog.kit-dialog [data-role='confirm']")).click();
        customer.awaitText(By.id("cs-not-shared"), "Not shared");
        assertEquals(404, tenant.as(email("cody")).get(tenant.path("/tickets/" + ticket)).status());

        // Nora removes the partnership after confirming; it is gone on both sides.
        partner.open(page());
        partner.await(By.id("pl-tab-partnerships")).click();
        partner.await(By.cssSelector("#pl-partnerships [data-action='remove']")).click();
        partner.awaitText(By.cssSelector("dialog.kit-dialog"), "every case shared through it stops being shared");
        partner.driver().findElement(By.cssSelector("dialog.kit-dialog [data-role='confirm']")).click();
        partner.await(By.id("pl-no-partnerships"));
        customer.open(page());
        customer.await(By.id("pl-tab-partnerships")).click();
        customer.awaitText(By.id("pl-partnerships"), "Contoso Services");
        assertTrue(!customer.driver().findElement(By.id("pl-partnerships")).getText().contains("Northwind"));
    }

    @Test
    void aContactWhoFollowsALinkIsToldWhyTheyCannotAcceptIt() {
        long northwind = tenant.organisation("Northwind Two", "NW-2");
        long acme = tenant.organisation("Acme Two", "ACME-2");
        tenant.person(email("nina"), "ORGANISATION_ADMIN", northwind);
        tenant.person(email("cleo"), "CONTACT", acme);
        String path = tenant.as(email("nina")).post(tenant.path("/plugins/partner-links/requests"),
                Json.createObjectBuilder().add("name", "Acme Two").build()).expect(201).json().getString("path");
        customer.signIn(tenant.slug(), email("cleo"), PASSWORD);
        customer.open(path);
        customer.awaitText(By.id("pl-reason"), "Only an organisation admin can accept");
        customer.signOut();
    }

    /** The page passes axe-core's WCAG 2.1 A and AA rules, those Lighthouse scores accessibility by. */
    private static void assertAccessible(Browser browser, String page) {
        assertEquals(List.of(), browser.accessibilityViolations(), page + ": accessibility violations");
    }
}
