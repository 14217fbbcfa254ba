package dev.annex.plugins.following;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static dev.annex.plugin.testkit.server.TestTenant.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.browser.Browser;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The ticket-following panel and the @mention autocomplete in headless Chromium. */
class FollowingUiIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

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
        browser.awaitText(By.cssSelector("#followers-list li[data-person-id] .badge"), "Creator");

        WebElement box = browser.await(By.id("comment-body"));
        box.sendKeys("Thanks @");
        browser.await(By.id("mention-suggestions"));
        List<String> offered = browser.all(By.cssSelector("#mention-suggestions .mention-option")).stream()
                .map(option -> option.getAttribute("data-email")).toList();
        assertEquals(List.of(carol), offered, "only the other member of the organisation");

        // By keyboard: the first match is highlighted, Enter inserts it.
        box.sendKeys("ca");
        browser.await(By.cssSelector("#mention-suggestions .mention-option[aria-selected='true'][data-email='" + carol + "']"));
        box.sendKeys(Keys.ENTER);
        assertTrue(box.getAttribute("value").startsWith("Thanks @" + carol + " "), box.getAttribute("value"));
        assertFalse(browser.driver().findElement(By.id("mention-suggestions")).isDisplayed(), "the list closes");
        browser.screenshot("following-panel");
        assertAccessible(browser, "following-panel");
    }

    @Test
    void anAgentsPriorityChangeAsksForTheReasonAndFollowersGetOneMailWithIt() throws Exception {
        String subject = "Server room hot " + System.nanoTime();
        long id = tenant.ticket(tenant.as(carol), subject);

        browser.signIn(tenant.slug(), "admin@" + tenant.slug() + ".example", PASSWORD);
        browser.open("/t/" + tenant.slug() + "/tickets/" + id);
        browser.awaitText(By.id("followers-list"), "carol");
        browser.await(By.id("ticket-priority"));
        assertFalse(browser.driver().findElement(By.id("priority-reason-form")).isDisplayed(), "no reason asked before a change");
        browser.select(By.id("ticket-priority"), "URGENT");
        WebElement reason = browser.await(By.id("priority-reason"));
        assertTrue(reason.isDisplayed(), "the reason is asked next to the priority");
        browser.driver().findElement(By.id("save-priority")).click();
        browser.awaitText(By.id("priority-reason-error"), "Say why");
        assertEquals("NORMAL", tenant.admin().get(tenant.path("/tickets/" + id)).expect(200).json().getString("priority"),
                "nothing saved without a reason");

        browser.type(reason, "The cooling failed; <b>everything</b> is at risk.");
        browser.driver().findElement(By.id("save-priority")).click();
        browser.awaitText(By.cssSelector(".ticket-badges"), "Urgent");
        browser.awaitText(By.id("comments"), "The cooling failed; <b>everything</b> is at risk.");

        JsonObject ticket = tenant.admin().get(tenant.path("/tickets/" + id)).expect(200).json();
        assertEquals("URGENT", ticket.getString("priority"));
        List<JsonObject> comments = tenant.admin().get(tenant.path("/tickets/" + id + "/comments")).expect(200).items()
                .getValuesAs(JsonObject.class);
        assertEquals(1, comments.size());
        assertEquals("The cooling failed; <b>everything</b> is at risk.", comments.get(0).getString("body"));

        Eventually.eventually().until(() -> !mailsTo(carol, subject).isEmpty());
        // A second mail, if there were one, has its chance to arrive.
        Eventually.keepsHolding(() -> assertEquals(1, mailsTo(carol, subject).size(), "one mail for the change with its reason"));
        List<MimeMessage> toCarol = mailsTo(carol, subject);
        assertTrue(String.valueOf(toCarol.get(0).getContent()).contains("The cooling failed"));
        browser.screenshot("priority-reason");
        assertAccessible(browser, "priority-reason");
    }

    private static List<MimeMessage> mailsTo(String email, String subjectPart) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email) && m.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The page passes axe-core's WCAG 2.1 A and AA rules, those Lighthouse scores accessibility by. */
    private static void assertAccessible(Browser browser, String page) {
        assertEquals(List.of(), browser.accessibilityViolations(), page + ": accessibility violations");
    }
}
