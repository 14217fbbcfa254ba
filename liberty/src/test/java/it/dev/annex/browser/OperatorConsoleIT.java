package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The operator console at /operator/ in headless Chromium against the running server. */
class OperatorConsoleIT {

    private static final String OPERATOR_EMAIL = "operator@annex.local";
    private static final String OPERATOR_PASSWORD = "demo";

    private static Browser browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path jar(String classifier) {
        return Path.of(System.getProperty("annex.it.plugins"),
                "annex-test-plugin-echo-" + System.getProperty("annex.it.version") + "-" + classifier + ".jar");
    }

    private static By pluginRow(String id) {
        return By.cssSelector("#plugin-list li[data-plugin='" + id + "']");
    }

    private static boolean installed(String id) {
        return OPERATOR.get("/api/operator/plugins").expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("id").equals(id));
    }

    @Test
    void theOperatorInstallsAPluginByUploadAndItIsListedAsStarted() throws Exception {
        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, false);
        browser.await(By.id("nav-plugins")).click();
        browser.await(By.id("upload-card"));
        browser.driver().findElement(By.id("plugin-file")).sendKeys(jar("uploaded-v1").toAbsolutePath().normalize().toString());
        browser.driver().findElement(By.id("install-plugin")).click();

        browser.await(By.cssSelector("#plugin-list li[data-plugin='uploaded'][data-state='STARTED']"));
        assertEquals("1.0.0", browser.driver().findElement(By.cssSelector(
                "#plugin-list li[data-plugin='uploaded'] [data-role='version']")).getText());
        assertEquals("Started", browser.driver().findElement(By.cssSelector(
                "#plugin-list li[data-plugin='uploaded'] [data-role='state']")).getText());
        assertTrue(installed("uploaded"), "the server has it installed");
        Path shot = browser.screenshot("operator");
        assertTrue(Files.size(shot) > 10_000, "a real screenshot at " + shot.toAbsolutePath());

        browser.driver().findElement(By.id("uninstall-uploaded")).click();
        browser.awaitText(By.id("uninstall-uploaded"), "Really uninstall?");
        browser.driver().findElement(By.id("uninstall-uploaded")).click();
        browser.awaitGone(pluginRow("uploaded"));
        assertFalse(installed("uploaded"), "uninstalled on the server");
    }

    @Test
    void aFileThatIsNotAPluginIsRefusedWithTheReasonBesideTheFileField() throws Exception {
        Path notAJar = Files.createTempFile("not-a-plugin", ".jar");
        Files.writeString(notAJar, "this is not a jar");
        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, false);
        browser.open("/operator/plugins");
        browser.await(By.id("plugin-file")).sendKeys(notAJar.toAbsolutePath().toString());
        browser.driver().findElement(By.id("install-plugin")).click();

        browser.awaitText(By.id("plugin-file-error"), "cannot be installed");
        Files.delete(notAJar);
    }

    @Test
    void aPluginPanelAppearsWhenTheOperatorEnablesItAndIsGoneAfterTheOperatorDisablesItInTheConsole() {
        TestTenant tenant = TestTenant.create("console");
        long id = tenant.ticket(tenant.admin(), "Barcode scanner drops the first digit");

        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, false);
        browser.open("/operator/tenants/" + tenant.slug());
        browser.await(By.id("toggle-echo")).click();
        browser.awaitText(By.cssSelector("#tenant-plugins li[data-plugin='echo'] [data-role='enabled']"), "On");
        browser.await(By.id("settings-echo")).click();
        browser.type(browser.await(By.id("setting-echo-maxItems")), "0");
        browser.driver().findElement(By.cssSelector("[data-plugin='echo'] [data-role='save-settings']")).click();
        browser.awaitText(By.id("setting-echo-maxItems-error"), "must be at least 1");
        browser.screenshot("operator-tenant");

        browser.signIn(tenant.slug(), "admin@" + tenant.slug() + ".example", PASSWORD);
        browser.open("/t/" + tenant.slug() + "/tickets/" + id);
        browser.awaitText(By.cssSelector("echo-panel"), "Echo panel for ticket " + id);

        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, true);
        browser.open("/operator/tenants/" + tenant.slug());
        browser.awaitText(By.id("toggle-echo"), "Disable");
        browser.driver().findElement(By.id("toggle-echo")).click();
        browser.awaitText(By.cssSelector("#tenant-plugins li[data-plugin='echo'] [data-role='enabled']"), "Off");

        browser.open("/t/" + tenant.slug() + "/tickets/" + id);
        browser.awaitText(By.id("ticket-subject"), "Barcode scanner drops the first digit");
        browser.awaitPresent(By.cssSelector("[data-slots-ready]"));
        assertTrue(browser.all(By.cssSelector("echo-panel")).isEmpty(), "the panel is gone once the operator turned it off");
    }

    @Test
    void theOperatorCreatesATenantWithItsFirstAdminAndSuspendsIt() {
        String slug = "made-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, false);
        browser.await(By.id("tenant-list"));
        if (!browser.driver().findElement(By.id("new-tenant-card")).isDisplayed()) {
            browser.driver().findElement(By.id("new-tenant")).click();
        }
        browser.type(browser.await(By.id("tenant-slug")), "Not A Slug!");
        browser.type(browser.driver().findElement(By.id("tenant-name")), "Made in the console");
        browser.type(browser.driver().findElement(By.id("tenant-admin-email")), "first@" + slug + ".example");
        browser.type(browser.driver().findElement(By.id("tenant-admin-name")), "First Admin");
        browser.type(browser.driver().findElement(By.id("tenant-admin-password")), "short");
        browser.driver().findElement(By.id("create-tenant")).click();
        browser.awaitText(By.id("tenant-password-error"), "8");
        assertTrue(browser.driver().findElement(By.id("tenant-slug-error")).isDisplayed(), "the slug is named too");

        browser.type(browser.driver().findElement(By.id("tenant-slug")), slug);
        browser.type(browser.driver().findElement(By.id("tenant-admin-password")), "a-good-password");
        browser.driver().findElement(By.id("create-tenant")).click();
        By title = By.cssSelector("[data-tenant='" + slug + "'] #tenant-title");
        browser.awaitText(title, "Made in the console");
        assertEquals("ACTIVE", OPERATOR.get("/api/operator/tenants/" + slug).expect(200).json().getString("status"));
        Api.basic("first@" + slug + ".example", "a-good-password").get("/api/t/" + slug + "/me").expect(200);

        browser.driver().findElement(By.cssSelector("[data-action='suspend']")).click();
        browser.awaitText(title, "Suspended");
        assertEquals("SUSPENDED", OPERATOR.get("/api/operator/tenants/" + slug).expect(200).json().getString("status"));
        Api.basic("first@" + slug + ".example", "a-good-password").get("/api/t/" + slug + "/me").expectProblem(403);
        browser.driver().findElement(By.cssSelector("[data-action='resume']")).click();
        browser.awaitText(title, "Active");

        browser.open("/operator/");
        browser.type(browser.await(By.id("tenant-search")), slug.toUpperCase());
        browser.driver().findElement(By.id("tenant-search-go")).click();
        // The unfiltered list holds the tenant too: wait for the search's answer, not for the tenant.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                browser.all(By.cssSelector("#tenant-list li")).size(), "only the tenant searched for"));
        browser.awaitPresent(By.cssSelector("#tenant-list [data-tenant='" + slug + "']"));
    }

    private static Path csv(String name, String... lines) throws Exception {
        Path file = Files.createTempFile(name, ".csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
        return file;
    }

    private static int tenantStatus(String slug) {
        return OPERATOR.get("/api/operator/tenants/" + slug).status();
    }

    /**
     * Tenants imported from a CSV file in the console (issue 17): a file whose every line is valid
     * creates them all, with progress shown; a file with one bad line creates nothing and names
     * the line and field; a file without the header's columns is stopped before anything is sent.
     */
    @Test
    void theOperatorImportsTenantsFromACsvFileWithProgressAndABadLineCreatesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String header = "slug,name,admin_email,admin_name,admin_password";
        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, false);
        browser.await(By.id("tenant-list"));
        browser.driver().findElement(By.id("import-tenants")).click();

        Path noHeader = csv("no-header", "slug,name", "x-" + run + ",X");
        browser.await(By.id("tenant-csv")).sendKeys(noHeader.toString());
        browser.driver().findElement(By.id("tenant-csv-import")).click();
        browser.awaitText(By.id("tenant-csv-message"), "missing: admin_email, admin_name, admin_password");

        Path bad = csv("bad", header, "fine-" + run + ",Fine,a@fine-" + run + ".example,Ann,a-good-password",
                "\"Bad Slug!\",\"Bad, Inc.\",b@bad.example,Bob,a-good-password");
        browser.driver().findElement(By.id("tenant-csv")).sendKeys(bad.toString());
        browser.driver().findElement(By.id("tenant-csv-import")).click();
        browser.awaitText(By.id("tenant-import-failures"), "Line 3 (slug)");
        assertEquals(404, tenantStatus("fine-" + run), "one bad line: nothing is created");

        Path good = csv("good", "Admin_Name,slug,name,admin_email,admin_password",
                "Ann,csv-a-" + run + ",\"Alpha, \"\"the first\"\"\",ann@a-" + run + ".example,a-good-password",
                "Ben,csv-b-" + run + ",Beta,ben@b-" + run + ".example,a-good-password",
                "",
                "Cy,csv-c-" + run + ",Gamma,cy@c-" + run + ".example,a-good-password");
        browser.driver().findElement(By.id("tenant-csv")).sendKeys(good.toString());
        browser.driver().findElement(By.id("tenant-csv-import")).click();
        browser.awaitText(By.id("toasts"), "3 of 3 tenants created");
        assertEquals("Alpha, \"the first\"", OPERATOR.get("/api/operator/tenants/csv-a-" + run).expect(200).json()
                .getString("name"), "quoted fields, commas and quotes in them, columns in any order");
        assertEquals(200, tenantStatus("csv-c-" + run), "a blank line is skipped");
        Api.basic("ben@b-" + run + ".example", "a-good-password").get("/api/t/csv-b-" + run + "/me").expect(200);
        browser.screenshot("operator-tenant-import");
    }

    /** A plugin on, then off, for every tenant in one operation from the plugins page (issue 17). */
    @Test
    void theOperatorTurnsAPluginOnAndOffForEveryTenantWithProgress() {
        TestTenant tenant = TestTenant.create("console-all");
        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, false);
        browser.await(By.id("nav-plugins")).click();
        browser.await(By.id("plugin-file")).sendKeys(jar("uploaded-v1").toAbsolutePath().normalize().toString());
        browser.driver().findElement(By.id("install-plugin")).click();
        browser.await(By.cssSelector("#plugin-list li[data-plugin='uploaded'][data-state='STARTED']"));
        assertFalse(pluginOn(tenant, "uploaded"));

        browser.driver().findElement(By.id("all-on-uploaded")).click();
        browser.awaitText(By.id("all-on-uploaded"), "Turn uploaded on for every tenant?");
        browser.driver().findElement(By.id("all-on-uploaded")).click();
        browser.awaitText(By.id("bulk-uploaded-text"), "processed.");
        assertTrue(pluginOn(tenant, "uploaded"), "on for a tenant made before");
        browser.screenshot("operator-plugin-for-all");

        browser.driver().findElement(By.id("all-off-uploaded")).click();
        browser.awaitText(By.id("all-off-uploaded"), "Turn uploaded off for every tenant?");
        browser.driver().findElement(By.id("all-off-uploaded")).click();
        await().atMost(Duration.ofSeconds(60)).until(() -> !pluginOn(tenant, "uploaded"));
        OPERATOR.delete("/api/operator/plugins/uploaded").expect(204);
    }

    private static boolean pluginOn(TestTenant tenant, String pluginId) {
        return tenant.admin().get(tenant.path("/admin/plugins")).expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getJsonObject("plugin").getString("id").equals(pluginId) && p.getBoolean("enabled"));
    }

    @Test
    void aWrongOperatorPasswordSaysSoAndSignOutEndsTheSession() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/operator/");
        browser.type(browser.await(By.id("email")), OPERATOR_EMAIL);
        browser.type(browser.driver().findElement(By.id("password")), "not-the-password");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.awaitText(By.id("signin-error"), "Wrong email or password");

        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, false);
        browser.driver().findElement(By.id("sign-out")).click();
        browser.await(By.id("email"));
        browser.open("/operator/plugins");
        browser.await(By.id("email"));
    }

    @Test
    void signingTheOperatorInAndOutLeavesATenantSessionInTheSameBrowserWorking() {
        TestTenant tenant = TestTenant.create("twosessions");
        long id = tenant.ticket(tenant.admin(), "Label printer offline");
        browser.signIn(tenant.slug(), "admin@" + tenant.slug() + ".example", PASSWORD);

        browser.signInOperator(OPERATOR_EMAIL, OPERATOR_PASSWORD, true);
        browser.driver().findElement(By.id("sign-out")).click();
        browser.await(By.id("email"));

        browser.open("/t/" + tenant.slug() + "/tickets/" + id);
        browser.type(browser.await(By.id("comment-body")), "Still signed in after the console.");
        browser.driver().findElement(By.id("add-comment")).click();
        browser.awaitText(By.id("comments"), "Still signed in after the console.");
    }
}
