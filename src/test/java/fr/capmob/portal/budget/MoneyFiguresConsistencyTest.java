package fr.capmob.portal.budget;

import static fr.capmob.portal.budget.ReadBack.allAmounts;
import static fr.capmob.portal.budget.ReadBack.amounts;
import static fr.capmob.portal.budget.ReadBack.csvAmount;
import static fr.capmob.portal.budget.ReadBack.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One definition of every money figure: a project with a mobility of every kind (each status, force majeure with
 * and without costs, an ordinary cancellation that was paid, a zero grant, exceptional travel, a grant recomputed
 * after it was paid, no grant yet, a payment corrected), read back from the budget pages, the CSV and XLSX exports
 * and the PDF summary: every source gives the same figures, item by item, school by school, and the hand-computed
 * ones.
 */
@PortalTest
class MoneyFiguresConsistencyTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    long schoolA;
    long schoolB;
    long project;
    CurrentUser coordinator;

    @BeforeEach
    void everyKindOfMobility() {
        String run = TestData.unique();
        schoolA = data.school("LP Figures A " + run);
        schoolB = data.school("LP Figures B " + run);
        project = data.project("Figures " + run, schoolA, schoolB);
        jdbc.sql("update project set granted_inclusion_support = 500, granted_exceptional_costs = 3200 where id = :p")
                .param("p", project).update();
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        // school A: planned, committed and paid with a correction, force majeure with costs and overpaid, zero grant
        granted(mobility(schoolA, "DRAFT", false), "275", "1000.50", "350", "0", "0", "0", "0");
        granted(mobility(schoolA, "SUBMITTED", false), "180", "800", "350", "0", "100", "0", "0");
        granted(mobility(schoolA, "APPROVED", false), "275", "1234.565", "350", "0", "0", "20.25", "0");
        long confirmed = granted(mobility(schoolA, "CONFIRMED", false), "275", "1302", "350", "0", "0", "0", "0");
        long advance = data.payment(confirmed, "ADVANCE", "1541.60", LocalDate.of(2019, 2, 1));
        jdbc.sql("insert into payment (mobility_id, kind, paid_on, amount, method, note, corrects_payment_id, created_by)"
                        + " values (:m, 'CORRECTION', date '2019-02-10', -41.60, 'TRANSFER', 'Rounded', :p, 't')")
                .param("m", confirmed).param("p", advance).update();
        long forceMajeure = granted(mobility(schoolA, "CANCELLED", true), "275", "1000", "350", "0", "0", "0", "350");
        data.payment(forceMajeure, "ADVANCE", "1000", LocalDate.of(2019, 2, 1));
        long zero = granted(mobility(schoolA, "CONFIRMED", false), "0", "0", "0", "0", "0", "0", "0");
        jdbc.sql("update mobility set zero_grant = true where id = :id").param("id", zero).update();
        mobility(schoolA, "CONFIRMED", false); // no grant yet
        // school B: exceptional travel, paid in full, a grant recomputed below what was paid, a paid ordinary cancellation
        long abroad = granted(mobility(schoolB, "IN_PROGRESS", false), "275", "1302", "350", "420.75", "0", "0", "0");
        data.payment(abroad, "ADVANCE", "1878.20", LocalDate.of(2019, 2, 1));
        long completed = granted(mobility(schoolB, "COMPLETED", false), "180", "952", "350", "0", "0", "0", "0");
        data.payment(completed, "ADVANCE", "1185.60", LocalDate.of(2019, 2, 1));
        data.payment(completed, "BALANCE", "296.40", LocalDate.of(2019, 6, 1));
        long recomputed = granted(mobility(schoolB, "REPORTED", false), "275", "1302", "350", "0", "0", "0", "0");
        data.payment(recomputed, "ADVANCE", "1927", LocalDate.of(2019, 2, 1));
        jdbc.sql("update mobility_grant set individual_support = 1100, total = 1725 where mobility_id = :id")
                .param("id", recomputed).update();
        long cancelled = granted(mobility(schoolB, "CANCELLED", false), "180", "800", "350", "0", "0", "0", "0");
        data.payment(cancelled, "ADVANCE", "500", LocalDate.of(2019, 2, 1));
        granted(mobility(schoolB, "CANCELLED", true), "180", "800", "350", "0", "0", "0", "0"); // force majeure, no costs
        data.exportAllocation(project, schoolA, "TRAVEL", "5000");
        data.exportAllocation(project, schoolA, "EXCEPTIONAL_COSTS", "1000");
        data.exportAllocation(project, schoolB, "TRAVEL", "4000");
        data.exportAllocation(project, schoolB, "INDIVIDUAL_SUPPORT", "10000");
        data.exportAllocation(project, schoolB, "EXCEPTIONAL_COSTS", "2000");
        data.expenditure(project, schoolA, "845.20");
        data.expenditure(project, schoolB, "120.00");
    }

    private long mobility(long school, String status, boolean forceMajeure) {
        long student = data.student(school, "Figures " + TestData.unique(), "Léa", LocalDate.of(2001, 1, 1));
        long id = data.mobility(project, student, null, school, data.host("Host " + TestData.unique(), school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(id, status, forceMajeure);
        return id;
    }

    private long granted(long mobility, String travel, String individual, String organisational, String exceptional,
                         String inclusionOrganisation, String inclusionParticipant, String forceMajeure) {
        data.storedGrant(mobility, travel, individual, organisational, exceptional, inclusionOrganisation,
                inclusionParticipant, forceMajeure);
        return mobility;
    }

    /** Granted, planned, committed, available of one item, as a line of the project page shows them. */
    record ItemFigures(BigDecimal granted, BigDecimal planned, BigDecimal committed, BigDecimal available) {
        ItemFigures {
            granted = granted.setScale(2);
            planned = planned.setScale(2);
            committed = committed.setScale(2);
            available = available.setScale(2);
        }
    }

    @Test
    void everySourceGivesTheSameFigures() throws Exception {
        Map<BudgetItem, ItemFigures> page = projectPageItems();
        // hand-computed: force-majeure costs under exceptional costs, nothing else of that cancellation
        assertThat(page.get(BudgetItem.EXCEPTIONAL_COSTS)).isEqualTo(figures("3200", "0", "770.75", "2429.25"));
        assertThat(page.get(BudgetItem.INDIVIDUAL_SUPPORT)).isEqualTo(figures("250000", "3035.07", "4656", "242308.93"));
        assertThat(page.get(BudgetItem.TRAVEL)).isEqualTo(figures("100000", "730", "1005", "98265"));

        // the overview's line of the project: granted, planned, committed, paid, available, still to pay, to recover
        List<BigDecimal> overview = amounts(row(page("/budget"), "/budget/projects/" + project + "\""));
        assertThat(overview).usingElementComparator(BigDecimal::compareTo).containsExactly(dec("403700"), dec("4935.32"),
                dec("7831.75"), dec("8287.20"), dec("390932.93"), dec("896.55"), dec("1352.00"));
        List<BigDecimal> paid = allAmounts(ReadBack.element(page("/budget/projects/" + project), "project-paid"));
        assertThat(paid).usingElementComparator(BigDecimal::compareTo).containsExactly(dec("8287.20"), dec("896.55"),
                dec("1352.00"));

        // the budget by item, CSV and XLSX, against the page
        List<CSVRecord> byItem = ReadBack.csv(download("budget-by-item", "csv", null));
        assertThat(byItem).hasSize(1 + BudgetItem.values().length);
        for (BudgetItem item : BudgetItem.values()) {
            CSVRecord line = byItem.stream().filter(r -> r.get(1).equals(itemLabel(item))).findFirst().orElseThrow();
            assertThat(new ItemFigures(csvAmount(line.get(2)), csvAmount(line.get(3)), csvAmount(line.get(4)),
                    csvAmount(line.get(5)))).as(item.name()).isEqualTo(page.get(item));
        }
        assertSameAsCsv(byItem, "budget-by-item", null);

        schoolsAgree();
        perParticipantAddsUp(page, paid);
        summaryPdfShowsTheSame(page, paid);
    }

    /** The project page's schools, each school's page and the budget by school (CSV, XLSX) agree. */
    private void schoolsAgree() throws Exception {
        String projectPage = page("/budget/projects/" + project);
        List<CSVRecord> bySchool = ReadBack.csv(download("budget-by-school", "csv", null));
        assertSameAsCsv(bySchool, "budget-by-school", null);
        Map<Long, List<String>> expected = Map.of(
                schoolA, List.of("6000", "4935.32", "2277.00", "2500.00", "427.00", "650.00", "845.20"),
                schoolB, List.of("16000", "0", "5554.75", "5787.20", "469.55", "702.00", "120.00"));
        for (long school : List.of(schoolA, schoolB)) {
            List<String> exportRow = bySchool.stream().filter(r -> r.get(1).equals(schoolName(school))).findFirst()
                    .orElseThrow().toList();
            // granted (allocated), planned, committed, paid, still to pay, to recover, spent
            List<BigDecimal> export = exportRow.subList(3, 10).stream().map(ReadBack::csvAmount).toList();
            assertThat(export).as("by school " + school).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(expected.get(school).stream().map(MoneyFiguresConsistencyTest::dec).toList());
            List<String> projectRow = row(projectPage, "/budget/schools/" + school + "\"");
            List<BigDecimal> plannedCommittedPaid = projectRow.subList(projectRow.size() - 3, projectRow.size()).stream()
                    .map(ReadBack::amount).toList();
            assertThat(plannedCommittedPaid).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(export.subList(1, 4));
            String schoolPage = page("/budget/schools/" + school);
            assertThat(allAmounts(ReadBack.element(schoolPage, "paid-" + project))).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(export.subList(3, 6));
            schoolItemsAgree(school, schoolPage);
        }
    }

    /** A school's page, item by item, against the budget by item limited to that school. */
    private void schoolItemsAgree(long school, String schoolPage) throws Exception {
        List<CSVRecord> byItem = ReadBack.csv(download("budget-by-item", "csv", school));
        assertThat(byItem).hasSize(1 + BudgetItem.values().length);
        for (BudgetItem item : BudgetItem.values()) {
            List<BigDecimal> onPage = amounts(row(schoolPage, "id=\"item-" + project + "-" + item + "\""));
            CSVRecord line = byItem.stream().filter(r -> r.get(1).equals(itemLabel(item))).findFirst().orElseThrow();
            assertThat(List.of(csvAmount(line.get(2)), csvAmount(line.get(3)), csvAmount(line.get(4)),
                    csvAmount(line.get(5)))).as(school + " " + item).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(onPage);
        }
    }

    /** The per-participant rows add up to the project's figures, item by item. */
    private void perParticipantAddsUp(Map<BudgetItem, ItemFigures> page, List<BigDecimal> paid) throws Exception {
        List<CSVRecord> rows = ReadBack.csv(download("budget-per-participant", "csv", null));
        assertSameAsCsv(rows, "budget-per-participant", null);
        List<String> header = rows.get(0).toList();
        int firstItem = header.indexOf(message("exports.col.travel"));
        List<BigDecimal> sums = new ArrayList<>();
        for (int column = firstItem; column < header.size(); column++) {
            int at = column;
            sums.add(rows.subList(1, rows.size()).stream().map(r -> csvAmount(r.get(at))).filter(v -> v != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        // every mobility counted (11), and the ordinary cancellation that was paid
        assertThat(rows).hasSize(1 + 12);
        BudgetItem[] items = BudgetItem.values();
        for (int i = 0; i < items.length; i++) {
            // items are rounded per mobility here, per sum on the page: a cent apart at most
            assertThat(sums.get(i)).as(items[i].name())
                    .isCloseTo(page.get(items[i]).planned().add(page.get(items[i]).committed()), Offset.offset(new BigDecimal("0.01")));
        }
        // total owed, paid, still to pay, to recover
        assertThat(sums.subList(items.length, sums.size())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("12767.07"), paid.get(0), paid.get(1), paid.get(2));
    }

    private void summaryPdfShowsTheSame(Map<BudgetItem, ItemFigures> page, List<BigDecimal> paid) throws Exception {
        String pdf = ReadBack.pdfText(download("summary", null, null));
        for (BudgetItem item : BudgetItem.values()) {
            String line = pdf.lines().filter(l -> l.startsWith(itemLabel(item) + " ")).findFirst().orElseThrow();
            ItemFigures f = page.get(item);
            assertThat(allAmounts(line)).as(line).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(f.granted(), f.planned(), f.committed(), f.available());
        }
        String stillToPay = pdf.lines().filter(l -> l.startsWith(message("exports.col.toPay"))).findFirst().orElseThrow();
        String toRecover = pdf.lines().filter(l -> l.startsWith(message("exports.col.toRecover"))).findFirst().orElseThrow();
        assertThat(allAmounts(stillToPay)).usingElementComparator(BigDecimal::compareTo).containsExactly(paid.get(1));
        assertThat(allAmounts(toRecover)).usingElementComparator(BigDecimal::compareTo).containsExactly(paid.get(2));
    }

    /** The XLSX of an export holds the same rows, and the same amounts, as its CSV. */
    private void assertSameAsCsv(List<CSVRecord> csv, String kind, Long school) throws Exception {
        List<List<String>> xlsx = ReadBack.xlsx(download(kind, "xlsx", school));
        assertThat(xlsx).hasSameSizeAs(csv);
        for (int r = 0; r < csv.size(); r++) {
            List<String> cells = csv.get(r).toList();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).matches("-?\\d+,\\d{2}")) {
                    assertThat(xlsx.get(r).get(c)).as(kind + " row " + r + " column " + c).isEqualTo(cells.get(c));
                }
            }
        }
    }

    private Map<BudgetItem, ItemFigures> projectPageItems() throws Exception {
        String html = page("/budget/projects/" + project);
        Map<BudgetItem, ItemFigures> items = new EnumMap<>(BudgetItem.class);
        for (BudgetItem item : BudgetItem.values()) {
            // granted, allocated, planned, committed, available
            List<BigDecimal> cells = amounts(row(html, "id=\"item-" + item + "\""));
            items.put(item, new ItemFigures(cells.get(0), cells.get(2), cells.get(3), cells.get(4)));
        }
        return items;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private byte[] download(String kind, String format, Long school) throws Exception {
        var request = get("/exports/" + kind).param("project", String.valueOf(project)).with(user(coordinator));
        if (format != null) {
            request.param("format", format);
        }
        if (school != null) {
            request.param("school", String.valueOf(school));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private String schoolName(long school) {
        return jdbc.sql("select name from school where id = :id").param("id", school).query(String.class).single();
    }

    private String itemLabel(BudgetItem item) {
        return message("exports.item." + item);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    private static ItemFigures figures(String granted, String planned, String committed, String available) {
        return new ItemFigures(dec(granted), dec(planned), dec(committed), dec(available));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
