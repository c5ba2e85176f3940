package fr.capmob.portal.budget;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget pages read the sums kept in {@code budget_money_sum} (migration V25_1): after every kind of change
 * (a mobility created, its grant stored and recomputed, its status moved, cancelled with or without force majeure,
 * moved to another school, a payment recorded and corrected, money to recover received back in part and the rest
 * written off, a mobility deleted) the kept sums equal those
 * computed from {@link BudgetSql#MOBILITY_MONEY}, and a payment shows on the page at once.
 */
@PortalTest
class BudgetMoneySummaryTest {

    /** The sums per school computed from every mobility and payment, as before the summary existed. */
    private static final String FROM_MOBILITIES = "select mm.school_id, " + BudgetSql.SUMS + "\nfrom ("
            + BudgetSql.MOBILITY_MONEY + ") mm where mm.project_id = :p group by mm.school_id";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired PaymentService payments;

    @Test
    void keptSumsEqualTheSumsOfEveryMobilityAfterEveryKindOfChange() {
        String run = TestData.unique();
        long a = data.school("LP Summary A " + run);
        long b = data.school("LP Summary B " + run);
        long project = data.project("Summary " + run, a, b);
        long draft = mobility(project, a);
        sameSums(project);
        data.storedGrant(draft, "275", "1000.505", "350", "0", "100", "20.25", "0");
        long confirmed = mobility(project, a);
        data.storedGrant(confirmed, "275", "1302", "350");
        data.mobilityStatus(confirmed, "CONFIRMED", false);
        long advance = data.payment(confirmed, "ADVANCE", "1541.60", LocalDate.of(2019, 2, 1));
        jdbc.sql("insert into payment (mobility_id, kind, paid_on, amount, method, corrects_payment_id, created_by)"
                        + " values (:m, 'CORRECTION', date '2019-02-10', -41.60, 'TRANSFER', :p, 't')")
                .param("m", confirmed).param("p", advance).update();
        sameSums(project);
        long forceMajeure = mobility(project, b);
        data.storedGrant(forceMajeure, "275", "1000", "350", "0", "0", "0", "350");
        data.payment(forceMajeure, "ADVANCE", "1000", LocalDate.of(2019, 2, 1));
        data.mobilityStatus(forceMajeure, "CANCELLED", true);
        long cancelled = mobility(project, b);
        data.storedGrant(cancelled, "180", "800", "350");
        data.mobilityStatus(cancelled, "CONFIRMED", false);
        data.payment(cancelled, "ADVANCE", "500", LocalDate.of(2019, 2, 1));
        data.mobilityStatus(cancelled, "CANCELLED", false);
        sameSums(project);
        long order = jdbc.sql("insert into recovery_order (mobility_id, amount, due_on, created_by)"
                        + " values (:m, 500, date '2019-04-01', 't') returning id")
                .param("m", cancelled).query(Long.class).single();
        jdbc.sql("insert into payment (mobility_id, kind, paid_on, amount, method, recovery_order_id, created_by)"
                        + " values (:m, 'RECOVERY', date '2019-03-20', -200, 'TRANSFER', :o, 't')")
                .param("m", cancelled).param("o", order).update();
        sameSums(project);
        jdbc.sql("update recovery_order set state = 'WRITTEN_OFF', written_off_amount = 300, reason = 'insolvable'"
                + " where id = :o").param("o", order).update();
        sameSums(project);
        assertThat(jdbc.sql("select written_off from budget_money_sum where project_id = :p and school_id = :s and stage = ''")
                .param("p", project).param("s", b).query(BigDecimal.class).single()).isEqualByComparingTo("300");
        jdbc.sql("update mobility_grant set individual_support = 1100, total = 1725 where mobility_id = :m")
                .param("m", confirmed).update();
        jdbc.sql("update mobility set sending_school_id = :b where id = :m").param("b", b).param("m", confirmed).update();
        sameSums(project);
        jdbc.sql("delete from mobility_grant where mobility_id = :m").param("m", draft).update();
        jdbc.sql("delete from mobility where id = :m").param("m", draft).update();
        sameSums(project);
        assertThat(jdbc.sql("select count(*) from budget_mobility_money where mobility_id = :m").param("m", draft)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theProjectsAllocationsKeptPerItemFollowEveryChangeOfTheSchoolsAllocations() {
        String run = TestData.unique();
        long a = data.school("LP Allocation A " + run);
        long b = data.school("LP Allocation B " + run);
        long project = data.project("Allocation sums " + run, a, b);
        String insert = "insert into budget_allocation (project_id, school_id, item, amount) values (:p, :s, :item, :amount)";
        jdbc.sql(insert).param("p", project).param("s", a).param("item", "TRAVEL").param("amount", 1000.10).update();
        jdbc.sql(insert).param("p", project).param("s", b).param("item", "TRAVEL").param("amount", 500).update();
        jdbc.sql(insert).param("p", project).param("s", b).param("item", "INDIVIDUAL_SUPPORT").param("amount", 2500).update();
        assertThat(allocatedKept(project)).isEqualTo(allocatedSummed(project)).containsEntry("TRAVEL", "1500.1");
        jdbc.sql("update budget_allocation set amount = 700 where project_id = :p and school_id = :s and item = 'TRAVEL'")
                .param("p", project).param("s", b).update();
        long c = data.school("LP Allocation C " + run);
        jdbc.sql("update budget_allocation set school_id = :c where project_id = :p and school_id = :a")
                .param("p", project).param("a", a).param("c", c).update();
        jdbc.sql("delete from budget_allocation where project_id = :p and item = 'INDIVIDUAL_SUPPORT'").param("p", project).update();
        assertThat(allocatedKept(project)).isEqualTo(allocatedSummed(project)).containsEntry("TRAVEL", "1700.1")
                .containsEntry("INDIVIDUAL_SUPPORT", "0");
    }

    private Map<String, String> allocatedKept(long project) {
        return amounts("select item, amount from budget_project_allocation_sum where project_id = :p", project);
    }

    private Map<String, String> allocatedSummed(long project) {
        Map<String, String> summed = amounts("select item, sum(amount) from budget_allocation where project_id = :p group by item", project);
        allocatedKept(project).keySet().forEach(item -> summed.putIfAbsent(item, "0"));
        return summed;
    }

    private Map<String, String> amounts(String sql, long project) {
        Map<String, String> amounts = new TreeMap<>();
        jdbc.sql(sql).param("p", project).query(rs -> {
            BigDecimal value = rs.getBigDecimal(2);
            amounts.put(rs.getString(1), value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        });
        return amounts;
    }

    @Test
    void aPaymentChangesTheProjectAndSchoolPagesAtOnce() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Summary paid " + run);
        long project = data.project("Summary paid " + run, school);
        long mobility = mobility(project, school);
        data.storedGrant(mobility, "275", "1302", "350");
        data.mobilityStatus(mobility, "CONFIRMED", false);
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, null));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        assertThat(paid(project, coordinator)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("0"), dec("1927"), dec("0"));

        payments.record(new PaymentCommand(mobility, PaymentKind.ADVANCE, LocalDate.now(), new BigDecimal("1541.60"),
                PaymentMethod.TRANSFER, null, null, false), accountant);

        assertThat(paid(project, coordinator)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("1541.60"), dec("385.40"), dec("0"));
        String schoolPage = page("/budget/schools/" + school, coordinator);
        assertThat(ReadBack.allAmounts(ReadBack.element(schoolPage, "paid-" + project)))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("1541.60"), dec("385.40"), dec("0"));
    }

    private List<BigDecimal> paid(long project, CurrentUser user) throws Exception {
        return ReadBack.allAmounts(ReadBack.element(page("/budget/projects/" + project, user), "project-paid"));
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private void sameSums(long project) {
        assertThat(sums(BudgetSql.sums("mm.school_id", "mm.project_id = :p"), project))
                .isEqualTo(sums(FROM_MOBILITIES, project));
        // the project's sums kept per project (V45_1) equal those of its schools' rows
        assertThat(sums(BudgetSql.projectSums("mm.project_id", "mm.project_id = :p"), project))
                .isEqualTo(sums(BudgetSql.sums("mm.project_id", "mm.project_id = :p"), project));
    }

    /** Per school, every column of the sums as a plain string (scale-independent). */
    private Map<Long, Map<String, String>> sums(String sql, long project) {
        Map<Long, Map<String, String>> sums = new TreeMap<>();
        jdbc.sql(sql).param("p", project).query(rs -> {
            Map<String, String> columns = new TreeMap<>();
            for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                BigDecimal value = rs.getBigDecimal(i);
                columns.put(rs.getMetaData().getColumnName(i), value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
            }
            if (columns.values().stream().anyMatch(v -> !v.equals("0"))) {
                sums.put(rs.getLong(1), columns);
            }
        });
        return sums;
    }

    private long mobility(long project, long school) {
        long student = data.student(school, "Summary " + TestData.unique(), "Léa", LocalDate.of(2001, 1, 1));
        return data.mobility(project, student, null, school, data.host("Host " + TestData.unique(), school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
