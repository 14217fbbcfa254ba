package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** At a phone's width (390 CSS pixels) the pages fit the screen and the navigation stays reachable. */
class PhoneLayoutIT {

    private static final int PHONE_WIDTH = 390;

    private static Browser browser;
    private static TestTenant tenant;
    private static long ticket;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("phone");
        long organisation = tenant.organisation("Northwind Traders International Holdings", "NW-1");
        tenant.person("dana@" + tenant.slug() + ".example", "CONTACT", organisation);
        ticket = tenant.ticket(tenant.as("dana@" + tenant.slug() + ".example"),
                "The quarterly export to the accounting system stops halfway with a timeout on large files");
        tenant.admin().post(tenant.path("/tickets/" + ticket + "/comments"), Json.createObjectBuilder()
                .add("body", "Could you attach the log file from C:\\ProgramData\\Exporter\\logs\\export-2026-11-23.log?")
                .add("internal", false).build()).expect(201);
        tenant.ticket(tenant.admin(), "Printer on the 3rd floor");
        browser = new Browser();
        browser.viewport(PHONE_WIDTH, 844);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void assertNoHorizontalOverflow(String page) {
        assertEquals((long) PHONE_WIDTH, browser.script("return window.innerWidth"), "the viewport is a phone's");
        assertEquals(List.of(), browser.sidewaysOverflow(), page);
    }

    private void assertReachable(By by) {
        WebElement element = browser.await(by);
        assertTrue(element.isDisplayed(), by + " is shown");
        Object inside = browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth + 1;""", element);
        assertEquals(Boolean.TRUE, inside, by + " lies within the screen");
    }

    @Test
    void theTicketListAndTicketPageFitAPhoneAndTheNavigationIsReachable() throws Exception {
        browser.signIn(tenant.slug(), "admin@" + tenant.slug() + ".example", PASSWORD);
        browser.await(By.cssSelector("a.ticket-row[data-ticket-id='" + ticket + "']"));
        browser.awaitPresent(By.cssSelector("[data-slots-ready]"));
        assertNoHorizontalOverflow("the ticket list");
        assertReachable(By.id("new-ticket"));
        assertReachable(By.id("sign-out"));
        assertReachable(By.cssSelector(".nav a[data-nav='tickets']"));
        assertReachable(By.id("nav-admin"));
        assertReachable(By.id("filter-status"));
        Path list = browser.screenshot("phone-list");
        assertTrue(Files.size(list) > 5_000);

        browser.driver().findElement(By.cssSelector("a.ticket-row[data-ticket-id='" + ticket + "']")).click();
        browser.awaitText(By.id("ticket-subject"), "quarterly export");
        browser.awaitPresent(By.cssSelector("[data-slots-ready]"));
        assertNoHorizontalOverflow("the ticket page");
        assertReachable(By.id("comment-body"));
        assertReachable(By.id("ticket-status"));
        Path shot = browser.screenshot("phone");
        assertTrue(Files.size(shot) > 5_000);

        browser.driver().findElement(By.id("nav-admin")).click();
        browser.await(By.id("org-name"));
        assertNoHorizontalOverflow("the admin page");
        browser.driver().findElement(By.id("admin-tab-people")).click();
        browser.await(By.id("people-list"));
        assertNoHorizontalOverflow("the people page");
        browser.screenshot("phone-admin");
    }

    @Test
    void theOperatorConsoleFitsAPhone() {
        browser.signInOperator("operator@annex.local", "demo", false);
        browser.await(By.id("tenant-list"));
        assertNoHorizontalOverflow("the console's tenants");
        assertReachable(By.id("nav-plugins"));
        assertReachable(By.id("sign-out"));
        browser.driver().findElement(By.id("nav-plugins")).click();
        browser.await(By.id("plugin-list"));
        assertNoHorizontalOverflow("the console's plugins");
        browser.screenshot("phone-operator");
    }
}
