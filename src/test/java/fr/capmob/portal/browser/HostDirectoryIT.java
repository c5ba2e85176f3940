package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A referent adds a host organisation that the directory already has under another spelling: the city is
 * picked with the type-ahead, the existing entry is shown, and nothing is saved until they confirm.
 */
class HostDirectoryIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void anOrganisationAlreadyInTheDirectoryUnderAnotherSpellingIsShownInsteadOfSaved() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Hosts IT " + run);
        long existing = data.host("Hotel Alfonso Jardines " + run + " S.A.", school);
        String referent = data.user("Inès Referente", Role.SCHOOL_REFERENT, school);

        signIn(referent, TestData.PASSWORD);
        open("/hosts/new?lang=en");
        type("#legalName", "HÔTEL ALFONSO-JARDINES " + run.toUpperCase());
        new Select(find("#type")).selectByValue("COMPANY");
        type("#cityIdSearch", "berl");
        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-city-option]")));
        List<WebElement> options = browser.findElements(By.cssSelector("[data-city-option]"));
        options.stream().filter(o -> o.getText().startsWith("Berlin")).findFirst().orElseThrow().click();
        assertThat(find("#cityIdSearch").getAttribute("value")).isEqualTo("Berlin (State of Berlin, Germany)");
        screenshot("host-new-picker-en");
        click("#save-host");

        assertThat(find("#duplicates").getText()).contains("Is this organisation already in the directory?");
        assertThat(find(".duplicate-link").getAttribute("href")).endsWith("/hosts/" + existing);
        screenshot("host-duplicate-en");

        click(".duplicate-link");
        assertThat(find("h1").getText()).isEqualTo("Hotel Alfonso Jardines " + run + " S.A.");
    }
}
