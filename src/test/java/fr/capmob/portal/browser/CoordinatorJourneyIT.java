package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The foundation's main journey: the coordinator creates a school, a project with its member schools, a
 * tutoring pair and the school's referent; the referent sets a password with the one-time link, signs in
 * and sees only their own school.
 */
class CoordinatorJourneyIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void theCoordinatorSetsUpASchoolAndItsReferentWhoThenSeesOnlyTheirSchool() throws Exception {
        String run = TestData.unique();
        long tutor = data.school("LP Tuteur " + run, "EXPERIENCED");
        String coordinator = data.user("Claire Coordination", Role.COORDINATOR, null);
        signIn(coordinator, TestData.PASSWORD);

        // a school
        open("/schools/new");
        String schoolName = "LP Journée " + run;
        type("#name", schoolName);
        type("#uai", data.newUai());
        type("#cityIdSearch", "paris");
        waitUpTo(5).until(driver -> !driver.findElements(By.cssSelector("[data-city-option]")).isEmpty());
        browser.findElements(By.cssSelector("[data-city-option]")).stream()
                .filter(option -> option.getText().startsWith("Paris Île-de-France")).findFirst().orElseThrow().click();
        type("#email", "ce.journee@ac-paris.fr");
        select("#experience", "NOVICE");
        screenshot("journey-1-school-form-fr");
        click("#save-school");
        waitForPath("/schools/[0-9]+");
        assertThat(find("h1").getText()).contains(schoolName);
        long school = currentId();

        // a project (2021–2027 generation) with both schools as members
        open("/projects/new");
        String serial = String.format("%09d", ThreadLocalRandom.current().nextInt(1, 999_999_999));
        String number = "2026-1-FR01-KA122-VET-" + serial;
        type("#number", number);
        type("#title", "Mini-CAPMOB mode " + run);
        select("#generation", "G2021_2027");
        type("#callYear", "2026");
        select("#action", "KA122_VET");
        type("#nationalAgency", "FR01");
        setValue("#startDate", "2026-09-01");
        setValue("#endDate", "2027-12-31");
        select("#status", "PREPARATION");
        type("#grantedTravel", "12 500,00");
        screenshot("journey-2-project-form-fr");
        click("#project-form button[type=submit]");
        waitForPath("/projects/[0-9]+");
        assertThat(find("h1").getText()).contains("Mini-CAPMOB mode " + run);
        assertThat(browser.getPageSource()).contains(number);
        long project = currentId();
        pickSchool(schoolName, school);
        pickSchool("LP Tuteur " + run, tutor);
        click("#add-schools button[type=submit]");
        assertThat(find("#member-schools").getText()).contains(schoolName).contains("LP Tuteur " + run);
        screenshot("journey-3-project-detail-fr");

        // a tutoring pair: the experienced school tutors the new one
        open("/pairings/new?projectId=" + project);
        pickOne("tutorSchoolId", "LP Tuteur " + run, tutor);
        pickOne("firstTutoredSchoolId", schoolName, school);
        click("#pairing-form button[type=submit]");
        waitForPath("/pairings/[0-9]+");
        assertThat(browser.getPageSource()).contains("LP Tuteur " + run).contains(schoolName);
        screenshot("journey-4-pair-fr");

        // the school's referent, with a one-time link to set a password
        open("/users/new?lang=en");
        String referentEmail = "referent." + run + "@ac-paris.fr";
        type("#email", referentEmail);
        type("#displayName", "Romain Référent");
        select("#role", "SCHOOL_REFERENT");
        pickOne("schoolId", schoolName, school);
        click("#save");
        String link = find("#password-link").getAttribute("value");
        assertThat(link).contains("/account/set-password/");
        screenshot("journey-5-user-link-en");
        signOut();

        // the referent uses the link, sets a password and signs in
        browser.get(link);
        type("#password", "Un-mot-de-passe-bien-long-" + run);
        type("#confirmation", "Un-mot-de-passe-bien-long-" + run);
        screenshot("journey-6-set-password-en");
        click("#save");
        assertThat(find("#login-password-set").isDisplayed()).isTrue();
        signIn(referentEmail, "Un-mot-de-passe-bien-long-" + run);
        assertThat(find("h1").getText()).contains("Romain Référent");

        // they see their school only: the list has one row, another school's page answers 404
        open("/schools?lang=fr");
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(1);
        assertThat(find("#results").getText()).contains(schoolName);
        screenshot("journey-7-referent-schools-fr");
        open("/schools/" + tutor);
        assertThat(find("#error-404").getText()).contains("Page introuvable");
        open("/users");
        assertThat(find("#error-403").getText()).contains("Accès refusé");
    }

    /** The project page's school type-ahead: types the name, chooses the school, which becomes a chip. */
    /** A single-choice school picker: types the unique name and chooses its one answer. */
    private void pickOne(String field, String name, long id) {
        type("#" + field + "Search", name);
        waitUpTo(5).until(driver -> !driver.findElements(
                By.cssSelector("#" + field + "Results [data-picker-value='" + id + "']")).isEmpty());
        find("#" + field + "Search").sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        assertThat(find("#" + field).getDomProperty("value")).isEqualTo(String.valueOf(id));
    }

    private void pickSchool(String name, long id) {
        type("#schoolIdsSearch", name);
        waitUpTo(5).until(driver -> !driver.findElements(
                By.cssSelector("#schoolIdsResults [data-picker-value='" + id + "']")).isEmpty());
        // the name is unique: its one answer, chosen with the keyboard
        find("#schoolIdsSearch").sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        assertThat(find("#schoolIdsChosen").getText()).contains(name);
    }
}
