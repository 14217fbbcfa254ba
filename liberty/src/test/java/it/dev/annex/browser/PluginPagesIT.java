package it.dev.annex.browser;

import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page and ticket panel the shipped plugins contribute, as the people they are for see them,
 * at a desktop's width (1280 CSS pixels) and a phone's (390): each passes axe-core's WCAG 2.1 A and
 * AA rules (the rules Lighthouse scores accessibility by), none scrolls sideways on the phone, the
 * host gives it one heading, and each is kept as a screenshot ({@code target/screenshots/plugin-…}).
 * The pages are found from what the host offers each person ({@code GET …/plugins}), so a page a
 * plugin adds is checked without this test naming it.
 */
class PluginPagesIT {

    private static final List<String> SHIPPED = List.of("permission-grants", "ticket-following", "partner-links",
            "case-sharing", "reseller-hierarchy");
    private static final int[] WIDTHS = {1280, 390};

    private static Browser browser;
    private static TestTenant tenant;
    private static long ticket;

    @BeforeAll
    static void tenantWithEveryShippedPlugin() {
        Assumptions.assumeTrue(Browser.available(), "needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        tenant = TestTenant.create("pages");
        SHIPPED.forEach(tenant::enable);
        long acme = tenant.organisation("Acme Corporation", "ACME-1");
        long northwind = tenant.organisation("Northwind Partners", "NW-1");
        long dunmore = tenant.organisation("Dunmore Distribution", "DUN-1");
        tenant.person(tenant.email("ada"), "ORGANISATION_ADMIN", acme);
        long carl = tenant.person(tenant.email("carl"), "CONTACT", acme);
        tenant.person(tenant.email("nora"), "ORGANISATION_ADMIN", northwind);
        long paul = tenant.person(tenant.email("paul"), "CONTACT", northwind);
        tenant.person(tenant.email("dora"), "ORGANISATION_ADMIN", dunmore);
        tenant.person(tenant.email("sam"), "AGENT", null);
        Api ada = tenant.as(tenant.email("ada"));
        ticket = tenant.ticket(tenant.as(tenant.email("carl")), "The VPN drops every ten minutes");
        tenant.as(tenant.email("sam")).post(tenant.path("/tickets/" + ticket + "/comments"), Json.createObjectBuilder()
                .add("body", "Which client version do you run?").build()).expect(201);

        // permission-grants: Acme gives Northwind View, and Paul is one of the ticket's partner contacts.
        String expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ada.post(tenant.path("/plugins/permission-grants/grants"), Json.createObjectBuilder()
                .add("subjectKind", "ORGANISATION").add("subjectId", northwind).add("level", "VIEW")
                .add("expiresAt", expires).build()).expect(201);
        ada.post(tenant.path("/plugins/permission-grants/tickets/" + ticket + "/contacts"),
                Json.createObjectBuilder().add("personId", paul).build()).expect(201);
        // partner-links: a partnership between Northwind and Acme.
        Api nora = tenant.as(tenant.email("nora"));
        String secret = nora.post(tenant.path("/plugins/partner-links/requests"), Json.createObjectBuilder()
                .add("name", "Acme").build()).expect(201).json().getString("secret");
        String terms = ada.post(tenant.path("/plugins/partner-links/invitation/open"), Json.createObjectBuilder()
                .add("secret", secret).build()).expect(200).json().getString("termsVersion");
        ada.post(tenant.path("/plugins/partner-links/invitation/accept"), Json.createObjectBuilder().add("secret", secret)
                .add("level", "READ").add("termsVersion", terms).build()).expect(201);
        // reseller-hierarchy: Dunmore distributes, Northwind is its partner with a customer of its own.
        tenant.admin().put(tenant.path("/plugins/reseller-hierarchy/organisations/" + dunmore),
                "{\"kind\":\"DISTRIBUTOR\"}").expect(201);
        tenant.admin().put(tenant.path("/plugins/reseller-hierarchy/organisations/" + northwind),
                "{\"kind\":\"PARTNER\",\"parentId\":" + dunmore + "}").expect(201);
        nora.get(tenant.path("/plugins/reseller-hierarchy/me")).expect(200);
        tenant.as(tenant.email("dora")).get(tenant.path("/plugins/reseller-hierarchy/me")).expect(200);
        nora.post(tenant.path("/plugins/reseller-hierarchy/customers"), Json.createObjectBuilder()
                .add("name", "Oakfield Bakery").add("email", "it@oakfield-" + tenant.slug() + ".example").build())
                .expect(201);
        // ticket-following: Sam follows the ticket.
        tenant.as(tenant.email("sam")).put(tenant.path("/plugins/ticket-following/tickets/" + ticket + "/follow"), null)
                .expect(200);
        assertTrue(carl > 0);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The plugin pages people are offered, by plugin/element, each with the first two people offered it. */
    private static Map<String, List<String>> pagesByElement(List<String> people) {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        for (String person : people) {
            tenant.as(person).get(tenant.path("/plugins")).expect(200).array().getValuesAs(JsonObject.class)
                    .forEach(plugin -> plugin.getJsonArray("ui").getValuesAs(JsonObject.class).stream()
                            .filter(c -> c.getString("slot").equals("PAGE") || c.getString("slot").equals("TENANT_ADMIN_PAGE"))
                            .map(c -> plugin.getString("id") + "/" + c.getString("element"))
                            .map(page -> pages.computeIfAbsent(page, key -> new ArrayList<>()))
                            .filter(viewers -> viewers.size() < 2)
                            .forEach(viewers -> viewers.add(person)));
        }
        return pages;
    }

    @Test
    void everyPluginPageIsAccessibleAndFitsAPhone() {
        List<String> people = List.of(tenant.email("ada"), tenant.email("nora"), tenant.email("dora"),
                tenant.email("paul"), tenant.email("sam"), tenant.email("carl"), tenant.adminEmail());
        Map<String, List<String>> pages = pagesByElement(people);
        assertTrue(pages.keySet().containsAll(List.of("permission-grants/pg-my-partners",
                "permission-grants/pg-partner-access", "permission-grants/pg-admin-requests",
                "ticket-following/annex-followed-tickets", "partner-links/pl-partnerships", "reseller-hierarchy/rh-customers",
                "reseller-hierarchy/rh-partners", "reseller-hierarchy/rh-operators")), pages::toString);
        Map<String, List<String>> byPerson = new LinkedHashMap<>();
        pages.forEach((page, viewers) -> viewers.forEach(viewer -> byPerson.computeIfAbsent(viewer, key -> new ArrayList<>())
                .add(page)));
        List<String> problems = new ArrayList<>();
        byPerson.forEach((person, theirs) -> {
            browser.desktop();
            browser.signIn(tenant.slug(), person, PASSWORD);
            String who = person.substring(0, person.indexOf('@'));
            for (String page : theirs) {
                String element = page.substring(page.indexOf('/') + 1);
                for (int width : WIDTHS) {
                    viewport(width);
                    browser.open("/t/" + tenant.slug() + "/p/" + page);
                    settle(".plugin-page " + element);
                    problems.addAll(check(page + " as " + who + " at " + width, width,
                            "plugin-" + element + "-" + who + "-" + width));
                    assertEquals(1L, browser.script("return document.querySelectorAll('h1').length"),
                            page + ": the host's one heading");
                }
            }
        });
        browser.desktop();
        assertEquals(List.of(), problems);
    }

    @Test
    void theTicketPageWithEveryPluginPanelIsAccessibleAndFitsAPhone() {
        List<String> problems = new ArrayList<>();
        for (String person : List.of(tenant.email("ada"), tenant.email("sam"), tenant.email("paul"))) {
            browser.desktop();
            browser.signIn(tenant.slug(), person, PASSWORD);
            String who = person.substring(0, person.indexOf('@'));
            for (int width : WIDTHS) {
                viewport(width);
                browser.open("/t/" + tenant.slug() + "/tickets/" + ticket);
                browser.awaitText(By.id("ticket-subject"), "VPN drops");
                browser.awaitPresent(By.cssSelector("[data-slots-ready]"));
                settle("main");
                problems.addAll(check("the ticket page as " + who + " at " + width, width, "plugin-panels-" + who + "-" + width));
            }
        }
        browser.desktop();
        assertFalse(browser.all(By.cssSelector("annex-followers")).isEmpty(), "the Followers panel was on the page");
        assertEquals(List.of(), problems);
    }

    private static void viewport(int width) {
        if (width == WIDTHS[0]) {
            browser.desktop();
        } else {
            browser.viewport(width, 844);
        }
    }

    /** Waits until what matches the selector has rendered and stopped changing (its data loaded). */
    private static void settle(String selector) {
        AtomicReference<String> last = new AtomicReference<>("");
        Eventually.eventually().pollInterval(Duration.ofMillis(400)).alias(selector + " rendered").until(() -> {
            Object html = browser.script("const e = document.querySelector(arguments[0]); return e ? e.innerHTML : ''",
                    selector);
            String now = String.valueOf(html);
            boolean settled = !now.isBlank() && now.equals(last.get());
            last.set(now);
            return settled;
        });
    }

    /** The page's accessibility violations and, on a phone, what makes it scroll sideways. */
    private static List<String> check(String page, int width, String screenshot) {
        browser.screenshot(screenshot);
        List<String> problems = new ArrayList<>();
        browser.accessibilityViolations().forEach(violation -> problems.add(page + ": " + violation));
        if (width < WIDTHS[0]) {
            browser.sidewaysOverflow().forEach(overflow -> problems.add(page + ": " + overflow));
        }
        return problems;
    }
}
