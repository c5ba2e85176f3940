package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A referent creates a group trip with 8 students (2 of them minors, with parental consent) and 2 accompanying
 * staff, and submits it, then edits the trip (a start after the participants' is refused); the coordinator approves it
 * from the queue and lowers the project's minors per escort; a referent of another school cannot open it.
 */
class TripJourneyIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void referentSubmitsATripCoordinatorApprovesItOtherSchoolGets404() throws Exception {
        String run = TestData.unique();
        long schoolA = data.school("LP Voyage A " + run);
        long schoolB = data.school("LP Voyage B " + run);
        long project = data.project("Projet voyage " + run, schoolA, schoolB);
        long host = data.host("Berliner Hotel " + run, schoolA);
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate birth = i < 2 ? LocalDate.of(2002, 6, 1) : LocalDate.of(2000, 2, 1);
            long id = data.student(schoolA, "Voyageur" + i + " " + run, "Élève", birth);
            if (i < 2) {
                jdbc.update("update student set parental_consent_date = date '2019-01-15' where id = ?", id);
            }
            students.add(id);
        }
        long staff1 = data.staff(schoolA, "Accompagnatrice " + run, "Anne");
        long staff2 = data.staff(schoolA, "Accompagnateur " + run, "Paul");
        String referentA = data.user("Référente A", Role.SCHOOL_REFERENT, schoolA);
        String referentB = data.user("Référent B", Role.SCHOOL_REFERENT, schoolB);
        String coordinator = data.user("Coordinatrice", Role.COORDINATOR, null);

        signIn(referentA, TestData.PASSWORD);
        open("/trips/new");
        type("#name", "Berlin mars " + run);
        select("#projectId", String.valueOf(project));
        // the host type-ahead: typing part of the name, then choosing with the keyboard adds a chip
        type("#hostIdsSearch", "berliner hotel " + run);
        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hostIdsResults [data-picker-option]")));
        find("#hostIdsSearch").sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        assertThat(find("#hostIdsChosen input[name=hostIds]").getAttribute("value")).isEqualTo(String.valueOf(host));
        type("#destinationCityIdSearch", "berl");
        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-city-option]")));
        browser.findElements(By.cssSelector("[data-city-option]")).stream()
                .filter(o -> o.getText().startsWith("Berlin")).findFirst().orElseThrow().click();
        setValue("#startDate", "2019-03-03");
        setValue("#endDate", "2019-03-20");
        select("#transport", "BUS");
        click("#save-trip");
        waitForPath("/trips/[0-9]+");
        long trip = currentId();
        assertThat(find("h1").getText()).isEqualTo("Berlin mars " + run);

        for (long student : students) {
            click("#student-" + student);
        }
        click("#staff-" + staff1);
        click("#staff-" + staff2);
        screenshot("trip-add-participants-fr");
        click("#add-selected");
        waitForText("#bulk-summary", "10 ajoutés, 0 refusé");
        assertThat(find("#ratio").getText()).startsWith("2 mineurs, 2 accompagnateurs");
        click("#bulk-SUBMITTED");
        waitForText("#bulk-summary", "10 réussies, 0 refusée");
        assertThat(browser.findElements(By.cssSelector(".participant-status"))).hasSize(10)
                .allSatisfy(status -> assertThat(status.getText()).isEqualTo("Soumise"));
        screenshot("trip-submitted-fr");

        // the referent edits the trip: a later start would leave the participants out, refused next to the field
        click("#edit-trip");
        waitForPath("/trips/[0-9]+/edit");
        assertThat(find("#trip-edit-hint").getText()).contains("ne sont pas modifiées");
        setValue("#startDate", "2019-03-05");
        click("#save-trip");
        assertThat(find("#startDate-error").getText()).contains("sortiraient de ces dates (du 03/03/2019 au 20/03/2019)");
        setValue("#startDate", "2019-03-02");
        type("#name", "Berlin mars " + run + " (modifié)");
        screenshot("trip-edit-fr");
        click("#save-trip");
        waitForPath("/trips/[0-9]+");
        assertThat(find("h1").getText()).isEqualTo("Berlin mars " + run + " (modifié)");
        signOut();

        signIn(coordinator, TestData.PASSWORD);
        // the queue: the trip once, its checks before the click (it passes them), its mobilities loaded when opened
        WebElement row = queueLine("Berlin mars " + run);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        assertThat(row.getText()).contains("10 mobilités soumises, 10 approuvables", "Passe les contrôles d’approbation",
                "en attente depuis");
        // the line's mobilities are not in the page: opening it (here by keyboard) loads them
        assertThat(row.findElements(By.cssSelector("details .queue-row"))).isEmpty();
        row.findElement(By.cssSelector("details summary")).sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement opened = row;
        waitUpTo(10).until(driver -> opened.findElements(By.cssSelector("details .queue-row")).size() == 10);
        assertThat(row.findElements(By.cssSelector("details .queue-row input[name=comment]"))).hasSize(10);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;")).intValue()).isLessThanOrEqualTo(390);
        screenshot("approval-queue-390-fr");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        row = queueLine("Berlin mars " + run);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        row.findElement(By.cssSelector(".approve-trip")).click();
        waitForText("#bulk-summary", "10 réussies, 0 refusée");
        screenshot("trip-approved-queue-fr");
        assertThat(jdbc.queryForObject("select count(*) from mobility where trip_id = ? and status = 'APPROVED'",
                Long.class, trip)).isEqualTo(10);

        // the coordinator lowers the project's ratio to 1 minor per escort, from the trip page
        open("/trips/" + trip);
        click("#edit-ratio");
        waitForPath("/trips/settings/[0-9]+");
        type("#minorsPerEscort", "0");
        click("#save-ratio");
        assertThat(find("#minorsPerEscort-error").getText()).isEqualTo("Indiquez un nombre entier de 1 à 100.");
        type("#minorsPerEscort", "1");
        screenshot("trip-ratio-fr");
        click("#save-ratio");
        waitForPath("/trips/[0-9]+");
        assertThat(find("#ratio").getText()).contains("au plus 1 mineur par accompagnateur");
        signOut();

        signIn(referentB, TestData.PASSWORD);
        open("/trips/" + trip);
        assertThat(browser.findElements(By.cssSelector("#error-404"))).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("Berlin mars " + run);
    }

    /** The approval queue's line naming {@code text}, on whichever page it is (other tests' submissions may come first). */
    private WebElement queueLine(String text) {
        for (int page = 0; page < 100; page++) {
            open("/approvals?page=" + page);
            List<WebElement> lines = browser.findElements(By.cssSelector("#queue .queue-item"));
            for (WebElement line : lines) {
                if (line.getText().contains(text)) {
                    return line;
                }
            }
            if (lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError(text + " is in no page of the approval queue");
    }
}
