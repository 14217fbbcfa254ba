package dev.annex.plugins.reseller;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The Customers page's main path in headless Chromium: a partner's admin adds a customer with
 * the wizard (a rejected email shown beside its field, the partner fixed), edits its seats, adds
 * a site, and deletes the customer after confirming; the partner's contact waits for activation,
 * Pat activates him as a Viewer on the Operators page, and he sees the customer without the
 * buttons; the distributor sees the partner's totals on the Partners page. A partner's admin
 * sends a customer's admin the activation link, who chooses a password on the page it opens, and
 * rebrands a customer, whose people then see the help desk under that name and accent colour.
 */
class ResellerCustomersUiIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private static Browser browser;
    private static TestTenant tenant;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("rhui");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/reseller-hierarchy", null).expect(200);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String email(String name) {
        return name + "@" + tenant.slug() + ".example";
    }

    private static String page(String id) {
        return "/t/" + tenant.slug() + "/p/reseller-hierarchy/" + id;
    }

    private static void place(long org, String kind, Long parent) {
        var body = Json.createObjectBuilder().add("kind", kind);
        if (parent != null) {
            body.add("parentId", parent);
        }
        tenant.admin().put(tenant.path("/plugins/reseller-hierarchy/organisations/" + org), body.build()).expect(201);
    }

    @Test
    void aCustomersAdminChoosesTheirPasswordFromTheActivationMail() {
        long partner = tenant.organisation("Activation Partners", "ACT-P");
        place(partner, "PARTNER", null);
        tenant.person(email("abe"), "ORGANISATION_ADMIN", partner);
        String admin = "admin@zephyr-" + tenant.slug() + ".example";
        tenant.as(email("abe")).post(tenant.path("/plugins/reseller-hierarchy/customers"), Json.createObjectBuilder()
                .add("name", "Zephyr Labs").add("email", admin).build()).expect(201);

        browser.signIn(tenant.slug(), email("abe"), PASSWORD);
        browser.open(page("rh-customers"));
        browser.awaitText(By.id("rh-customers"), "Not invited");
        browser.await(By.cssSelector("#rh-customers [data-action='activation']")).click();
        browser.awaitText(By.id("toasts"), "An activation link was sent to " + admin);
        browser.awaitText(By.id("rh-customers"), "Invited, link until");
        browser.screenshot("reseller-activation-sent");
        assertAccessible(browser, "reseller-activation-sent");
        browser.signOut();

        browser.open("/t/" + tenant.slug() + "/activate#" + MAIL.activationSecret(admin, 1));
        browser.awaitText(By.cssSelector(".auth-card"), "Welcome, Zephyr Labs administrator");
        assertEquals(admin, browser.await(By.id("activation-email")).getAttribute("value"));
        browser.type(browser.await(By.id("new-password")), "short");
        browser.driver().findElement(By.id("choose-password")).click();
        browser.awaitText(By.id("activate-password-error"), "at least 8 characters");
        browser.type(browser.driver().findElement(By.id("new-password")), PASSWORD);
        browser.type(browser.driver().findElement(By.id("new-password-again")), PASSWORD);
        browser.driver().findElement(By.id("choose-password")).click();
        browser.awaitText(By.id("activation-done"), "Sign in as " + admin);
        browser.screenshot("activation-password-set");
        assertAccessible(browser, "activation-password-set");

        browser.signIn(tenant.slug(), admin, PASSWORD);
        assertEquals("ACTIVATED", tenant.as(email("abe")).get(tenant.path("/plugins/reseller-hierarchy/customers"))
                .expect(200).json().getJsonArray("items").getJsonObject(0).getJsonObject("activation").getString("state"));
        browser.signOut();
    }

    @Test
    void aPartnersAdminRebrandsACustomerAndItsPeopleSeeTheHelpDeskInThatBrand() {
        long partner = tenant.organisation("Brand Partners", "BRD-P");
        place(partner, "PARTNER", null);
        tenant.person(email("bea"), "ORGANISATION_ADMIN", partner);
        browser.signIn(tenant.slug(), email("bea"), PASSWORD);
        browser.open(page("rh-customers"));
        browser.await(By.id("rh-add-customer")).click();
        browser.type(browser.await(By.id("rh-new-name")), "Orchid Dental");
        browser.type(browser.driver().findElement(By.id("rh-new-email")), "it@orchid-" + tenant.slug() + ".example");
        browser.driver().findElement(By.id("rh-new-rebrand")).click();
        browser.driver().findElement(By.id("rh-save-customer")).click();

        // The wizard continues to the rebrand information; a too light colour is refused beside its field.
        browser.type(browser.await(By.id("rh-brand-name")), "Orchid IT Desk");
        browser.script("const c = document.getElementById('rh-brand-colour'); c.value = '#fefefe';"
                + " c.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.driver().findElement(By.id("rh-save-branding")).click();
        browser.awaitText(By.id("rh-branding-dialog"), "too light for the white text");
        browser.script("const c = document.getElementById('rh-brand-colour'); c.value = '#7e22ce';"
                + " c.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.driver().findElement(By.id("rh-save-branding")).click();
        browser.awaitText(By.id("toasts"), "now see the help desk as Orchid IT Desk");
        browser.signOut();

        long orchid = tenant.as(email("bea")).get(tenant.path("/plugins/reseller-hierarchy/customers"))
                .expect(200).json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        tenant.person(email("olga"), "CONTACT", orchid);
        browser.signIn(tenant.slug(), email("olga"), PASSWORD);
        browser.awaitText(By.id("brand"), "Orchid IT Desk");
        assertEquals("rgb(126, 34, 206)", browser.script("return getComputedStyle(document.getElementById('new-ticket'))"
                + ".backgroundColor"));
        browser.screenshot("branded-ticket-list");
        assertAccessible(browser, "branded-ticket-list");
        browser.signOut();
        // Annex's own look again for everyone else, on the same page.
        browser.signIn(tenant.slug(), email("bea"), PASSWORD);
        browser.awaitText(By.id("brand"), "Annex");
        browser.signOut();
    }

    @Test
    void aPartnersAdminAddsEditsGivesASiteToAndDeletesACustomer() {
        long distributor = tenant.organisation("Dunmore Distribution", "DUN-1");
        long partner = tenant.organisation("Northwind Partners", "NW-1");
        place(distributor, "DISTRIBUTOR", null);
        place(partner, "PARTNER", distributor);
        tenant.person(email("pat"), "ORGANISATION_ADMIN", partner);
        tenant.person(email("paco"), "CONTACT", partner);
        tenant.person(email("dora"), "ORGANISATION_ADMIN", distributor);

        browser.signIn(tenant.slug(), email("pat"), PASSWORD);
        browser.open(page("rh-customers"));
        browser.awaitText(By.id("rh-empty"), "No customers yet");
        browser.await(By.id("rh-add-customer")).click();
        browser.type(browser.await(By.id("rh-new-name")), "Acme Corporation");
        browser.type(browser.driver().findElement(By.id("rh-new-email")), "it@acme");
        assertEquals("Northwind Partners", browser.driver().findElement(By.id("rh-new-partner")).getAttribute("value"));
        assertTrue(browser.driver().findElement(By.id("rh-new-partner")).getAttribute("readonly") != null, "the partner is fixed");
        browser.driver().findElement(By.id("rh-save-customer")).click();
        browser.awaitText(By.id("rh-new-email-error"), "valid email address");
        browser.screenshot("reseller-add-customer-invalid-email");
        assertAccessible(browser, "reseller-add-customer-invalid-email");
        browser.driver().findElement(By.id("rh-new-email")).clear();
        browser.type(browser.driver().findElement(By.id("rh-new-email")), "it@acme.example");
        browser.driver().findElement(By.id("rh-save-customer")).click();
        browser.awaitText(By.id("rh-customers"), "Acme Corporation");
        browser.awaitText(By.id("rh-customers"), "it@acme.example");

        browser.await(By.cssSelector("#rh-customers [data-action='edit']")).click();
        var seats = browser.await(By.id("rh-edit-seats"));
        seats.clear();
        browser.type(seats, "25");
        browser.type(browser.driver().findElement(By.id("rh-edit-skus")), "M365-E3 20");
        browser.driver().findElement(By.id("rh-save-edit")).click();
        browser.awaitText(By.id("rh-customers"), "M365-E3 × 20");

        browser.await(By.cssSelector("#rh-customers [data-action='sites']")).click();
        browser.type(browser.await(By.id("rh-site-name")), "Headquarters");
        browser.driver().findElement(By.id("rh-add-site")).click();
        browser.awaitText(By.id("rh-sites"), "Headquarters");
        browser.screenshot("reseller-customers");
        assertAccessible(browser, "reseller-customers");

        List<JsonObject> customers = tenant.as(email("pat")).get(tenant.path("/plugins/reseller-hierarchy/customers"))
                .expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, customers.size());
        assertEquals(25, customers.get(0).getInt("seats"));
        assertEquals(1, customers.get(0).getInt("sites"));

        // The partner's contact opens the portal and waits; Pat activates him as a Viewer on the Operators page.
        browser.signOut();
        browser.signIn(tenant.slug(), email("paco"), PASSWORD);
        browser.open(page("rh-customers"));
        browser.awaitText(By.id("rh-no-customers"), "Waiting for activation");
        browser.signOut();
        browser.signIn(tenant.slug(), email("pat"), PASSWORD);
        browser.open(page("rh-operators"));
        browser.awaitText(By.id("rh-operators"), "pat");
        browser.await(By.id("rh-tab-pending")).click();
        browser.awaitText(By.id("rh-pending"), "paco");
        browser.await(By.cssSelector("#rh-pending [data-action='viewer']")).click();
        browser.awaitText(By.id("toasts"), "paco is now a Viewer");
        browser.await(By.id("rh-tab-operators")).click();
        browser.awaitText(By.id("rh-operators"), "paco");
        browser.screenshot("reseller-operators");
        assertAccessible(browser, "reseller-operators");

        // The Viewer sees the customer, without the buttons that change it.
        browser.signOut();
        browser.signIn(tenant.slug(), email("paco"), PASSWORD);
        browser.open(page("rh-customers"));
        browser.awaitText(By.id("rh-customers"), "Acme Corporation");
        assertTrue(browser.all(By.id("rh-add-customer")).isEmpty() && browser.all(By.cssSelector("[data-action='edit']")).isEmpty(),
                "a viewer has no changing buttons");

        // The distributor sees the partner and its totals.
        browser.signOut();
        browser.signIn(tenant.slug(), email("dora"), PASSWORD);
        browser.open(page("rh-partners"));
        browser.awaitText(By.id("rh-partners"), "Northwind Partners");
        String row = browser.await(By.cssSelector("#rh-partners tr[data-partner-id='" + partner + "']")).getText();
        assertTrue(row.contains("25"), row);
        browser.screenshot("reseller-partners");
        assertAccessible(browser, "reseller-partners");

        // Pat deletes the customer after confirming.
        browser.signOut();
        browser.signIn(tenant.slug(), email("pat"), PASSWORD);
        browser.open(page("rh-customers"));
        browser.await(By.cssSelector("#rh-customers input[type='checkbox']")).click();
        browser.driver().findElement(By.id("rh-delete-selected")).click();
        browser.confirm();
        browser.awaitText(By.id("rh-empty"), "No customers yet");
    }

    /** The page passes axe-core's WCAG 2.1 A and AA rules, those Lighthouse scores accessibility by. */
    private static void assertAccessible(Browser browser, String page) {
        assertEquals(List.of(), browser.accessibilityViolations(), page + ": accessibility violations");
    }
}
