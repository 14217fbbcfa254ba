package dev.annex.plugin.testkit.browser;

import dev.annex.plugin.testkit.server.AnnexServer;
import dev.annex.plugin.testkit.server.Api;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for end-to-end tests of a plugin's UI in the running Annex
 * ({@link AnnexServer}): Debian's {@code chromium} and {@code chromedriver} (or those the system
 * properties {@code annex.browser.chromium} and {@code annex.browser.chromedriver} name), with a
 * fresh profile each time. Selenium Manager is never consulted: nothing is downloaded. A module
 * using it adds {@code org.seleniumhq.selenium:selenium-java} (scope test) beside the kit.
 * <pre>{@code
 * assumeTrue(Browser.available(), "needs Chromium");
 * try (Browser browser = new Browser()) {
 *     browser.signIn(tenant.slug(), tenant.adminEmail(), TestTenant.PASSWORD);
 *     browser.open("/t/" + tenant.slug() + "/#/p/my-plugin/page");
 *     browser.awaitText(By.cssSelector("h1"), "My page");
 * }
 * }</pre>
 * Waits time out after 15 s, failing with the page's address and text (and a screenshot and the
 * page's HTML in {@code target/screenshots}).
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("annex.browser.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("annex.browser.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int SCREENSHOT_MAX_HEIGHT = 6000;
    /** The axe-core rules outside WCAG's tags that Lighthouse's accessibility score counts. */
    public static final List<String> LIGHTHOUSE_BEST_PRACTICES = List.of("heading-order", "tabindex",
            "empty-heading", "landmark-one-main", "skip-link", "table-duplicate-name", "aria-allowed-role",
            "aria-dialog-name", "aria-text", "aria-treeitem-name", "image-redundant-alt", "label-content-name-mismatch");

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            profile = Files.createTempDirectory("annex-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The driver itself, for what the helpers here do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Whether Chromium and its driver are installed: a test assumes it before it starts a browser. */
    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public void open(String path) {
        driver.get(Api.baseUrl() + path);
    }

    public WebElement await(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitPresent(By by) {
        until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public void awaitText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits; on a timeout the failure shows the page's address and text, to tell what went wrong. */
    private <T> T until(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (TimeoutException e) {
            String text;
            try {
                Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                Files.writeString(folder.resolve("failure-" + System.nanoTime() + ".html"), driver.getPageSource());
                screenshot("failure-" + System.nanoTime());
            } catch (IOException | RuntimeException ignored) {
                // Diagnostics only.
            }
            try {
                text = driver.findElement(By.tagName("body")).getText();
            } catch (RuntimeException unreadable) {
                text = "(unreadable: " + unreadable + ")";
            }
            throw new AssertionError(e.getMessage().lines().findFirst().orElse("timeout") + "\n  at "
                    + driver.getCurrentUrl() + "\n  page text: " + text, e);
        }
    }

    /** Types into a UI kit search picker and picks the offered option that contains optionText. */
    public void pick(By input, String typed, String optionText) {
        type(await(input), typed);
        await(By.xpath("//li[@role='option'][contains(., '" + optionText + "')]")).click();
    }

    /** Confirms the UI kit's open confirm dialog. */
    public void confirm() {
        await(By.cssSelector("dialog[open] [data-role='confirm']")).click();
        awaitGone(By.cssSelector("dialog[open]"));
    }

    /** Waits until nothing matching by is visible (gone or hidden). */
    public void awaitGone(By by) {
        until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Sets the size of the page's viewport (not the window's outer size), e.g. a phone's 390 × 844. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop viewport the browser started with. */
    public void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Signs the operator in on the console; keepCookies leaves a tenant's session in place. */
    public void signInOperator(String email, String password, boolean keepCookies) {
        if (!keepCookies) {
            driver.manage().deleteAllCookies();
        }
        open("/operator/");
        until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("email")),
                ExpectedConditions.visibilityOfElementLocated(By.id("sign-out"))));
        if (all(By.id("email")).isEmpty()) {
            return;
        }
        type(await(By.id("email")), email);
        type(driver.findElement(By.id("password")), password);
        driver.findElement(By.id("sign-in")).click();
        await(By.id("sign-out"));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Signs in on the tenant's sign-in page and waits for the app. */
    public void signIn(String tenant, String email, String password) {
        driver.manage().deleteAllCookies();
        open("/t/" + tenant + "/");
        type(await(By.id("email")), email);
        type(driver.findElement(By.id("password")), password);
        driver.findElement(By.id("sign-in")).click();
        await(By.id("sign-out"));
    }

    public void signOut() {
        await(By.id("sign-out")).click();
        await(By.id("email"));
    }

    public void type(WebElement element, String text) {
        element.clear();
        element.sendKeys(text);
    }

    public void select(By by, String value) {
        new Select(await(by)).selectByValue(value);
    }

    /**
     * What axe-core — the rules engine behind Lighthouse's accessibility audit — finds wrong with the
     * page as it stands: one line per rule broken, "rule: what it asks (the elements, by selector)".
     * The rules are WCAG 2.1 A and AA and the best-practice rules Lighthouse scores as well
     * ({@link #LIGHTHOUSE_BEST_PRACTICES}): an empty list means every automated audit of Lighthouse's
     * accessibility score passes, since Lighthouse runs these same rules. A test asserts it after the
     * page has rendered what it checks.
     */
    public List<String> accessibilityViolations() {
        List<String> found = new ArrayList<>();
        for (AxeBuilder axe : List.of(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")),
                new AxeBuilder().withRules(LIGHTHOUSE_BEST_PRACTICES))) {
            Results results = axe.analyze(driver);
            if (results.isErrored()) {
                throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
            }
            results.getViolations().forEach(rule -> found.add(rule.getId() + ": " + rule.getHelp() + " ("
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList() + ")"));
        }
        return found;
    }

    /**
     * What makes the page scroll sideways at the current viewport: empty when nothing does, else how
     * far it scrolls and up to five visible elements that reach past the right edge. Elements a box
     * of their own clips are left out: those visually hidden (clipped to nothing, such as a stacked
     * table's header row on a phone) and those inside a box that scrolls within the screen (the
     * host's navigation and tab rows).
     */
    @SuppressWarnings("unchecked")
    public List<String> sidewaysOverflow() {
        long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        List<String> wide = (List<String>) script("""
                const limit = document.documentElement.clientWidth;
                const clippedAway = (el) => {
                  for (let e = el; e && e !== document.body; e = e.parentElement) {
                    const style = getComputedStyle(e);
                    if (style.clip !== 'auto' && style.clip !== '') return true;
                    if (e !== el && style.overflowX !== 'visible' && e.getBoundingClientRect().right <= limit + 1) return true;
                  }
                  return false;
                };
                return [...document.querySelectorAll('body *')]
                  .filter((el) => el.getBoundingClientRect().right > limit + 1 && el.offsetParent !== null
                    && !clippedAway(el))
                  .slice(0, 5).map((el) => el.tagName + '.' + el.className + (el.id ? '#' + el.id : ''));""");
        if (overflow == 0 && wide.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        found.add("scrolls sideways by " + overflow + " px");
        wide.forEach(element -> found.add("past the right edge: " + element));
        return found;
    }

    /**
     * A screenshot of the whole page, not only what the viewport shows (at most
     * {@value #SCREENSHOT_MAX_HEIGHT} CSS pixels tall), into {@code target/screenshots/<name>.png}:
     * build output, never committed. Chrome's DevTools protocol renders past the viewport.
     */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), SCREENSHOT_MAX_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = folder.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temp profile is harmless.
            }
        }
    }
}
