package fr.capmob.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole portal on a random port, driven by the system's headless Chromium
 * through Selenium (no browser download). Without Chromium the tests are skipped with a line saying so,
 * unless {@code PORTAL_BROWSER_TESTS=required} (CI), where a missing browser fails the build.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    WebDriver browser;
    private Path profile;
    private Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!available && "required".equals(System.getenv("PORTAL_BROWSER_TESTS"))) {
            throw new IllegalStateException("PORTAL_BROWSER_TESTS=required but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        if (!available) {
            System.out.println("[browser tests] skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
                    + "(apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(available, "no Chromium on this machine: browser tests skipped");
        profile = Files.createTempDirectory("capmob-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** Waits (up to 30 s) for a download whose name ends with the suffix to be complete, and answers its path. */
    Path waitForDownload(String suffix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(downloads)) {
                java.util.Optional<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no *" + suffix + " downloaded within 30 s");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks an element after scrolling it to the middle of the window (a fixed-size headless window hides the rest). */
    void click(String css) {
        WebElement element = find(css);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Sets a field's value directly (date inputs take typed text in the browser's locale format). */
    void setValue(String css, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    }

    /** Waits until the browser has arrived on a page whose path matches the regular expression. */
    void waitForPath(String regex) {
        waitUpTo(10).until(driver -> java.net.URI.create(driver.getCurrentUrl()).getPath().matches(regex));
    }

    /** The id at the end of the current URL, e.g. 42 for /schools/42. */
    long currentId() {
        String url = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    void signIn(String email, String password) {
        open("/login");
        type("#email", email);
        type("#password", password);
        find("#sign-in").click();
        // wait for the answer of the sign-in form before going anywhere else
        waitUpTo(10).until(driver -> !driver.findElements(By.cssSelector("#userMenu, #login-error, #login-locked")).isEmpty());
    }

    void signOut() {
        open("/");
        find("#userMenu").click();
        find("#logout").click();
        waitUpTo(10).until(driver -> !driver.findElements(By.cssSelector("#login-logout")).isEmpty());
    }

    /** A wait that reads again an element replaced meanwhile (a form posted reloads the page under the test's eyes). */
    WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the element's text contains the text (after a click that reloads the page, say). */
    void waitForText(String css, String text) {
        waitUpTo(10).until(driver -> !driver.findElements(By.cssSelector(css)).isEmpty()
                && driver.findElement(By.cssSelector(css)).getText().contains(text));
    }

    void screenshot(String name) throws IOException {
        File file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
