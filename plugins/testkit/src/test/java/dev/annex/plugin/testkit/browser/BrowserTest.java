package dev.annex.plugin.testkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kit's page checks find what they are for, on pages written here (no server needed): a check
 * that found nothing on every page would pass every plugin's suite and prove nothing.
 */
class BrowserTest {

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

    private static void show(String body) {
        browser.driver().get("data:text/html;charset=utf-8,<!doctype html><html lang='en'><head><title>Test</title>"
                + "<meta name='viewport' content='width=device-width'></head><body><main><h1>Page</h1>" + body
                + "</main></body></html>");
    }

    @Test
    void anUnnamedSelectAndASkippedHeadingLevelAreReportedAndTheirFixPasses() {
        show("<select><option>A</option></select><h3>Too deep</h3>");
        List<String> found = browser.accessibilityViolations();
        assertTrue(found.stream().anyMatch(v -> v.startsWith("select-name:")), found::toString);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("heading-order:")), "a best-practice rule: " + found);

        show("<select aria-label='Letter'><option>A</option></select><h2>Just right</h2>");
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    void anElementPastAPhonesEdgeIsReportedUnlessABoxClipsIt() {
        browser.viewport(390, 844);
        try {
            show("<div id='wide' style='width:600px'>wide</div>");
            List<String> found = browser.sidewaysOverflow();
            assertTrue(found.get(0).startsWith("scrolls sideways by "), found::toString);
            assertTrue(found.stream().anyMatch(v -> v.contains("#wide")), found::toString);

            show("<div style='overflow-x:auto'><div style='width:600px'>scrolls in its box</div></div>"
                    + "<span style='position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)'>"
                    + "<span style='display:inline-block;width:600px'>hidden</span></span>");
            assertEquals(List.of(), browser.sidewaysOverflow());
        } finally {
            browser.desktop();
        }
    }
}
