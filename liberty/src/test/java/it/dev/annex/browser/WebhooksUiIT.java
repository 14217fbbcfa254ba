package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The tenant admin's webhooks page: subscribe (the secret shown once), a refused URL beside its field, remove. */
class WebhooksUiIT {

    private static Browser browser;
    private static TestTenant tenant;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("hooks-ui");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorSubscribesSeesTheSecretOnceAndRemovesTheWebhook() {
        browser.signIn(tenant.slug(), tenant.adminEmail(), PASSWORD);
        browser.await(By.id("nav-admin")).click();
        browser.await(By.id("admin-tab-webhooks")).click();

        browser.type(browser.await(By.id("webhook-url")), "ftp://127.0.0.1/hooks");
        browser.driver().findElement(By.id("create-webhook")).click();
        browser.awaitText(By.id("webhook-url-error"), "http or https");
        assertEquals(0, tenant.admin().get(tenant.path("/webhooks")).expect(200).array().size(), "nothing stored");

        String url = "http://127.0.0.1:" + Integer.getInteger("annex.it.webhook.port", 9183) + "/ui-" + tenant.slug();
        browser.type(browser.driver().findElement(By.id("webhook-url")), url);
        browser.driver().findElement(By.cssSelector("[data-event='ticket.updated']")).click();
        browser.driver().findElement(By.id("create-webhook")).click();
        browser.awaitText(By.id("webhook-secret-value"), "whsec_");
        JsonObject stored = tenant.admin().get(tenant.path("/webhooks")).expect(200).array().getJsonObject(0);
        assertEquals(url, stored.getString("url"));
        assertEquals(4, stored.getJsonArray("events").size(), "the unticked event is left out");
        assertTrue(browser.driver().findElement(By.id("webhook-list")).getText().contains(url));

        By remove = By.cssSelector("[data-webhook-id] [data-action='remove']");
        browser.await(remove).click();
        browser.await(remove).click();
        browser.awaitGone(By.id("webhook-list"));
        assertEquals(0, tenant.admin().get(tenant.path("/webhooks")).expect(200).array().size());
    }
}
