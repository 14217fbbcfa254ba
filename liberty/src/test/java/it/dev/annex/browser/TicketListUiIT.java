package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.TestTenant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The ticket list's organisation filter and its "Shared with me" view. */
class TicketListUiIT {

    private static Browser browser;
    private static TestTenant tenant;
    private static long acme;
    private static String carol;
    private static String pete;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("list-ui");
        acme = tenant.organisation("Acme", "ACME");
        long partner = tenant.organisation("Partner Co", "PARTNER");
        carol = "carol@" + tenant.slug() + ".example";
        pete = "pete@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", acme);
        long peteId = tenant.person(pete, "CONTACT", partner);
        long shared = tenant.ticket(tenant.as(carol), "Acme's VPN drops every hour");
        tenant.ticket(tenant.as(pete), "Partner portal login loops");
        tenant.admin().post(tenant.path("/tickets/" + shared + "/participants"), "{\"personId\":" + peteId + "}").expect(200);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<String> subjects() {
        return browser.all(By.cssSelector("#ticket-list .subject-text")).stream().map(WebElement::getText).sorted().toList();
    }

    @Test
    void anAgentFiltersTheListByOrganisation() {
        browser.signIn(tenant.slug(), "admin@" + tenant.slug() + ".example", PASSWORD);
        browser.awaitText(By.id("ticket-list"), "Partner portal login loops");
        browser.select(By.id("filter-organisation"), Long.toString(acme));
        browser.awaitText(By.id("page-info"), "1–1 of 1");
        assertEquals(List.of("Acme's VPN drops every hour"), subjects());
    }

    @Test
    void aContactSeesWhatWasSharedWithThemUnderSharedWithMe() {
        browser.signIn(tenant.slug(), pete, PASSWORD);
        browser.awaitText(By.id("ticket-list"), "Partner portal login loops");
        browser.await(By.cssSelector(".tab[data-scope='shared']")).click();
        browser.await(By.cssSelector(".tab.active[data-scope='shared']"));
        browser.awaitText(By.id("ticket-list"), "Acme's VPN drops every hour");
        assertEquals(List.of("Acme's VPN drops every hour"), subjects());

        browser.signIn(tenant.slug(), carol, PASSWORD);
        browser.await(By.cssSelector(".tab[data-scope='shared']")).click();
        browser.awaitText(By.id("view"), "Nothing shared with you");
    }
}
