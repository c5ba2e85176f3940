package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coordinator opens the dashboard: the map of Europe is shaded, the four outcome percentages and the charts are there. */
class DashboardIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCoordinatorSeesTheMapAndTheOutcomes() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Tableau de bord " + run);
        long project = data.project("Projet tableau " + run, school);
        long host = data.host("Tableau host " + run, school);
        for (int i = 0; i < 3; i++) {
            long student = data.student(school, "Élève" + i + " " + run, "Léa", LocalDate.of(2002, 1, 1));
            long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3 + i, 4),
                    LocalDate.of(2019, 3 + i, 22));
            jdbc.update("update mobility set status = 'REPORTED' where id = ?", mobility);
            jdbc.update("""
                    insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again,
                        satisfaction, language, submitted_at) values (?, 'LEARNER', true, ?, true, 5, 'fr', now())""",
                    mobility, i > 0);
        }
        String coordinator = data.user("Coordination tableau", Role.COORDINATOR, null);

        signIn(coordinator, TestData.PASSWORD);
        open("/dashboard/projects/" + project + "?lang=en");
        assertThat(find("h1").getText()).isEqualTo("Dashboard");
        assertThat(find("#figure-learners").getText()).isEqualTo("3");
        WebElement map = find("svg#europe-map");
        // each country is a <use> of its outline in the cached /img/europe-map.svg
        List<WebElement> countries = map.findElements(By.cssSelector("use"));
        assertThat(countries).hasSizeGreaterThan(40);
        WebElement germany = map.findElement(By.cssSelector("use[data-country='DE']"));
        // the outline came: Germany is drawn with its size, not an empty box
        waitUpTo(10).until(driver -> germany.getRect().getWidth() > 20 && germany.getRect().getHeight() > 20);
        assertThat(germany.getAttribute("class")).isEqualTo("map-q5");
        assertThat(germany.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("Germany: 3 mobilities");
        // the class gives the fill (CSS, no style attribute): shaded, not the grey of countries without mobilities
        assertThat(germany.getCssValue("fill")).isNotEqualTo(map.findElement(By.cssSelector("use[data-country='ES']")).getCssValue("fill"));
        assertThat(find("#outcome-improvedLanguage").getText()).isEqualTo("100%");
        assertThat(find("#outcome-moreConfidence").getText()).isEqualTo("67%");
        assertThat(find("#outcome-wouldGoAgain").getText()).isEqualTo("100%");
        assertThat(find("#outcome-satisfied").getText()).isEqualTo("100%");
        assertThat(find("#outcome-moreConfidence-answers").getText()).isEqualTo("of 3 answers");
        waitUpTo(10).until(driver -> "true".equals(find("#chart-MONTH").getAttribute("data-drawn")));
        screenshot("dashboard-project-en");
        open("/dashboard?lang=fr");
        assertThat(find("h1").getText()).isEqualTo("Tableau de bord");
        assertThat(find("svg#europe-map use.map-q5")).isNotNull();
        screenshot("dashboard-consortium-fr");
    }
}
