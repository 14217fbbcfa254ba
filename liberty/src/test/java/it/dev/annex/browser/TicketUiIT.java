package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/** The ticket UI in headless Chromium against the running server. */
class TicketUiIT {

    private static Browser browser;
    private static TestTenant tenant;
    private static String contact;
    private static String agent;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("ui");
        long organisation = tenant.organisation("Acme Corporation", "ACME-1");
        contact = "carol@" + tenant.slug() + ".example";
        agent = "sam@" + tenant.slug() + ".example";
        tenant.person(contact, "CONTACT", organisation);
        tenant.person(agent, "AGENT", null);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aContactCommentsAndAnAgentSeesItAndChangesTheStatus() {
        long id = tenant.ticket(tenant.as(contact), "The invoice PDF is empty");

        browser.signIn(tenant.slug(), contact, PASSWORD);
        browser.await(By.cssSelector("a.ticket-row[data-ticket-id='" + id + "']")).click();
        browser.awaitText(By.id("ticket-subject"), "The invoice PDF is empty");
        browser.type(browser.await(By.id("comment-body")), "It happens with every invoice since Monday.");
        browser.driver().findElement(By.id("add-comment")).click();
        browser.awaitText(By.id("comments"), "It happens with every invoice since Monday.");
        assertTrue(browser.all(By.id("ticket-status")).isEmpty(), "a contact gets no status control");
        browser.signOut();

        browser.signIn(tenant.slug(), agent, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/tickets/" + id);
        browser.awaitText(By.id("comments"), "It happens with every invoice since Monday.");
        browser.select(By.id("ticket-status"), "PENDING");
        browser.awaitText(By.cssSelector(".ticket-badges .badge"), "Pending");

        assertEquals("PENDING", tenant.admin().get(tenant.path("/tickets/" + id)).expect(200).json().getString("status"));
    }

    @Test
    void markupInASubjectIsShownAsText() {
        String subject = "<img src=x onerror=alert(1)>";
        long id = tenant.ticket(tenant.admin(), subject);

        browser.signIn(tenant.slug(), "admin@" + tenant.slug() + ".example", PASSWORD);
        browser.awaitText(By.cssSelector("a.ticket-row[data-ticket-id='" + id + "'] .subject-text"), subject);
        browser.open("/t/" + tenant.slug() + "/tickets/" + id);
        browser.awaitText(By.id("ticket-subject"), subject);

        assertEquals(subject, browser.driver().findElement(By.id("ticket-subject")).getText());
        assertTrue(browser.all(By.tagName("img")).isEmpty(), "no img element was created");
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
    }

    @Test
    void aPluginPanelShowsWhileThePluginIsOnForTheTenant() throws Exception {
        TestTenant own = TestTenant.create("ui-plugin");
        String admin = "admin@" + own.slug() + ".example";
        long id = own.ticket(own.admin(), "Shipping label prints twice");
        own.admin().post(own.path("/tickets/" + id + "/comments"), Json.createObjectBuilder()
                .add("body", "Seen on the warehouse printer in Leeds; the second copy is always blank.")
                .add("internal", false).build()).expect(201);
        own.admin().post(own.path("/tickets/" + id + "/comments"), Json.createObjectBuilder()
                .add("body", "Probably the duplex setting. Checking with the carrier's template.")
                .add("internal", true).build()).expect(201);
        OPERATOR.put("/api/operator/tenants/" + own.slug() + "/plugins/echo", null).expect(200);

        browser.signIn(own.slug(), admin, PASSWORD);
        browser.open("/t/" + own.slug() + "/tickets/" + id);
        browser.awaitText(By.cssSelector("echo-panel"), "Echo panel for ticket " + id);
        browser.awaitPresent(By.cssSelector("[data-slots-ready]"));
        Path shot = browser.screenshot("ticket");
        assertTrue(Files.size(shot) > 10_000, "a real screenshot at " + shot.toAbsolutePath());

        OPERATOR.delete("/api/operator/tenants/" + own.slug() + "/plugins/echo").expect(200);
        browser.driver().navigate().refresh();
        browser.awaitText(By.id("ticket-subject"), "Shipping label prints twice");
        browser.awaitPresent(By.cssSelector("[data-slots-ready]"));
        assertTrue(browser.all(By.cssSelector("echo-panel")).isEmpty(), "the panel is gone once the plugin is off");
    }

    @Test
    void aWrongPasswordSaysSo() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/t/" + tenant.slug() + "/");
        browser.type(browser.await(By.id("email")), contact);
        browser.type(browser.driver().findElement(By.id("password")), "not-the-password");
        browser.driver().findElement(By.id("sign-in")).click();

        browser.awaitText(By.id("signin-error"), "Wrong email or password");
        assertTrue(browser.all(By.id("sign-out")).isEmpty(), "still signed out");
    }
}
