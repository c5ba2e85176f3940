package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school's accountant pays a confirmed mobility of their school: the advance (80% suggested), then the balance
 * (what remains), sees the paid figures on the school's budget page and downloads the budget by school as XLSX.
 */
class AccountantPaymentIT extends BrowserTest {

    @Autowired
    TestData data;

    private String text(String css) {
        return find(css).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void accountantRecordsAnAdvanceThenABalance() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Versements " + run);
        long project = data.project("Projet versements " + run, school);
        long student = data.student(school, "Versement" + run, "Inès", LocalDate.of(2001, 4, 12));
        long mobility = data.mobility(project, student, null, school, data.host("Hotel Adlon " + run, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(mobility, "CONFIRMED", false);
        data.storedGrant(mobility, "275", "952", "350"); // 1 577,00 €
        String accountant = data.user("Gestionnaire", Role.ACCOUNTANT, school);

        signIn(accountant, TestData.PASSWORD);
        open("/payments/mobilities/" + mobility);
        assertThat(text("#owed")).isEqualTo("1 577,00 €");
        click("#pay-advance");
        waitForPath("/payments/new");
        assertThat(find("#amount").getAttribute("value")).isEqualTo("1261,60");
        assertThat(text("#suggested-advance")).isEqualTo("1 261,60 €");
        type("#reference", "VIR-2019-0042");
        screenshot("payment-advance-fr");
        click("#save-payment");
        waitForPath("/payments/mobilities/[0-9]+");
        assertThat(text("#paid")).isEqualTo("1 261,60 €");
        assertThat(text("#remaining")).isEqualTo("315,40 €");

        click("#pay-balance");
        waitForPath("/payments/new");
        assertThat(find("#amount").getAttribute("value")).isEqualTo("315,40");
        select("#kind", "BALANCE");
        click("#save-payment");
        waitForPath("/payments/mobilities/[0-9]+");
        assertThat(text("#paid")).isEqualTo("1 577,00 €");
        assertThat(text("#remaining")).isEqualTo("0,00 €");
        assertThat(text("#mobility-payments")).contains("Avance").contains("Solde").contains("Gestionnaire");

        open("/budget");
        waitForPath("/budget/schools/" + school);
        assertThat(text("#paid-" + project)).contains("1 577,00 €").contains("reste à verser sur l’engagé : 0,00 €");
        screenshot("payment-school-budget-fr");

        // the budget by school, as XLSX: the school's line carries the payments as a real number
        open("/exports");
        click("#budget-by-school-format-xlsx");
        screenshot("payment-exports-fr");
        click("#download-budget-by-school");
        java.nio.file.Path file = waitForDownload(".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var line = sheet.getRow(1);
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo("LP Versements " + run);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Versé");
            assertThat(line.getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(1577.00);
        }
    }
}
