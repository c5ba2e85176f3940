package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A referent imports 40 students from a CSV with two bad lines: the preview shows the errors by line and column
 * (in French, then in English), nothing is saved; the corrected file imports, and the 40 students are in the list.
 */
class StudentImportIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private static String csv(String run, boolean withErrors) {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Date de naissance;Niveau;Classe;Courriel\n");
        for (int i = 1; i <= 40; i++) {
            String birthDate = String.format("%02d/03/2008", (i % 28) + 1);
            String level = "Bac Pro";
            if (withErrors && i == 7) {
                birthDate = "31/02/2007";
            }
            if (withErrors && i == 23) {
                level = "Licence";
            }
            csv.append("Élève").append(run).append(';').append("Prénom ").append(i).append(';').append(birthDate).append(';')
                    .append(level).append(";1re MMV;eleve").append(i).append("@example.org\n");
        }
        return csv.toString();
    }

    private Path file(String name, String content) throws Exception {
        Path file = Files.createTempDirectory("capmob-import").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void upload(Path file) {
        find("#file").sendKeys(file.toAbsolutePath().toString());
        click("#upload");
        waitUpTo(10).until(driver -> !driver.findElements(By.cssSelector("#preview-summary, #file-error")).isEmpty());
    }

    @Test
    void aReferentFixesTwoBadLinesAndImportsFortyStudents() throws Exception {
        String run = TestData.unique().replaceAll("[^A-Za-z]", "x");
        long school = data.school("LP Import IT " + run);
        String referent = data.user("Romane Referente", Role.SCHOOL_REFERENT, school);

        signIn(referent, TestData.PASSWORD);
        open("/students?lang=fr");
        click("#import-students");
        assertThat(text("#fixed-school")).contains("LP Import IT " + run);
        upload(file("eleves.csv", csv(run, true)));

        assertThat(text("#preview-summary"))
                .isEqualTo("2 lignes sur 40 comportent des erreurs : corrigez le fichier puis déposez-le de nouveau. Rien n’a été enregistré.");
        List<WebElement> errors = browser.findElements(By.cssSelector("tr.import-error"));
        assertThat(errors).extracting(row -> row.getAttribute("data-line")).containsExactly("8", "24");
        assertThat(errors.get(0).getText().replace(NBSP, ' ')).contains("« Date de naissance » : date invalide « 31/02/2007 » (jj/mm/aaaa ou aaaa-mm-jj)");
        assertThat(errors.get(1).getText().replace(NBSP, ' ')).contains("« Niveau » : niveau inconnu « Licence »");
        assertThat(text("#error-list"))
                .contains("Ligne 8 — « Date de naissance » : date invalide « 31/02/2007 »")
                .contains("Ligne 24 — « Niveau » : niveau inconnu « Licence »");
        assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();
        screenshot("import-preview-errors-fr");

        browser.get(browser.getCurrentUrl() + "?lang=en");
        assertThat(text("#preview-summary")).startsWith("2 of 40 lines have errors");
        assertThat(text("tr.import-error")).contains("“Date de naissance”: invalid date “31/02/2007”");
        screenshot("import-preview-errors-en");
        assertThat(count(school)).isZero();

        open("/imports/students?lang=fr");
        upload(file("eleves-corrige.csv", csv(run, false)));
        assertThat(text("#preview-summary")).isEqualTo("40 lignes sans erreur, prêtes à être importées.");
        screenshot("import-preview-ready-fr");
        click("#confirm-import");
        browser.switchTo().alert().accept();

        waitUpTo(10).until(driver -> driver.getCurrentUrl().endsWith("/students"));
        assertThat(text(".alert-success")).contains("40 lignes importées.");
        assertThat(text("#results")).contains("sur 40").contains("Élève" + run);
        assertThat(browser.findElements(By.cssSelector("#results .empty-state"))).as("no empty state above the list").isEmpty();
        screenshot("import-done-fr");
        assertThat(count(school)).isEqualTo(40);
    }

    @Test
    void aFileOverTwoMegabytesGetsAPlainMessage() throws Exception {
        long school = data.school("LP Import IT big " + TestData.unique());
        signIn(data.user("Basile Referent", Role.SCHOOL_REFERENT, school), TestData.PASSWORD);
        open("/imports/students?lang=en");
        upload(file("big.csv", "Nom;Prénom\n" + "x;y\n".repeat(700_000)));
        assertThat(text("h1")).isEqualTo("File too large");
        assertThat(text("#file-error")).isEqualTo("The file is larger than 2 MB. Split it into several files.");
        click("#upload-again");
        assertThat(find("h1").getText()).isEqualTo("Import students");
        screenshot("import-too-large-en");
    }

    /** French messages keep guillemets and colons on their words with non-breaking spaces. */
    private static final char NBSP = '\u00a0';

    private String text(String css) {
        return find(css).getText().replace(NBSP, ' ');
    }

    private long count(long school) {
        return jdbc.sql("select count(*) from student where school_id = :s").param("s", school).query(Long.class).single();
    }
}
