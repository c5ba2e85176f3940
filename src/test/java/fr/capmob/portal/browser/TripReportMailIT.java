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
import org.springframework.test.context.TestPropertySource;

/**
 * The coordinator sends a whole trip's report links in one action and reads them in the demo mailbox: the portal
 * runs here as under {@code ./mvnw spring-boot:run} for mail (the in-process SMTP server and its {@code /demo/mailbox}
 * page, the worker every second), the rest as in every browser test.
 */
@TestPropertySource(properties = {"portal.demo-mail.enabled=true", "portal.demo-mail.port=3029",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3029", "portal.mail.worker-delay=PT1S"})
class TripReportMailIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCoordinatorSendsATripsReportLinksAndReadsThemInTheDemoMailbox() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Voyage courriel " + run);
        long project = data.project("Projet courriel " + run, school);
        long host = data.host("Courriel host " + run, school);
        long trip = data.trip(project, school, host);
        List<String> names = List.of("Lina", "Omar");
        for (String name : names) {
            long student = data.student(school, "Courriel " + run, name, LocalDate.of(2001, 2, 3));
            jdbc.update("update student set email = ? where id = ?", address(name, run), student);
            long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4),
                    LocalDate.of(2019, 3, 18));
            jdbc.update("update mobility set status = 'COMPLETED', trip_id = ? where id = ?", trip, mobility);
        }
        String coordinator = data.user("Coordination courriel", Role.COORDINATOR, null);

        signIn(coordinator, TestData.PASSWORD);
        open("/trips/" + trip);
        click("#create-report-links");
        assertThat(find("#report-links").getText()).contains(address("Lina", run), address("Omar", run));

        for (String name : names) {
            waitUpTo(30).until(driver -> {
                driver.get(url("/demo/mailbox"));
                return !driver.findElements(By.xpath("//*[@id='mailbox']/a[contains(., '" + address(name, run) + "')]"))
                        .isEmpty();
            });
        }
        List<WebElement> ours = browser.findElements(By.xpath("//*[@id='mailbox']/a[contains(., '" + run + "')]"));
        assertThat(ours).hasSize(names.size());
        assertThat(ours).allSatisfy(item -> assertThat(item.getText()).contains("votre bilan de mobilité"));
        ours.get(0).click();
        assertThat(find("#opened").getText()).contains("Bonjour").contains("/report/");
        screenshot("demo-mailbox-trip-report-links");
    }

    private static String address(String name, String run) {
        return name.toLowerCase() + "." + run.toLowerCase().replaceAll("[^a-z0-9]", "") + "@participant.example";
    }
}
