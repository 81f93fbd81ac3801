package io.trustframe.launcher.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver, that photographs every page it shows.
 *
 * <p>Both programs are named by path (CHROME_BIN and CHROMEDRIVER_BIN, as {@code .ci/run} exports them, else
 * {@code /usr/bin}). A driver service with an explicit executable makes Selenium skip Selenium Manager, which would
 * otherwise look for (and download) a browser and a driver of its own; Chromium resolves no host but {@code localhost}:
 * nothing here reaches the internet.
 *
 * <p>Elements are found by {@code name}, {@code id} and the {@code _action} value of the identity service's buttons,
 * never by their labels, which are the pages' business; what the customer is told is asserted as text.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(setting("CHROME_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(setting("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path screenshots;
    private int shots;

    private Browser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the calling test, saying why, on a machine without Chromium or its driver. Call it per test, not in a
     * {@code @BeforeAll}: Surefire counts tests skipped one by one, but reports a class skipped as a whole as no tests.
     */
    static void assumeInstalled() {
        assumeTrue(installed(),
                "browser journeys need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "; set CHROME_BIN/CHROMEDRIVER_BIN, or apt-get install chromium chromium-driver)");
    }

    /** A new browser with an empty profile; its screenshots go to {@code screenshots}, emptied first. */
    static Browser open(Path screenshots) {
        assumeInstalled();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage", "--window-size=1024,1400",
                        // Chromium still looks up Google's update and sign-in hosts with the flags above; only the
                        // platform's own host resolves, so no lookup leaves the machine.
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        emptyFolder(screenshots);
        return new Browser(driver, screenshots);
    }

    /** Opens a URL as if typed into the address bar, and photographs the page. */
    void go(String url, String page) {
        driver.get(url);
        snap(page);
    }

    /** Clears a field (found by its {@code name}) and types into it. */
    void type(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Chooses an option of a drop-down list (found by its {@code name}) by the option's value. */
    void choose(String name, String value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value);
    }

    /** Presses one of the identity service's buttons by its {@code _action} value, and photographs the result. */
    void press(String action, String page) {
        click(By.cssSelector("button[name='_action'][value='" + action + "']"), page);
    }

    /** Presses the submit button of the form posting to a path (the bank's buttons have no name). */
    void submit(String formActionPath, String page) {
        click(By.cssSelector("form[action$='" + formActionPath + "'] button[type='submit']"), page);
    }

    void follow(String href, String page) {
        click(By.cssSelector("a[href$='" + href + "']"), page);
    }

    private void click(By by, String page) {
        driver.findElement(by).click();
        snap(page);
    }

    /** What a person reads on the page: its text and what its fields show (read-only fields included). */
    String seen() {
        String fields = driver.findElements(By.cssSelector("input:not([type='hidden']):not([type='password'])"))
                .stream().map(input -> input.getDomProperty("value")).collect(Collectors.joining("\n"));
        return driver.findElement(By.tagName("body")).getText() + "\n" + fields;
    }

    /** What a person reads on one of the identity service's buttons, found by its {@code _action} value. */
    String label(String action) {
        return driver.findElement(By.cssSelector("button[name='_action'][value='" + action + "']")).getText();
    }

    /** The page's heading. */
    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The value of a field, hidden ones included, found by its {@code name}. */
    String value(String name) {
        return driver.findElement(By.name(name)).getDomProperty("value");
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The address with its query decoded, to read what a redirect carried (e.g. an OAuth error_description). */
    String decodedUrl() {
        return URLDecoder.decode(url(), StandardCharsets.UTF_8);
    }

    /** The browser's cookies for the current page, as a {@code Cookie} request header carries them. */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private void snap(String page) {
        shots++;
        Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", shots, page));
        try {
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void emptyFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
