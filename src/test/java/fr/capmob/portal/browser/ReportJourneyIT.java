package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The referent creates a report link on a completed mobility and passes it on; the participant fills the report in
 * English without an account; the link cannot serve again; the referent reads the answers on the mobility page.
 */
class ReportJourneyIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantFillsTheReportFromTheLinkInEnglish() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Bilan " + run);
        long project = data.project("Projet bilan " + run, school);
        long host = data.host("Bilan host " + run, school);
        long student = data.student(school, "Moreau " + run, "Jade", LocalDate.of(2000, 1, 1));
        long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        jdbc.update("update mobility set status = 'COMPLETED' where id = ?", mobility);
        String referent = data.user("Référente bilan", Role.SCHOOL_REFERENT, school);

        signIn(referent, TestData.PASSWORD);
        open("/mobilities/" + mobility);
        click("#create-report-link");
        String link = find(".report-url").getAttribute("value");
        assertThat(link).matches("http://localhost:\\d+/report/[A-Za-z0-9_-]{43}");
        signOut();

        browser.get(link + "?lang=en");
        assertThat(find("h1").getText()).isEqualTo("Your mobility report");
        click("#send-report");
        assertThat(find("#error-summary").getText()).contains("Please answer this question.");
        click("#improvedLanguage1");
        click("#moreConfidence1");
        click("#wouldGoAgain1");
        click("#satisfaction5");
        type("#learned", "Working in a Berlin kitchen");
        type("#freeComment", "Great stay, thank you!");
        screenshot("report-form-en");
        click("#send-report");
        assertThat(find("#report-thanks").getText()).contains("Your report has been saved");
        browser.get(link);
        assertThat(find("#report-invalid h1").getText()).isEqualTo("This link cannot be used");

        signIn(referent, TestData.PASSWORD);
        open("/mobilities/" + mobility + "?lang=fr");
        assertThat(find("#status").getText()).isEqualTo("Rapport remis");
        assertThat(find("#report-comment").getText()).isEqualTo("Great stay, thank you!");
        assertThat(find("#history").getText()).contains("par le participant, par son lien de bilan");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#report-link"))).isEmpty();
        screenshot("report-on-mobility-fr");
    }
}
