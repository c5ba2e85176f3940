package fr.capmob.portal.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exports end to end: a 2018 project P with schools A and B, mobilities in every status that matters, grants,
 * payments, expenditure and allocations; the files read back with Commons CSV, POI, PDFBox.
 */
@PortalTest
class ExportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    long schoolA;
    long schoolB;
    long project;
    long studentA1;
    long mobilityA1;
    long mobilityA2;
    String referenceA1;
    String referenceA2;
    String referenceB1;
    String referenceA3;
    String referenceA4;
    String schoolBName;
    CurrentUser coordinator;
    CurrentUser schoolAccountant;
    CurrentUser consortiumAccountant;
    CurrentUser referentA;

    @BeforeEach
    void consortium() {
        String run = TestData.unique();
        schoolA = data.school("Lycée Export A " + run);
        schoolBName = "Lycée Export B " + run;
        schoolB = data.school(schoolBName);
        project = data.project("Export project " + run, schoolA, schoolB);
        studentA1 = data.student(schoolA, "Dupont" + run, "Léa", LocalDate.of(2002, 5, 17));
        jdbc.update("update student set email = ?, fewer_opportunities = true, gender = 'F', specialty = 'Métiers de la mode', "
                + "needs_support = true where id = ?", "lea.dupont." + run + "@example.fr", studentA1);
        long studentA2 = data.student(schoolA, "=HYPERLINK(\"http://x\")", "Hugo", LocalDate.of(2003, 1, 2));
        long studentA3 = data.student(schoolA, "Brouillon" + run, "Noé", LocalDate.of(2003, 1, 2));
        long studentA4 = data.student(schoolA, "Annule" + run, "Ana", LocalDate.of(2003, 1, 2));
        long studentB1 = data.student(schoolB, "Martin" + run, "Jules", LocalDate.of(2002, 8, 9));
        long host = data.host("Export host " + run, schoolA);
        mobilityA1 = data.mobility(project, studentA1, null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        mobilityA2 = data.mobility(project, studentA2, null, schoolA, host, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 14));
        long mobilityA3 = data.mobility(project, studentA3, null, schoolA, host, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 14));
        long mobilityA4 = data.mobility(project, studentA4, null, schoolA, host, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 14));
        long mobilityB1 = data.mobility(project, studentB1, null, schoolB, data.host("Export host B " + run, schoolB),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 20));
        data.exportMobilityStatus(mobilityA1, "CONFIRMED", false);
        data.exportMobilityStatus(mobilityA2, "APPROVED", false);
        data.exportMobilityStatus(mobilityA4, "CANCELLED", false);
        data.exportMobilityStatus(mobilityB1, "COMPLETED", false);
        data.exportGrant(mobilityA1, "275", "1234.5650", "350", "0", "0", "0", false);
        data.exportGrant(mobilityA2, "180", "800", "350", "100", "0", "0", true);
        data.exportGrant(mobilityA4, "180", "800", "350", "0", "0", "0", false);
        data.exportGrant(mobilityB1, "275", "1000", "350", "0", "0", "0", false);
        data.exportPayment(mobilityA1, "ADVANCE", LocalDate.of(2019, 2, 20), "1487.66", "VIR-A1");
        data.exportPayment(mobilityA1, "CORRECTION", LocalDate.of(2019, 2, 25), "-10.00", "-VIR-A1-CORR");
        data.exportPayment(mobilityB1, "ADVANCE", LocalDate.of(2019, 2, 21), "1300.00", "VIR-B1");
        data.exportExpenditure(project, schoolA, mobilityA1, "TRAVEL_BOOKING", "Air France", "2500.00", LocalDate.of(2019, 1, 10));
        data.exportExpenditure(project, schoolB, null, "INSURANCE", "Assureur B " + run, "900.00", LocalDate.of(2019, 1, 11));
        data.exportAllocation(project, schoolA, "TRAVEL", "5000");
        data.exportAllocation(project, schoolA, "INDIVIDUAL_SUPPORT", "10000");
        data.exportAllocation(project, schoolB, "TRAVEL", "4000");
        referenceA1 = reference(mobilityA1);
        referenceA2 = reference(mobilityA2);
        referenceA3 = reference(mobilityA3);
        referenceA4 = reference(mobilityA4);
        referenceB1 = reference(mobilityB1);
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        schoolAccountant = data.principal(data.user("Gestion A", Role.ACCOUNTANT, schoolA));
        consortiumAccountant = data.principal(data.user("Comptable GIP", Role.ACCOUNTANT, null));
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
    }

    private String reference(long mobility) {
        return jdbc.queryForObject("select reference from mobility where id = ?", String.class, mobility);
    }

    private MockHttpServletResponse download(CurrentUser who, String path, String... params) throws Exception {
        var request = get(path).with(user(who));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        return response;
    }

    private static List<CSVRecord> csv(byte[] bytes, char delimiter) throws Exception {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private Map<String, String> byHeader(List<CSVRecord> records, String reference) {
        CSVRecord header = records.get(0);
        CSVRecord row = records.stream().filter(r -> r.toList().contains(reference)).findFirst().orElseThrow();
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), row.get(i));
        }
        return map;
    }

    @Test
    void reportingCsvOfA2018ProjectHasTheMobilityToolLayoutBomSemicolonsAndDecimalCommas() throws Exception {
        MockHttpServletResponse response = download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project),
                "format", "csv");
        assertThat(response.getContentType()).startsWith("text/csv");
        // the test hosts have no OID: the file is named incomplete (it still runs)
        assertThat(response.getHeader("Content-Disposition")).contains("mobility-tool-incomplete-2018-1-FR01-KA102-").contains(".csv");
        List<CSVRecord> records = csv(response.getContentAsByteArray(), ';');
        List<String> headers = jdbc.queryForList(
                "select header_text from report_layout_column where layout = 'MT_KA1_VET_2014' order by position", String.class);
        assertThat(records.get(0).toList()).isEqualTo(headers).hasSize(60);
        // approved and later only: not the draft, not the cancellation without force majeure
        assertThat(records).hasSize(4);
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(referenceA3).doesNotContain(referenceA4);
        Map<String, String> a1 = byHeader(records, referenceA1);
        assertThat(a1.get("Activity No.")).isEqualTo("A1");
        assertThat(a1.get("Activity Type")).isEqualTo("VET learners traineeships in companies abroad");
        assertThat(a1.get("Long-term Activity")).isEqualTo("NO");
        assertThat(a1.get("Accompanying Person")).isEqualTo("NO");
        assertThat(a1.get("Last Name")).startsWith("Dupont");
        assertThat(a1.get("First Name")).isEqualTo("Léa");
        assertThat(a1.get("Participant Date of Birth")).isEqualTo("17-05-2002");
        assertThat(a1.get("Participant Gender")).isEqualTo("Female");
        assertThat(a1.get("Participant With Fewer Opportunities")).isEqualTo("YES");
        assertThat(a1.get("Education Level (EQF)")).isEqualTo("4");
        // a specialty without an ISCED-F code in the dictionary is written as it is (and listed by the check)
        assertThat(a1.get("Field of Education")).isEqualTo("Métiers de la mode");
        assertThat(a1.get("Sending City")).isEqualTo("Paris");
        assertThat(a1.get("Receiving Country")).isEqualTo("DE");
        assertThat(a1.get("Receiving City")).isEqualTo("Berlin");
        assertThat(a1.get("Distance Band")).isEqualTo("500-1999 km");
        assertThat(a1.get("Start Date")).isEqualTo("04-03-2019");
        assertThat(a1.get("Duration Calculated (days)")).isEqualTo("19");
        assertThat(a1.get("EU Individual Support")).isEqualTo("1234,57");
        assertThat(a1.get("EU Travel Grant")).isEqualTo("275,00");
        assertThat(a1.get("EU Mobility Total Grant Calculated")).isEqualTo("1859,57");
        assertThat(a1.get("Draft Mobility")).isEqualTo("NO");
        assertThat(a1.get("Participant Id")).matches("[A-Z2-7]{10}");
        // no special-category data: the "needs support" flag is not a column and its value is nowhere
        assertThat(String.join(",", headers).toLowerCase()).doesNotContain("health").doesNotContain("support need");
    }

    @Test
    void aForceMajeureCancellationIsReportedWithItsFlagAndASubmittedMobilityIsNot() throws Exception {
        jdbc.update("update mobility set status = 'CANCELLED', force_majeure = true, cancellation_reason = 'Grève'"
                + " where reference = ?", referenceA4);
        jdbc.update("update mobility set status = 'SUBMITTED' where reference = ?", referenceA3);
        List<CSVRecord> records = csv(download(coordinator, "/exports/beneficiary-module", "project",
                String.valueOf(project)).getContentAsByteArray(), ';');
        assertThat(records).hasSize(5);
        assertThat(byHeader(records, referenceA4).get("Force Majeure ?")).isEqualTo("YES");
        assertThat(byHeader(records, referenceA1).get("Force Majeure ?")).isEqualTo("NO");
        assertThat(records.stream().flatMap(r -> r.toList().stream())).doesNotContain(referenceA3);
    }

    @Test
    void commaStyleUsesDecimalPointAndTheLayoutsDates() throws Exception {
        MockHttpServletResponse response = download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project),
                "format", "csv", "separator", "comma");
        Map<String, String> a1 = byHeader(csv(response.getContentAsByteArray(), ','), referenceA1);
        assertThat(a1.get("EU Mobility Total Grant Calculated")).isEqualTo("1859.57");
        // dates as the layout writes them (MT+: DD-MM-YYYY), whatever the CSV style
        assertThat(a1.get("Start Date")).isEqualTo("04-03-2019");
    }

    @Test
    void headerTextsComeFromTheLayoutTable() throws Exception {
        jdbc.update("update report_layout_column set header_text = 'EU grant, total (test)' where layout = 'MT_KA1_VET_2014'"
                + " and source_key = 'TOTAL_GRANT'");
        jdbc.update("delete from report_layout_column where layout = 'MT_KA1_VET_2014' and source_key = 'EMAIL'");
        jdbc.update("update report_dictionary_value set export_value = 'Oui' where dictionary = 'YES_NO' and portal_value = 'true'");
        List<CSVRecord> records = csv(download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project))
                .getContentAsByteArray(), ';');
        assertThat(records.get(0).toList()).contains("EU grant, total (test)")
                .doesNotContain("EU Mobility Total Grant Calculated", "Participant Email").hasSize(59);
        assertThat(byHeader(records, referenceA1).get("EU grant, total (test)")).isEqualTo("1859,57");
        assertThat(byHeader(records, referenceA1).get("Participant With Fewer Opportunities")).isEqualTo("Oui");

        // a 2021 call takes the 2021+ layout
        jdbc.update("update project set call_year = 2021, generation = 'G2021_2027' where id = ?", project);
        List<CSVRecord> recent = csv(download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project))
                .getContentAsByteArray(), ';');
        assertThat(recent.get(0).toList()).contains("Mobility activity ID", "Inclusion support (participant)", "Total grant")
                .hasSize(47);
        assertThat(byHeader(recent, referenceA1).get("Activity type")).isEqualTo("LM-SHORT-VET");
        assertThat(byHeader(recent, referenceA2).get("Green travel")).isEqualTo("Oui");
    }

    @Test
    void beneficiaryModuleXlsxHasNumericAndDateCellsAFrozenHeaderAndWidths() throws Exception {
        MockHttpServletResponse response = download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project),
                "format", "xlsx");
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            int total = headers.indexOf("EU Mobility Total Grant Calculated");
            int start = headers.indexOf("Start Date");
            int band = headers.indexOf("Duration Calculated (days)");
            int mobility = headers.indexOf("Mobility ID");
            int lastName = headers.indexOf("Last Name");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row a1 = null;
            Row a2 = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                String ref = sheet.getRow(r).getCell(mobility).getStringCellValue();
                if (ref.equals(referenceA1)) {
                    a1 = sheet.getRow(r);
                } else if (ref.equals(referenceA2)) {
                    a2 = sheet.getRow(r);
                }
            }
            assertThat(a1).isNotNull();
            Cell totalCell = a1.getCell(total);
            assertThat(totalCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(totalCell.getNumericCellValue()).isEqualTo(1859.57);
            assertThat(totalCell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell startCell = a1.getCell(start);
            // dates as the layout writes them (MT+ import: DD-MM-YYYY text)
            assertThat(startCell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(startCell.getStringCellValue()).isEqualTo("04-03-2019");
            assertThat(a1.getCell(band).getNumericCellValue()).isEqualTo(19);
            assertThat(sheet.getColumnWidth(total)).isGreaterThanOrEqualTo(14 * 256);
            // formula neutralised in XLSX too
            assertThat(a2.getCell(lastName).getCellType()).isEqualTo(CellType.STRING);
            assertThat(a2.getCell(lastName).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void formulaInANameIsNeutralisedInCsv() throws Exception {
        List<CSVRecord> records = csv(download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project))
                .getContentAsByteArray(), ';');
        assertThat(byHeader(records, referenceA2).get("Last Name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        // and in every other export that names participants
        List<CSVRecord> perParticipant = csv(download(coordinator, "/exports/budget-per-participant", "project",
                String.valueOf(project)).getContentAsByteArray(), ';');
        assertThat(perParticipant.stream().flatMap(r -> r.toList().stream())).contains("'=HYPERLINK(\"http://x\")")
                .doesNotContain("=HYPERLINK(\"http://x\")");
        List<CSVRecord> payments = csv(download(coordinator, "/exports/payments", "project", String.valueOf(project))
                .getContentAsByteArray(), ';');
        assertThat(payments.stream().flatMap(r -> r.toList().stream())).contains("'-VIR-A1-CORR").contains("-10,00");
    }

    @Test
    void pseudonymisedExportsCarryTheStableCodeAndNoNameBirthDateOrEmail() throws Exception {
        String named = new String(download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project))
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        byte[] bytes = download(coordinator, "/exports/beneficiary-module", "project", String.valueOf(project),
                "pseudonymised", "true").getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(named).contains("Dupont").contains("17-05-2002").contains("@example.fr");
        assertThat(text).doesNotContain("Dupont").doesNotContain("Léa").doesNotContain("17-05-2002")
                .doesNotContain("@example.fr").doesNotContain("HYPERLINK").doesNotContain("Martin");
        String code = byHeader(csv(bytes, ';'), referenceA1).get("Participant Id");
        assertThat(byHeader(csv(named.getBytes(StandardCharsets.UTF_8), ';'), referenceA1).get("Participant Id")).isEqualTo(code);
        // the same participant gets the same code in another export, and again on the next call
        String perParticipant = new String(download(coordinator, "/exports/budget-per-participant", "project",
                String.valueOf(project), "pseudonymised", "true").getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(perParticipant).contains(code).doesNotContain("Dupont").doesNotContain("Léa");
        String payments = new String(download(coordinator, "/exports/payments", "project", String.valueOf(project),
                "pseudonymised", "true", "format", "csv").getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(payments).contains(code).doesNotContain("Dupont");
    }

    @Test
    void budgetBySchoolShowsAllocatedPlannedCommittedPaidAndExpenditure() throws Exception {
        List<CSVRecord> records = csv(download(consortiumAccountant, "/exports/budget-by-school", "project",
                String.valueOf(project)).getContentAsByteArray(), ';');
        assertThat(records).hasSize(3);
        CSVRecord a = records.stream().filter(r -> r.get(1).startsWith("Lycée Export A")).findFirst().orElseThrow();
        // project, school, uai, granted, planned, committed, paid, still to pay, to recover, spent, committed − spent
        assertThat(a.toList().subList(3, 11)).containsExactly("15000,00", "1430,00", "1859,57", "1477,66", "381,91",
                "0,00", "2500,00", "-640,43");
    }

    @Test
    void budgetByItemSumsExactItemsAndRoundsOnce() throws Exception {
        List<CSVRecord> records = csv(download(schoolAccountant, "/exports/budget-by-item", "project", String.valueOf(project),
                "lang", "en").getContentAsByteArray(), ';');
        assertThat(records.get(0).toList()).containsExactly("Project", "Budget item", "Granted", "Planned", "Committed", "Available");
        CSVRecord individual = records.stream().filter(r -> r.get(1).equals("Individual support")).findFirst().orElseThrow();
        assertThat(individual.toList().subList(2, 6)).containsExactly("10000,00", "800,00", "1234,57", "7965,43");
        CSVRecord inclusion = records.stream().filter(r -> r.get(1).equals("Inclusion support")).findFirst().orElseThrow();
        assertThat(inclusion.get(3)).isEqualTo("100,00");
    }

    @Test
    void aSchoolAccountantGetsNoneOfAnotherSchoolsRowsInAnyExport() throws Exception {
        for (String kind : List.of("budget-by-school", "budget-by-item", "budget-per-participant", "payments", "expenditure",
                "beneficiary-module")) {
            for (String format : List.of("csv", "xlsx")) {
                byte[] bytes = download(schoolAccountant, "/exports/" + kind, "project", String.valueOf(project), "format", format)
                        .getContentAsByteArray();
                String text = format.equals("csv") ? new String(bytes, StandardCharsets.UTF_8) : xlsxText(bytes);
                assertThat(text).as(kind + " " + format).doesNotContain(referenceB1).doesNotContain("Martin")
                        .doesNotContain(schoolBName).doesNotContain("VIR-B1").doesNotContain("Assureur B");
            }
            // without a project too (every project of the school)
            if (!kind.equals("beneficiary-module")) {
                String all = new String(download(schoolAccountant, "/exports/" + kind).getContentAsByteArray(), StandardCharsets.UTF_8);
                assertThat(all).as(kind).doesNotContain(referenceB1).doesNotContain(schoolBName).doesNotContain("VIR-B1");
            }
        }
        String own = new String(download(schoolAccountant, "/exports/payments").getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(own).contains("VIR-A1");
        String beneficiary = new String(download(referentA, "/exports/beneficiary-module", "project", String.valueOf(project))
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(beneficiary).contains(referenceA1).doesNotContain(referenceB1);
        // the PDF summary too
        String pdf = pdfText(download(schoolAccountant, "/exports/summary", "project", String.valueOf(project)).getContentAsByteArray());
        assertThat(pdf).doesNotContain(schoolBName).contains("Lycée Export A");
        // asking for another school answers 404, a referent may not run the accounting exports
        mvc.perform(get("/exports/payments").param("school", String.valueOf(schoolB)).with(user(schoolAccountant)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exports/payments").with(user(referentA))).andExpect(status().isForbidden());
    }

    @Test
    void theSummaryPdfReadsBackWithTheRightFiguresInFrenchAndEnglish() throws Exception {
        MockHttpServletResponse french = download(coordinator, "/exports/summary", "project", String.valueOf(project),
                "school", String.valueOf(schoolA));
        assertThat(french.getContentType()).isEqualTo("application/pdf");
        String fr = pdfText(french.getContentAsByteArray());
        assertThat(fr).contains("Synthèse budgétaire").contains("Lycée Export A").contains("1 859,57 €")
                .contains("1 477,66 €").contains("2 500,00 €").contains("-640,43 €").contains("Soutien individuel")
                .contains("Dépenses réelles");
        String en = pdfText(download(coordinator, "/exports/summary", "project", String.valueOf(project), "school",
                String.valueOf(schoolA), "lang", "en").getContentAsByteArray());
        assertThat(en).contains("Budget summary").contains("€1,859.57").contains("€1,477.66").contains("-€640.43")
                .contains("Individual support").doesNotContain("Synthèse");
    }

    @Test
    void theBeneficiaryModuleFileNeedsAProject() throws Exception {
        mvc.perform(get("/exports/beneficiary-module").with(user(coordinator)))
                .andExpect(redirectedUrl("/exports")).andExpect(flash().attribute("warning", "exports.error.projectRequired"));
        mvc.perform(get("/exports/payments").param("format", "ods").with(user(coordinator)))
                .andExpect(redirectedUrl("/exports")).andExpect(flash().attribute("warning", "exports.error.format"));
    }

    @Test
    void thePageOffersEachRoleItsExports() throws Exception {
        String coordinatorPage = mvc.perform(get("/exports").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(coordinatorPage).contains("export-budget-by-school").contains("export-summary")
                .contains("export-beneficiary-module").doesNotContain(schoolBName);
        assertThat(coordinatorPage).as("one school picker shared by every export card")
                .containsOnlyOnce("id=\"exportSchoolSearch\"").contains("/schools/picker")
                .containsOnlyOnce("data-picker-search").contains("data-export-school-copy");
        String accountantPage = mvc.perform(get("/exports").with(user(schoolAccountant)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(accountantPage).contains("export-payments").contains("Budget by school").doesNotContain(schoolBName);
        String referentPage = mvc.perform(get("/exports").with(user(referentA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(referentPage).contains("export-beneficiary-module").doesNotContain("export-payments")
                .doesNotContain("export-summary");
    }

    static String xlsxText(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell).append('\t')));
        }
        return text.toString();
    }

    static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }
}
