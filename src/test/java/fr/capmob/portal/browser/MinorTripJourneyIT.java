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
 * A referent creates a minor's mobility from the student's page (the form first lists every missing field at once),
 * is told as soon as the dates are in that a minor must travel in a trip with an escort, saves it, puts it into the
 * trip from the mobility's page (its mentor, learning outcomes and tasks kept) and submits it. The journey's clicks
 * are counted: {@link #clicks} (selects and choices included), the fields typed apart. Before issue 12 the only
 * way was to cancel the mobility and create it again inside the trip, retyping everything: about 50 clicks.
 */
class MinorTripJourneyIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    int clicks;
    int typed;

    private void countedClick(String css) {
        click(css);
        clicks++;
    }

    private void countedSelect(String css, String value) {
        select(css, value);
        clicks++;
    }

    private void countedType(String css, String text) {
        type(css, text);
        typed++;
    }

    /** A date input set as the browser's date picker does: the value, then a change event. */
    private void countedDate(String css, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(css), isoDate);
        typed++;
    }

    @Test
    void aReferentPutsAMinorsMobilityIntoATripKeepingItsTextAndSubmitsIt() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Mineurs " + run);
        long project = data.project("Projet mineurs " + run, school);
        long host = data.host("Gasthof " + run, school);
        long trip = data.trip(project, school, host); // Berlin, 3–20 March 2019
        long escort = data.mobility(project, null, data.staff(school, "Escorte " + run, "Anne"), school, host,
                LocalDate.of(2019, 3, 3), LocalDate.of(2019, 3, 20));
        jdbc.update("update mobility set activity_type = 'ACCOMPANYING', trip_id = ? where id = ?", trip, escort);
        long lea = data.student(school, "Mineure " + run, "Léa", LocalDate.of(2002, 6, 1));
        String referent = data.user("Référente mineurs", Role.SCHOOL_REFERENT, school);

        signIn(referent, TestData.PASSWORD);
        open("/students/" + lea);
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#new-mobility-for-student")));
        countedClick("#new-mobility-for-student");
        waitForPath("/mobilities/new");
        assertThat(find("#studentIdSearch").getAttribute("value")).contains("Mineure " + run);
        assertThat(find("#required-legend").getText()).contains("obligatoires");

        // saving too early lists every missing field at once (not counted: the journey itself starts below)
        click("#save");
        assertThat(find("#error-summary").getText()).contains("projet", "activité", "organisme d’accueil");
        assertThat(browser.findElements(By.cssSelector("#startDate-error, #endDate-error"))).hasSize(2);

        countedSelect("#projectId", String.valueOf(project));
        countedSelect("#activityType", "LM_SHORT_VET");
        countedType("#hostIdSearch", "gasthof " + run);
        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hostIdResults [data-picker-option]")));
        find("#hostIdSearch").sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        clicks++; // choosing the host
        countedDate("#startDate", "2019-03-05");
        countedDate("#endDate", "2019-03-19");
        // each date sends its own request for the hint: the one answering both dates offers the trip
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tripId-" + trip)));
        assertThat(find("#minor-warning").getText()).contains("mineur", "voyage de groupe");
        assertThat(find("#project-period").getText()).contains("01/09/2018", "28/02/2021");
        assertThat(browser.findElements(By.cssSelector("#trip-choice input[name=tripId]"))).hasSize(2);
        countedType("#mentor", "Herr Weber");
        countedType("#learningOutcomes", "Accueillir un client\nPrésenter la carte");
        countedType("#tasks", "Service en salle");
        screenshot("minor-mobility-form-fr");
        countedClick("#save");
        waitForPath("/mobilities/[0-9]+");
        long mobility = currentId();
        assertThat(find("#minor-needs-trip").getText()).contains("accompagnateur");

        countedClick("#join-trip-" + trip);
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#leave-trip")));
        assertThat(browser.findElements(By.cssSelector("#minor-needs-trip"))).isEmpty();
        assertThat(browser.getPageSource()).contains("Herr Weber", "Service en salle", "Présenter la carte");
        screenshot("minor-mobility-in-trip-fr");
        countedClick("#to-SUBMITTED");
        waitUpTo(10).until(driver -> find("#status").getText().contains("Soumise"));

        assertThat(jdbc.queryForMap("select trip_id, status, mentor, tasks from mobility where id = ?", mobility))
                .containsEntry("trip_id", trip).containsEntry("status", "SUBMITTED")
                .containsEntry("mentor", "Herr Weber").containsEntry("tasks", "Service en salle");
        System.out.printf("[MinorTripJourneyIT] clicks: %d, fields typed: %d%n", clicks, typed);
        assertThat(clicks).isLessThanOrEqualTo(10);
    }
}
