package fr.capmob.portal.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: takes full-page screenshots of the dashboard of a running portal with the demo data, in French and
 * English, for a look before a release. Run it by name against the app:
 * {@code ./mvnw -q -o test -Dtest=DashboardScreenshots -Dportal.screenshots.url=http://localhost:8105}
 * (pictures in target/screenshots/demo-dashboard-*.png).
 */
class DashboardScreenshots {

    @Test
    void demoDashboardInFrenchAndEnglish() throws Exception {
        String base = System.getProperty("portal.screenshots.url");
        Assumptions.assumeTrue(base != null, "portal.screenshots.url not set");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1300,1200");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            browser.get(base + "/login");
            browser.findElement(By.id("email")).sendKeys(System.getProperty("portal.screenshots.email", "coordination@capmob.example"));
            browser.findElement(By.id("password")).sendKeys("Mobilite-Europe-2026");
            browser.findElement(By.id("sign-in")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("userMenu")).isEmpty());
            Files.createDirectories(Path.of("target", "screenshots"));
            for (String lang : new String[] {"fr", "en"}) {
                browser.get(base + System.getProperty("portal.screenshots.path", "/dashboard") + "?lang=" + lang);
                new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(d -> "true".equals(d.findElement(By.id("chart-SCHOOL")).getAttribute("data-drawn")));
                long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1300, (int) height + 100));
                Thread.sleep(500);
                File file = browser.getScreenshotAs(OutputType.FILE);
                Files.copy(file.toPath(), Path.of("target", "screenshots", "demo-dashboard-" + lang + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1300, 1200));
            }
        } finally {
            browser.quit();
        }
    }
}
