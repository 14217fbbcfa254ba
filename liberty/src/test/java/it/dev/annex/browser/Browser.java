package it.dev.annex.browser;

import dev.annex.plugin.testkit.server.Api;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
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
 * Headless Chromium driven through Debian's chromedriver, with a fresh profile. Selenium Manager is
 * never consulted: the driver and the browser binary are both given explicitly.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("annex.it.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("annex.it.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    final ChromeDriver driver;
    private final Path profile;

    Browser() {
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

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    void open(String path) {
        driver.get(Api.baseUrl() + path);
    }

    WebElement await(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitPresent(By by) {
        until(ExpectedConditions.presenceOfElementLocated(by));
    }

    void awaitText(By by, String text) {
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
    void pick(By input, String typed, String optionText) {
        type(await(input), typed);
        await(By.xpath("//li[@role='option'][contains(., '" + optionText + "')]")).click();
    }

    /** Confirms the UI kit's open confirm dialog. */
    void confirm() {
        await(By.cssSelector("dialog[open] [data-role='confirm']")).click();
        awaitGone(By.cssSelector("dialog[open]"));
    }

    /** Waits until nothing matching by is visible (gone or hidden). */
    void awaitGone(By by) {
        until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Runs a script in the page and returns its result. */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Sets the size of the page's viewport (not the window's outer size), e.g. a phone's 390 × 844. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop viewport the browser started with. */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /** Signs the operator in on the console; keepCookies leaves a tenant's session in place. */
    void signInOperator(String email, String password, boolean keepCookies) {
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

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Signs in on the tenant's sign-in page and waits for the app. */
    void signIn(String tenant, String email, String password) {
        driver.manage().deleteAllCookies();
        open("/t/" + tenant + "/");
        type(await(By.id("email")), email);
        type(driver.findElement(By.id("password")), password);
        driver.findElement(By.id("sign-in")).click();
        await(By.id("sign-out"));
    }

    void signOut() {
        await(By.id("sign-out")).click();
        await(By.id("email"));
    }

    void type(WebElement element, String text) {
        element.clear();
        element.sendKeys(text);
    }

    void select(By by, String value) {
        new Select(await(by)).selectByValue(value);
    }

    /** A full-page screenshot into target/screenshots (build output, never committed). */
    Path screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
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
