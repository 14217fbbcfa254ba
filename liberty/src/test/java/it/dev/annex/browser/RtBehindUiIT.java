package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.TestTenant;
import it.dev.annex.support.RealRt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The ticket UI of an RT-backed tenant while RT is stopped, in headless Chromium: the list and the
 * ticket are still shown (from Annex's index) under "data may be behind since …", and the notice
 * goes once RT answers again.
 */
class RtBehindUiIT {

    private static Browser browser;
    private static TestTenant tenant;
    private static String carol;
    private static long ticket;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        RealRt.start();
        tenant = TestTenant.create("rt-behind-ui");
        carol = "carol@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", tenant.organisation("Acme", "ACME"));
        RealRt.connect(tenant, RealRt.queue("annex-ui"));
        ticket = tenant.ticket(tenant.as(carol), "Kiosk offline");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        RealRt.start(); // running again whatever the test left
        RealRt.stop();
    }

    @Test
    void whileRtIsStoppedTheTicketPagesSayTheDataMayBeBehindAndTheNoticeGoesWhenRtIsBack() {
        browser.signIn(tenant.slug(), carol, PASSWORD);
        browser.awaitText(By.id("ticket-list"), "Kiosk offline");
        assertTrue(browser.all(By.id("data-behind")).isEmpty(), "no notice while RT answers");

        RealRt.stop();
        try {
            Eventually.eventually().alias("the API says the data may be behind").until(() -> !tenant.as(carol)
                    .get(tenant.path("/help-desk")).expect(200).json().isNull("behindSince"));
            browser.open("/t/" + tenant.slug() + "/");
            browser.awaitText(By.id("data-behind"), "data may be behind since");
            browser.awaitText(By.id("ticket-list"), "Kiosk offline");
            browser.open("/t/" + tenant.slug() + "/tickets/" + ticket);
            browser.awaitText(By.id("data-behind"), "data may be behind since");
        } finally {
            RealRt.start();
        }
        Eventually.eventually().alias("current again").until(() -> tenant.as(carol)
                .get(tenant.path("/help-desk")).expect(200).json().isNull("behindSince"));
        browser.open("/t/" + tenant.slug() + "/");
        browser.awaitText(By.id("ticket-list"), "Kiosk offline");
        assertTrue(browser.all(By.id("data-behind")).isEmpty(), "the notice is gone once RT answers");
    }
}
