package fr.capmob.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * axe-core (from its WebJar on the test class path) run on the page open in the browser, WCAG 2.1 A and AA rules.
 * The portal's Content-Security-Policy forbids injected script tags, so the source goes through the WebDriver's
 * script execution, which the CSP does not govern.
 */
final class Axe {

    private static final String SOURCE = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (r) {
                done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
                  .map(function (v) { return v.id + ' (' + v.impact + ', ' + v.nodes.length + '× e.g. '
                      + v.nodes[0].target.join(' ') + ')'; }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    private Axe() {
    }

    /** The critical and serious violations on the page, one line each ("rule (impact, count× e.g. selector)"). */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        return (List<String>) js.executeAsyncScript(RUN);
    }

    /** Whether the page is wider than the window (it scrolls sideways). */
    static Map<String, Object> widths(WebDriver browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "return {page: document.documentElement.scrollWidth, window: window.innerWidth};");
        return widths;
    }

    private static String load() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
            if (found.length == 0) {
                throw new IllegalStateException("axe-core WebJar missing from the test class path");
            }
            try (InputStream in = found[0].getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
