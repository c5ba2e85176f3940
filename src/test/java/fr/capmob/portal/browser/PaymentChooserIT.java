package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school's accountant finds the mobility to pay by typing part of the participant's name without its accents:
 * the type-ahead (htmx) shows their school's matches only; choosing one opens the payment form for it.
 */
class PaymentChooserIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void accountantFindsTheMobilityToPayByTyping() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Recherche " + run);
        long other = data.school("LP Autre " + run);
        long project = data.project("Projet recherche " + run, school, other);
        long mine = mobility(project, school, "Lefèvre-Hélène" + run, "Zoé");
        mobility(project, school, "Lefèvre-Hervé" + run, "Noé");
        long theirs = mobility(project, other, "Lefèvre-Hélène" + run, "Inès");
        String accountant = data.user("Gestionnaire", Role.ACCOUNTANT, school);

        signIn(accountant, TestData.PASSWORD);
        open("/payments/new");
        assertThat(browser.findElements(By.cssSelector("[data-mobility-choice]"))).isEmpty();
        type("#mobility-search", "lefevre");
        waitUpTo(10).until(driver -> driver.findElements(By.cssSelector("[data-mobility-choice]")).size() >= 2);
        type("#mobility-search", "lefevre-helene" + run);
        waitUpTo(10).until(driver -> driver.findElements(By.cssSelector("[data-mobility-choice]")).size() == 1);
        assertThat(find("[data-mobility-choice]").getAttribute("href")).endsWith("/payments/new?mobility=" + mine);
        assertThat(browser.getPageSource()).doesNotContain("mobility=" + theirs + "\"");
        screenshot("payment-chooser-fr");

        click("[data-mobility-choice]");
        waitForPath("/payments/new");
        assertThat(browser.getCurrentUrl()).endsWith("mobility=" + mine);
        assertThat(find("#account").getText()).contains("Lefèvre-Hélène" + run);

        type("#mobility-search", "personne" + run);
        waitUpTo(10).until(driver -> !driver.findElements(By.cssSelector("#no-mobility-match")).isEmpty());
        assertThat(find("#no-mobility-match").getText()).contains("Aucune mobilité ne correspond");
        screenshot("payment-chooser-empty-fr");
    }

    private long mobility(long project, long school, String lastName, String firstName) {
        long student = data.student(school, lastName, firstName, LocalDate.of(2001, 4, 12));
        long id = data.mobility(project, student, null, school, data.host("Hôte " + lastName + school, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(id, "CONFIRMED", false);
        return id;
    }
}
