package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Money follows the mobility's state: a school's accountant cannot pay an approved mobility (the page says why and
 * offers no payment), pays the advance once it is confirmed; the coordinator cancels it; the payment page then
 * shows 0 still to pay and the advance to recover, with its recovery order, and the school budget the amount to
 * recover, and the accountant's home the amount to recover, whose link lists it.
 */
class MoneyFollowsStateIT extends BrowserTest {

    @Autowired
    TestData data;

    private String text(String css) {
        return find(css).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void noPaymentBeforeConfirmationThenACancellationLeavesAnAmountToRecover() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Reversement " + run);
        long project = data.project("Projet reversement " + run, school);
        long student = data.student(school, "Reversement" + run, "Inès", LocalDate.of(2001, 4, 12));
        long mobility = data.mobility(project, student, null, school, data.host("Hotel Adlon " + run, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(mobility, "APPROVED", false);
        data.storedGrant(mobility, "275", "952", "350"); // 1 577,00 €
        String accountant = data.user("Gestionnaire", Role.ACCOUNTANT, school);
        String coordinator = data.user("Coordination", Role.COORDINATOR, null);

        signIn(accountant, TestData.PASSWORD);
        open("/payments/mobilities/" + mobility);
        assertThat(text("#not-payable")).contains("« Approuvée »").contains("« Confirmée »");
        assertThat(browser.findElements(By.id("pay-advance"))).isEmpty();
        open("/payments/new?mobility=" + mobility);
        assertThat(browser.findElements(By.id("payment-form"))).isEmpty();
        screenshot("money-not-payable-fr");

        data.mobilityStatus(mobility, "CONFIRMED", false);
        open("/payments/mobilities/" + mobility);
        click("#pay-advance");
        waitForPath("/payments/new");
        click("#save-payment");
        waitForPath("/payments/mobilities/[0-9]+");
        assertThat(text("#paid")).isEqualTo("1 261,60 €");
        signOut();

        signIn(coordinator, TestData.PASSWORD);
        open("/mobilities/" + mobility);
        type("#comment-CANCELLED", "Désistement de l’élève");
        click("#to-CANCELLED");
        waitForPath("/mobilities/[0-9]+");
        signOut();

        signIn(accountant, TestData.PASSWORD);
        open("/payments/mobilities/" + mobility);
        assertThat(text("#remaining")).isEqualTo("0,00 €");
        assertThat(text("#to-recover")).isEqualTo("1 261,60 €");
        assertThat(text("#to-recover-why")).contains("annulée");
        assertThat(browser.findElements(By.id("pay-advance"))).isEmpty();
        assertThat(text("#recoveries")).contains("1 261,60 €").contains("Ouvert");
        screenshot("money-to-recover-fr");

        open("/budget/schools/" + school);
        assertThat(text("#paid-" + project)).contains("reste à verser sur l’engagé : 0,00 €")
                .contains("à récupérer : 1 261,60 €");
        assertThat(text("#project-" + project + " .to-recover")).contains("À récupérer : 1 261,60 €");
        screenshot("money-school-budget-fr");

        // the accountant's home: the amount to recover waits there, its link lists the open recovery order
        open("/");
        WebElement recoveries = browser.findElements(By.cssSelector("#workspace .work-item")).stream()
                .filter(item -> item.getText().contains("à récupérer")).findFirst().orElseThrow();
        assertThat(recoveries.getText()).contains("Une somme à récupérer (ordre de reversement ouvert)");
        assertThat(recoveries.findElement(By.cssSelector(".work-count")).getText()).isEqualTo("1");
        screenshot("money-accountant-home-fr");
        recoveries.findElement(By.tagName("a")).click();
        waitForPath("/payments/recoveries");
        assertThat(browser.getPageSource()).contains("Reversement" + run);
    }
}
