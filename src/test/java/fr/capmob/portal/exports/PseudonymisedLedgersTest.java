package fr.capmob.portal.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.budget.PaymentCommand;
import fr.capmob.portal.budget.PaymentKind;
import fr.capmob.portal.budget.PaymentMethod;
import fr.capmob.portal.budget.PaymentService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The payments and expenditure ledgers name who entered each row by e-mail; pseudonymised, they carry no e-mail at
 * all (no '@' anywhere, CSV or XLSX) but the user's role and a stable code, the same for all rows of one user.
 */
@PortalTest
class PseudonymisedLedgersTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PaymentService payments;
    @Autowired JdbcTemplate jdbc;

    long project;
    String accountantEmail;
    CurrentUser coordinator;

    @BeforeEach
    void ledgers() {
        String run = TestData.unique();
        long school = data.school("Lycée Pseudo " + run);
        project = data.project("Pseudo " + run, school);
        long student = data.student(school, "Pseudo" + run, "Léa", LocalDate.of(2001, 5, 3));
        long mobility = data.mobility(project, student, null, school, data.host("Host pseudo " + run, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(mobility, "CONFIRMED", false);
        data.storedGrant(mobility, "275", "952", "350");
        accountantEmail = data.user("Gestion Pseudo", Role.ACCOUNTANT, school);
        CurrentUser accountant = data.principal(accountantEmail);
        for (String amount : new String[] {"500.00", "300.00"}) {
            payments.record(new PaymentCommand(mobility, PaymentKind.ADVANCE, LocalDate.of(2019, 2, 1),
                    new BigDecimal(amount), PaymentMethod.TRANSFER, "VIR", null, false, UUID.randomUUID()), accountant);
        }
        jdbc.update("""
                insert into expenditure (project_id, school_id, category, supplier, invoice_number, amount, spent_on, created_by)
                values (?, ?, 'INSURANCE', 'MAIF', ?, 120, date '2019-03-01', ?)""", project, school, "F-" + run, accountantEmail);
        coordinator = data.principal(data.user("Coordination Pseudo", Role.COORDINATOR, null));
    }

    private byte[] download(String kind, String format, boolean pseudonymised) throws Exception {
        return mvc.perform(get("/exports/" + kind).with(user(coordinator)).param("project", String.valueOf(project))
                        .param("format", format).param("pseudonymised", String.valueOf(pseudonymised)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String cells(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|')));
        }
        return text.toString();
    }

    @Test
    void theNamedLedgersSayWhoEnteredEachRow() throws Exception {
        assertThat(new String(download("payments", "csv", false), StandardCharsets.UTF_8)).contains(accountantEmail);
        assertThat(new String(download("expenditure", "csv", false), StandardCharsets.UTF_8)).contains(accountantEmail);
    }

    @Test
    void pseudonymisedLedgersCarryNoEmailButTheRoleAndAStableUserCode() throws Exception {
        for (String kind : new String[] {"payments", "expenditure"}) {
            String csv = new String(download(kind, "csv", true), StandardCharsets.UTF_8);
            String xlsx = cells(download(kind, "xlsx", true));
            assertThat(csv).as(kind + " CSV").doesNotContain("@").contains("Gestion comptable U-");
            assertThat(xlsx).as(kind + " XLSX").doesNotContain("@").contains("Gestion comptable U-");
        }
        String csv = new String(download("payments", "csv", true), StandardCharsets.UTF_8);
        String code = csv.substring(csv.indexOf("Gestion comptable U-")).substring(0, "Gestion comptable U-".length() + 10);
        // both payments by the same user carry the same code, which the expenditure ledger shares
        assertThat(csv.split(code, -1)).hasSize(3);
        assertThat(new String(download("expenditure", "csv", true), StandardCharsets.UTF_8)).contains(code);
    }

    @Test
    void theExportsPageOffersThePseudonymisedExpenditureLedger() throws Exception {
        assertThat(mvc.perform(get("/exports").with(user(coordinator))).andReturn().getResponse().getContentAsString())
                .contains("id=\"expenditure-pseudonymised\"").contains("id=\"payments-pseudonymised\"");
    }
}
