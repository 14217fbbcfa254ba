package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The tenant admin's screens: organisations, people, and this tenant's plugin settings. */
class TenantAdminUiIT {

    private static Browser browser;
    private static TestTenant tenant;
    private static String admin;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("admin-ui");
        admin = "admin@" + tenant.slug() + ".example";
        tenant.organisation("Globex Industries", "GLOBEX-7");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/echo", null).expect(200);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private JsonObject setting(String key) {
        return tenant.admin().get(tenant.path("/admin/plugins")).expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("plugin").getString("id").equals("echo")).findFirst().orElseThrow()
                .getJsonArray("settings").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("definition").getString("key").equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aSettingsFormRejectsAnInvalidValueWithTheErrorNextToTheField() throws Exception {
        browser.signIn(tenant.slug(), admin, PASSWORD);
        browser.await(By.id("nav-admin")).click();
        browser.await(By.id("admin-tab-plugins")).click();
        By maxItems = By.id("setting-echo-maxItems");
        browser.type(browser.await(maxItems), "50");
        browser.type(browser.driver().findElement(By.id("setting-echo-lifetime")), "a fortnight");
        browser.driver().findElement(By.cssSelector("[data-plugin='echo'] [data-role='save-settings']")).click();

        browser.awaitText(By.id("setting-echo-maxItems-error"), "must be at most 10");
        browser.awaitText(By.id("setting-echo-lifetime-error"), "ISO-8601");
        Object besideTheField = browser.script(
                "return document.getElementById('setting-echo-maxItems-error').closest('[data-setting]').dataset.setting");
        assertEquals("maxItems", besideTheField, "the message sits in the field's own row");
        assertEquals("3", setting("maxItems").getString("value"), "nothing was stored");
        Path shot = browser.screenshot("admin-settings");
        assertTrue(Files.size(shot) > 10_000);

        browser.type(browser.driver().findElement(maxItems), "7");
        browser.type(browser.driver().findElement(By.id("setting-echo-lifetime")), "P14D");
        browser.type(browser.driver().findElement(By.id("setting-echo-apiKey")), "s3cret-key");
        assertEquals("false", setting("verbose").getString("value"));
        browser.driver().findElement(By.cssSelector("label[for='setting-echo-verbose']")).click();
        browser.driver().findElement(By.cssSelector("[data-plugin='echo'] [data-role='save-settings']")).click();
        browser.awaitText(By.cssSelector("[data-plugin='echo'] .saved-note"), "Saved");
        assertEquals("true", setting("verbose").getString("value"), "the switch was stored as a boolean");
        assertEquals("7", setting("maxItems").getString("value"));
        assertEquals("P14D", setting("lifetime").getString("value"));
        assertTrue(setting("apiKey").getBoolean("set"), "the secret was written");
        assertEquals("", browser.driver().findElement(By.id("setting-echo-apiKey")).getAttribute("value"),
                "a secret is never shown again");
    }

    @Test
    void theTenantAdminCreatesAnOrganisationAndAPersonInIt() throws Exception {
        browser.signIn(tenant.slug(), admin, PASSWORD);
        browser.await(By.id("nav-admin")).click();
        browser.type(browser.await(By.id("org-name")), "Initech <b>Ltd</b>");
        browser.type(browser.driver().findElement(By.id("org-account")), "INITECH-1");
        browser.driver().findElement(By.id("create-organisation")).click();
        browser.awaitText(By.id("organisation-list"), "Initech <b>Ltd</b>");
        assertTrue(browser.all(By.cssSelector("#organisation-list b")).isEmpty(), "a name is text, never markup");

        browser.type(browser.driver().findElement(By.id("org-name")), "Someone else");
        browser.type(browser.driver().findElement(By.id("org-account")), "INITECH-1");
        browser.driver().findElement(By.id("create-organisation")).click();
        browser.awaitText(By.id("org-accountNumber-error"), "already used");

        JsonObject organisation = tenant.admin().get(tenant.path("/organisations?q=INITECH")).expect(200).json()
                .getJsonArray("items").getJsonObject(0);
        long organisationId = organisation.getJsonNumber("id").longValue();

        browser.await(By.id("admin-tab-people")).click();
        browser.await(By.id("add-person")).click();
        browser.type(browser.await(By.id("person-email")), "milton@initech.example");
        browser.type(browser.driver().findElement(By.id("person-name")), "Milton Waddams");
        browser.select(By.id("person-role"), "ORGANISATION_ADMIN");
        browser.select(By.id("person-organisation"), Long.toString(organisationId));
        browser.type(browser.driver().findElement(By.id("person-password")), "stapler-123");
        browser.driver().findElement(By.id("create-person")).click();
        By row = By.cssSelector("#people-list li[data-email='milton@initech.example']");
        browser.awaitText(row, "Milton Waddams");
        browser.awaitText(row, "Initech <b>Ltd</b>");
        Path shot = browser.screenshot("admin");
        assertTrue(Files.size(shot) > 10_000);

        JsonObject person = tenant.admin().get(tenant.path("/people?q=milton")).expect(200).json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("ORGANISATION_ADMIN", person.getString("role"));
        assertEquals(organisationId, person.getJsonNumber("organisationId").longValue());
        Api milton = Api.basic("milton@initech.example", "stapler-123");
        milton.get(tenant.path("/me")).expect(200);

        browser.driver().findElement(By.cssSelector("#people-list li[data-email='milton@initech.example'] [data-action='edit']")).click();
        browser.select(By.id("person-" + person.getJsonNumber("id") + "-role"), "CONTACT");
        browser.driver().findElement(By.cssSelector("#people-list li[data-email='milton@initech.example'] [data-action='save']")).click();
        browser.awaitText(By.cssSelector("#people-list li[data-email='milton@initech.example'] .role"), "Contact");
        browser.await(By.cssSelector("#people-list li[data-email='milton@initech.example'] [data-action='deactivate']")).click();
        browser.awaitText(row, "Inactive");
        JsonObject after = tenant.admin().get(tenant.path("/people/" + person.getJsonNumber("id"))).expect(200).json();
        assertEquals("CONTACT", after.getString("role"));
        assertFalse(after.getBoolean("active"));
        milton.get(tenant.path("/me")).expectProblem(401);
    }

    @Test
    void theAdminScreensAreOnlyForTenantAdmins() {
        long organisation = tenant.organisation("Umbrella", "UMB-1");
        String contact = "rita@" + tenant.slug() + ".example";
        tenant.person(contact, "ORGANISATION_ADMIN", organisation);
        browser.signIn(tenant.slug(), contact, PASSWORD);
        assertTrue(browser.all(By.id("nav-admin")).isEmpty(), "no Admin entry for an organisation admin");
        browser.open("/t/" + tenant.slug() + "/admin/people");
        browser.awaitText(By.id("view"), "Not found");
        assertTrue(browser.all(By.id("people-list")).isEmpty());
    }
}
