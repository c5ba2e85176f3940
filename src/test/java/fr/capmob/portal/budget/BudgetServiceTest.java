package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Planned, committed and paid as the budget pages define them, the allocation rules, and the school scope. */
@PortalTest
class BudgetServiceTest {

    @Autowired BudgetService budgets;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    long schoolA;
    long schoolB;
    long project;
    CurrentUser coordinator;

    @BeforeEach
    void consortium() {
        String run = TestData.unique();
        schoolA = data.school("LP Budget A " + run);
        schoolB = data.school("LP Budget B " + run);
        project = data.project("Budget " + run, schoolA, schoolB); // granted 100 000 / 250 000 / 50 000
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
    }

    private long mobility(long school, String status, boolean forceMajeure) {
        long host = data.host("Host " + TestData.unique(), school);
        long student = data.student(school, "Budget " + TestData.unique(), "Léa", LocalDate.of(2000, 1, 1));
        long id = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(id, status, forceMajeure);
        return id;
    }

    @Test
    void plannedCommittedAndPaidFollowTheStatuses() {
        long draft = mobility(schoolA, "DRAFT", false);
        data.storedGrant(draft, "275", "1000.5", "350");                   // planned 1 625,50
        long approved = mobility(schoolA, "APPROVED", false);
        data.storedGrant(approved, "275", "1000", "350", "0", "100", "20.25", "0"); // planned 1 745,25
        long confirmed = mobility(schoolA, "CONFIRMED", false);
        data.storedGrant(confirmed, "275", "1302", "350");                 // committed 1 927,00
        long reported = mobility(schoolB, "REPORTED", false);
        data.storedGrant(reported, "180", "800", "350", "120", "0", "0", "0"); // committed 1 450,00
        long forceMajeure = mobility(schoolB, "CANCELLED", true);
        data.storedGrant(forceMajeure, "275", "1000", "350", "0", "0", "0", "412.30"); // committed: its costs only
        long cancelled = mobility(schoolB, "CANCELLED", false);
        data.storedGrant(cancelled, "275", "1000", "350");                 // counts nowhere
        mobility(schoolA, "CONFIRMED", false);                             // no grant yet: counts nowhere
        data.payment(confirmed, "ADVANCE", "1541.60", LocalDate.of(2019, 2, 1));
        long balance = data.payment(reported, "BALANCE", "1450.00", LocalDate.of(2019, 6, 1));
        jdbc.sql("insert into payment (mobility_id, kind, paid_on, amount, method, note, corrects_payment_id, created_by)"
                        + " values (:m, 'CORRECTION', date '2019-06-10', -50, 'TRANSFER', 'Double count', :p, 't')")
                .param("m", reported).param("p", balance).update();

        ProjectBudget budget = budgets.project(project);
        assertThat(budget.planned().total()).isEqualByComparingTo("3370.75");
        assertThat(budget.committed().total()).isEqualByComparingTo("3789.30"); // 1927 + 1450 + 412,30
        assertThat(budget.paid()).isEqualByComparingTo("2941.60");             // 1541,60 + 1450 − 50
        assertThat(budget.committed().get(BudgetItem.TRAVEL)).isEqualByComparingTo("455");
        assertThat(budget.committed().get(BudgetItem.EXCEPTIONAL_COSTS)).isEqualByComparingTo("532.30"); // 120 + 412,30
        assertThat(budget.planned().get(BudgetItem.INCLUSION_SUPPORT)).isEqualByComparingTo("120.25");
        assertThat(budget.planned().get(BudgetItem.INDIVIDUAL_SUPPORT)).isEqualByComparingTo("2000.50");
        assertThat(budget.granted().total()).isEqualByComparingTo("400000");

        var schools = budgets.projectSchools(project, PageRequest.of(0, 25)).getContent();
        var a = schools.stream().filter(s -> s.id() == schoolA).findFirst().orElseThrow();
        var b = schools.stream().filter(s -> s.id() == schoolB).findFirst().orElseThrow();
        assertThat(a.planned().total()).isEqualByComparingTo("3370.75");
        assertThat(a.committed().total()).isEqualByComparingTo("1927.00");
        assertThat(a.paid()).isEqualByComparingTo("1541.60");
        assertThat(b.committed().total()).isEqualByComparingTo("1862.30");
        assertThat(b.paid()).isEqualByComparingTo("1400.00");

        var schoolPage = budgets.schoolProjects(schoolB, PageRequest.of(0, 10)).getContent();
        assertThat(schoolPage).singleElement().satisfies(row -> {
            assertThat(row.committed().total()).isEqualByComparingTo("1862.30");
            assertThat(row.paid()).isEqualByComparingTo("1400.00");
        });
    }

    @Test
    void warningsWhenCommittedOrPlannedExceedGranted() {
        BudgetFigures within = new BudgetFigures(new BigDecimal("1000"), new BigDecimal("100"), new BigDecimal("900"), PaidAmounts.ZERO);
        BudgetFigures planned = new BudgetFigures(new BigDecimal("1000"), new BigDecimal("101"), new BigDecimal("900"), PaidAmounts.ZERO);
        BudgetFigures committed = new BudgetFigures(new BigDecimal("1000"), new BigDecimal("0"), new BigDecimal("1000.01"), PaidAmounts.ZERO);
        assertThat(within.committedExceedsGranted() || within.plannedExceedsGranted()).isFalse();
        assertThat(planned.plannedExceedsGranted()).isTrue();
        assertThat(planned.committedExceedsGranted()).isFalse();
        assertThat(committed.committedExceedsGranted()).isTrue();
        assertThat(committed.plannedExceedsGranted()).isFalse();
    }

    @Test
    void allocationPerItemCannotExceedTheGrantedAmount() {
        budgets.saveAllocations(project, 0, Map.of(schoolA, Map.of(BudgetItem.TRAVEL, new BigDecimal("60000.00"))),
                new BigDecimal("0.7000"), coordinator);
        ProjectBudget saved = budgets.project(project);
        assertThat(saved.allocated().get(BudgetItem.TRAVEL)).isEqualByComparingTo("60000");
        assertThat(saved.advanceShare()).isEqualByComparingTo("0.70");
        assertThat(saved.version()).isEqualTo(1);

        // school A's 60 000 stays; 40 000,01 more for B is 1 cent too much (granted 100 000)
        assertThatThrownBy(() -> budgets.saveAllocations(project, 1,
                Map.of(schoolB, Map.of(BudgetItem.TRAVEL, new BigDecimal("40000.01"))), new BigDecimal("0.8"), coordinator))
                .isInstanceOf(BudgetRuleException.class)
                .satisfies(e -> assertThat(((BudgetRuleException) e).violations()).singleElement()
                        .extracting(BudgetRuleException.Violation::messageKey).isEqualTo("budget.allocation.overGranted"));
        budgets.saveAllocations(project, 1, Map.of(schoolB, Map.of(BudgetItem.TRAVEL, new BigDecimal("40000.00"))),
                new BigDecimal("0.8"), coordinator);
        assertThat(budgets.project(project).allocated().get(BudgetItem.TRAVEL)).isEqualByComparingTo("100000");
        assertThat(budgets.project(project).advanceShare()).isEqualByComparingTo("0.80");
    }

    @Test
    void aStaleAllocationFormIsAConflict() {
        budgets.saveAllocations(project, 0, Map.of(schoolA, Map.of(BudgetItem.TRAVEL, new BigDecimal("10"))),
                new BigDecimal("0.8"), coordinator);
        assertThatThrownBy(() -> budgets.saveAllocations(project, 0,
                Map.of(schoolA, Map.of(BudgetItem.TRAVEL, new BigDecimal("20"))), new BigDecimal("0.8"), coordinator))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(budgets.project(project).allocated().get(BudgetItem.TRAVEL)).isEqualByComparingTo("10");
    }

    @Test
    void aSchoolUserReadsOnlyTheirSchool() {
        CurrentUser accountantA = data.principal(data.user("Accountant A", Role.ACCOUNTANT, schoolA));
        assertThat(budgets.schoolName(schoolA, accountantA)).startsWith("LP Budget A");
        assertThatThrownBy(() -> budgets.schoolName(schoolB, accountantA)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void m96KeepsIncomeAndExpenditureApart() {
        long confirmed = mobility(schoolA, "CONFIRMED", false);
        data.storedGrant(confirmed, "275", "1302", "350");
        long draft = mobility(schoolA, "DRAFT", false);
        data.storedGrant(draft, "275", "1302", "350"); // planned: not income yet
        data.payment(confirmed, "ADVANCE", "1541.60", LocalDate.of(2019, 2, 1));
        data.expenditure(project, schoolA, "845.20");
        data.expenditure(project, schoolA, "120.00");
        CurrentUser accountantA = data.principal(data.user("Accountant A", Role.ACCOUNTANT, schoolA));
        var rows = budgets.m96(project, PageRequest.of(0, 25), accountantA).rows().getContent();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.schoolId()).isEqualTo(schoolA);
            assertThat(row.flatRateIncome()).isEqualByComparingTo("1927.00");
            assertThat(row.paidToParticipants()).isEqualByComparingTo("1541.60");
            assertThat(row.realExpenditure()).isEqualByComparingTo("965.20");
            assertThat(row.difference()).isEqualByComparingTo("961.80");
            assertThat(row.balance()).isEqualByComparingTo("-579.80");
        });
        assertThat(budgets.m96(project, PageRequest.of(0, 25), coordinator).rows().getTotalElements()).isEqualTo(2);
        assertThat(budgets.m96(project, PageRequest.of(0, 25), coordinator).total().realExpenditure()).isEqualByComparingTo("965.20");
    }

    @Test
    void m96ConsortiumTotalsFromProjectSumsEqualThePerSchoolOnes() {
        long confirmed = mobility(schoolA, "CONFIRMED", false);
        data.storedGrant(confirmed, "275", "1302", "350");
        data.payment(confirmed, "ADVANCE", "1541.60", LocalDate.of(2019, 2, 1));
        data.storedGrant(mobility(schoolB, "REPORTED", false), "180", "800", "350", "120", "0", "0", "0");
        M96Row total = budgets.m96(null, PageRequest.of(0, 25), coordinator).total();
        record Sums(BigDecimal income, BigDecimal paid) {
        }
        Sums perSchool = jdbc.sql("select coalesce(sum(owed) filter (where stage = 'COMMITTED'), 0), coalesce(sum(paid), 0)"
                + " from budget_money_sum").query((rs, n) -> new Sums(rs.getBigDecimal(1), rs.getBigDecimal(2))).single();
        assertThat(total.flatRateIncome()).isEqualByComparingTo(perSchool.income()).isGreaterThanOrEqualTo(new BigDecimal("3377.00"));
        assertThat(total.paidToParticipants()).isEqualByComparingTo(perSchool.paid());
        assertThat(budgets.m96(null, PageRequest.of(0, 25), coordinator).rows().getTotalElements())
                .isEqualTo(jdbc.sql("select count(*) from school").query(Long.class).single());
    }
}
