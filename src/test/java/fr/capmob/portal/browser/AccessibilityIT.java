package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: every page type that each role reaches by following links from its home page passes axe-core's
 * WCAG 2.1 A/AA rules with no critical or serious violation, in French and English, and none scrolls sideways
 * on a 390 px phone. One browser signs in as each role in turn; a page type (ids folded) is checked once per
 * language, by the first role that reaches it, and each role's home page always.
 */
class AccessibilityIT extends BrowserTest {

    private static final Pattern SKIP = Pattern.compile(
            ".*(logout|\\.pdf|\\.csv|\\.json|\\.zip|template|/demo/|set-password|/report/).*");
    private static final int MAX_PAGES_PER_ROLE = 60;

    @Autowired
    TestData data;

    private final Map<String, List<String>> findings = new LinkedHashMap<>();
    private final Set<String> checked = new LinkedHashSet<>();

    @Test
    void everyPageTypeOfEveryRoleHasNoSeriousViolationAndFitsAPhone() throws Exception {
        axeFindsAMissingAlternative();
        checkAnonymousPages();
        for (String email : usersOfEveryRole()) {
            signIn(email, TestData.PASSWORD);
            List<String> paths = crawl("fr");
            open("/?lang=en");
            for (String path : paths) {
                check(path, "en");
            }
            open("/?lang=fr");
            signOut();
        }
        System.out.println("[accessibility] " + checked.size() + " page checks (page type × language): " + checked);
        System.out.println("[accessibility] findings: " + findings.size());
        findings.forEach((page, lines) -> System.out.println("[accessibility] " + page + ": " + lines));
        assertThat(findings).as("critical/serious axe violations and pages wider than 390 px").isEmpty();
    }

    /** The check can fail: on a page with an image without alternative text, axe reports a critical violation. */
    private void axeFindsAMissingAlternative() {
        browser.get("data:text/html,<html lang=fr><title>t</title><main><img src=x.png></main></html>");
        assertThat(Axe.seriousViolations(browser)).anyMatch(line -> line.startsWith("image-alt (critical"));
    }

    private void checkAnonymousPages() {
        for (String language : List.of("fr", "en")) {
            open("/login?lang=" + language);
            for (String path : List.of("/login", "/accessibility", "/privacy-notice")) {
                check(path, language);
            }
        }
        open("/login?lang=fr");
    }

    /** Breadth-first from the home page, in French: checks each new page type; answers the paths it met. */
    private List<String> crawl(String language) {
        List<String> queue = new ArrayList<>(List.of("/"));
        Set<String> typesSeen = new LinkedHashSet<>();
        List<String> visited = new ArrayList<>();
        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
            String path = queue.remove(0);
            if (!typesSeen.add(type(path))) {
                continue;
            }
            visited.add(path);
            boolean audited = check(path, language);
            if (!audited) {
                open(path);
            }
            for (String href : links()) {
                if (!SKIP.matcher(href).matches() && !typesSeen.contains(type(href)) && !queue.contains(href)) {
                    queue.add(href);
                }
            }
        }
        return visited;
    }

    /** The portal's own links on the page (main content and navigation), as paths without query. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('main a[href^="/"], nav a[href^="/"]'))
                  .map(function (a) { return a.getAttribute('href').replace(/[?#].*$/, ''); });""");
    }

    /** Runs axe at 1280 px and measures the page at 390 px, unless this page type was checked in this language. */
    private boolean check(String path, String language) {
        String key = type(path) + " [" + language + "]";
        if (!path.equals("/") && !checked.add(key)) {
            return false;
        }
        checked.add(key);
        open(path);
        List<String> problems = new ArrayList<>(Axe.seriousViolations(browser));
        browser.manage().window().setSize(new Dimension(390, 900));
        Map<String, Object> widths = Axe.widths(browser);
        if (((Number) widths.get("page")).intValue() > ((Number) widths.get("window")).intValue()) {
            problems.add("scrolls sideways at 390 px: " + widths.get("page") + " px wide");
        }
        browser.manage().window().setSize(new Dimension(1280, 1000));
        if (!problems.isEmpty()) {
            findings.put(key + " " + path, problems);
        }
        return true;
    }

    static String type(String path) {
        return path.replaceAll("/\\d+(?=/|$)", "/{id}");
    }

    /** A coordinator, two referents, a school accountant and a consortium accountant, with a little of everything. */
    private List<String> usersOfEveryRole() {
        String run = TestData.unique();
        long school = data.school("LP Accessibilité " + run);
        long other = data.school("LP Voisin " + run);
        long project = data.project("Projet accessible " + run, school, other);
        long host = data.host("Accueil accessible " + run, school);
        long student = data.student(school, "Élève " + run, "Inès", LocalDate.of(2003, 5, 6));
        long staff = data.staff(school, "Prof " + run, "Marc");
        long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobility(project, null, staff, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 10));
        data.storedGrant(mobility, "275.00", "1200.00", "350.00");
        data.payment(mobility, "ADVANCE", "800.00", LocalDate.of(2019, 2, 1));
        data.expenditure(project, school, "120.50");
        data.trip(project, school, host);
        return List.of(data.user("Coordination Accessible", Role.COORDINATOR, null),
                data.user("Référente Accessible", Role.SCHOOL_REFERENT, school),
                data.user("Référent Voisin", Role.SCHOOL_REFERENT, other),
                data.user("Gestion Accessible", Role.ACCOUNTANT, school),
                data.user("Comptable Accessible", Role.ACCOUNTANT, null));
    }
}
