package it.dev.annex.browser;

import static it.dev.annex.support.TestTenant.OPERATOR;
import static it.dev.annex.support.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.support.TestTenant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The ticket-following panel and the @mention autocomplete in headless Chromium. */
class FollowingUiIT {

    private static Browser browser;
    private static TestTenant tenant;
    private static String carol;
    private static String dan;
    private static String eve;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("follow-ui");
        long acme = tenant.organisation("Acme Corporation", "ACME-1");
        long other = tenant.organisation("Other Ltd", "OTHER-1");
        carol = "carol@" + tenant.slug() + ".example";
        dan = "dan@" + tenant.slug() + ".example";
        eve = "eve@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", acme);
        tenant.person(dan, "ORGANISATION_ADMIN", acme);
        tenant.person(eve, "CONTACT", other);
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/ticket-following", null).expect(200);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void followFromTheTicketPageAndMentionOnlyOrganisationMembers() {
        long id = tenant.ticket(tenant.as(carol), "Screen flickers");

        browser.signIn(tenant.slug(), dan, PASSWORD);
        browser.open("/t/" + tenant.slug() + "/tickets/" + id);
        browser.awaitText(By.id("followers-list"), "carol");
        browser.await(By.id("follow-ticket")).click();
        browser.awaitText(By.id("followers-list"), "dan");
        browser.await(By.id("unfollow-ticket"));
        browser.awaitText(By.cssSelector("#followers-list li[data-person-id] .muted"), "(creator)");

        WebElement box = browser.await(By.id("comment-body"));
        box.sendKeys("Thanks @");
        browser.await(By.id("mention-suggestions"));
        List<String> offered = browser.all(By.cssSelector("#mention-suggestions .mention-option")).stream()
                .map(option -> option.getAttribute("data-email")).toList();
        assertEquals(List.of(carol), offered, "only the other member of the organisation");

        box.sendKeys("ca");
        browser.await(By.cssSelector("#mention-suggestions .mention-option[data-email='" + carol + "']")).click();
        assertTrue(box.getAttribute("value").startsWith("Thanks @" + carol + " "), box.getAttribute("value"));
        browser.screenshot("following-panel");
    }
}
