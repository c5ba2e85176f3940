package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14: the keyboard-only journey. A referent signs in, creates an adult student, and creates and submits a
 * mobility for them, choosing the host and the destination city ("Vienne", Vienna's French name) in the
 * type-ahead lists with the arrow keys: only Tab, typing, the arrow keys and Enter, never a click.
 */
class KeyboardJourneyIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReferentSignsInCreatesAStudentAndSubmitsAMobilityWithTheKeyboardOnly() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Clavier " + run);
        long project = data.project("Projet clavier " + run, school);
        long host = data.host("Wiener Werkstatt " + run, school);
        long vienna = jdbc.queryForObject("select id from city where country = 'AT' and name = 'Vienna'", Long.class);
        jdbc.update("update host_organisation set country = 'AT', city_id = ? where id = ?", vienna, host);
        String referent = data.user("Référente Clavier", Role.SCHOOL_REFERENT, school);
        Keyboard keys = new Keyboard(browser);

        open("/login");
        keys.tabTo("#email").type(referent).tabTo("#password").type(TestData.PASSWORD).press(Keys.ENTER);
        waitUpTo(10).until(driver -> !driver.findElements(By.cssSelector("#userMenu")).isEmpty());

        // the navigation's menus open with Enter; Tab then moves through their items
        keys.tabTo("#participantMenu").press(Keys.ENTER).tabTo("nav a[href='/students']").press(Keys.ENTER);
        waitForPath("/students");
        keys.tabTo("main a[href='/students/new']").press(Keys.ENTER);
        waitForPath("/students/new");
        keys.tabTo("#lastName").type("Clavier" + run).tabTo("#firstName").type("Inès");
        keys.tabTo("#birthDate").typeDate(LocalDate.of(2000, 5, 6)).tabTo("#qualificationLevel").arrowDownUntilValue("BAC_PRO");
        keys.tabTo("#save-student").press(Keys.ENTER);
        waitForPath("/students/[0-9]+");
        long student = currentId();

        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/mobilities/new?studentId=']")));
        keys.tabTo("a[href^='/mobilities/new?studentId=']").press(Keys.ENTER);
        waitForPath("/mobilities/new");
        keys.tabTo("#projectId").arrowDownUntilValue(String.valueOf(project));
        keys.tabTo("#activityType").arrowDownUntilValue("LM_SHORT_VET");
        if (find("#studentId").getDomProperty("value").isEmpty()) {
            keys.tabTo("#studentIdSearch").type("clavier" + run.toLowerCase());
            waitForOptions("#studentIdResults [data-picker-option]");
            keys.chooseOption("Clavier");
        }
        keys.tabTo("#hostIdSearch").type("wiener werkstatt " + run.toLowerCase());
        waitForOptions("#hostIdResults [data-picker-option]");
        keys.chooseOption("Wiener Werkstatt");
        keys.tabTo("#destinationCityIdSearch").type("vienne");
        waitForOptions("[data-city-option]");
        keys.chooseOption("Vienne Vienna, Vienna, Autriche");
        keys.tabTo("#startDate").typeDate(LocalDate.of(2019, 3, 4)).tabTo("#endDate").typeDate(LocalDate.of(2019, 3, 22));
        assertThat(find("#studentId").getDomProperty("value")).isEqualTo(String.valueOf(student));
        assertThat(find("#hostId").getDomProperty("value")).isEqualTo(String.valueOf(host));
        assertThat(find("#destinationCityId").getDomProperty("value")).isEqualTo(String.valueOf(vienna));
        keys.tabTo("#save").press(Keys.ENTER);
        waitForPath("/mobilities/[0-9]+");
        assertThat(find("main").getText()).contains("Vienne, Autriche");

        keys.tabTo("#to-SUBMITTED").press(Keys.ENTER);
        // the transition reloads the page: the main element read while it is replaced goes stale, and is read again
        waitUpTo(10).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> find("main").getText().contains("Soumise"));
        screenshot("keyboard-journey-submitted-fr");
    }

    private void waitForOptions(String css) {
        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }
}
