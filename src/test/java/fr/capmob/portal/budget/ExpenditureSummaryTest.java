package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The M9.6 report reads the real expenditure kept in {@code budget_expenditure_sum} (migration V44_1): after invoices
 * are added (one by one and several in one statement), changed (amount, school, project) and deleted, the kept sums
 * equal the sums of the invoices, and the report's rows and totals show them at once.
 */
@PortalTest
class ExpenditureSummaryTest {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired BudgetService budgets;

    @Test
    void keptSumsEqualTheInvoicesAfterEveryKindOfChange() {
        String run = TestData.unique();
        long a = data.school("LP Spent A " + run);
        long b = data.school("LP Spent B " + run);
        long project = data.project("Spent " + run, a, b);
        long other = data.project("Spent other " + run, a);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        long first = data.expenditure(project, a, "845.20");
        long second = data.expenditure(project, a, "120.00");
        data.expenditure(project, b, "10.05");
        jdbc.sql("insert into expenditure (project_id, school_id, category, supplier, invoice_number, amount, spent_on,"
                        + " created_by) select :p, :s, 'OTHER', 'Bulk', 'B-' || n || '-' || :run, 1.01, date '2019-03-01', 't'"
                        + " from generate_series(1, 3) n")
                .param("p", project).param("s", b).param("run", run).update();
        sameSums(project, other);
        assertThat(spent(project, a, coordinator)).isEqualByComparingTo("965.20");
        assertThat(spent(project, b, coordinator)).isEqualByComparingTo("13.08");

        jdbc.sql("update expenditure set amount = 200.50 where id = :id").param("id", second).update();
        sameSums(project, other);
        assertThat(spent(project, a, coordinator)).isEqualByComparingTo("1045.70");
        jdbc.sql("update expenditure set school_id = :s where id = :id").param("s", b).param("id", first).update();
        jdbc.sql("update expenditure set project_id = :p where id = :id").param("p", other).param("id", second).update();
        sameSums(project, other);
        assertThat(spent(project, a, coordinator)).isZero();
        assertThat(spent(project, b, coordinator)).isEqualByComparingTo("858.28");
        assertThat(spent(other, a, coordinator)).isEqualByComparingTo("200.50");
        assertThat(kept(project).get(a)).as("no row is kept for a school without invoices").isNull();

        jdbc.sql("delete from expenditure where id = :id").param("id", first).update();
        jdbc.sql("delete from expenditure where project_id = :p and supplier = 'Bulk'").param("p", project).update();
        sameSums(project, other);
        assertThat(spent(project, b, coordinator)).isEqualByComparingTo("10.05");
        assertThat(budgets.m96(project, PageRequest.of(0, 25), coordinator).total().realExpenditure())
                .isEqualByComparingTo("10.05");
        assertThat(budgets.m96(null, PageRequest.of(0, 25), coordinator).total().realExpenditure())
                .isEqualByComparingTo(jdbc.sql("select coalesce(sum(amount), 0) from expenditure").query(BigDecimal.class)
                        .single());
        var beyond = budgets.m96(project, PageRequest.of(5, 1), coordinator).rows();
        assertThat(beyond.getNumber()).as("a page beyond the last is read as the last").isEqualTo(1);
        assertThat(beyond.getContent()).singleElement().satisfies(row -> assertThat(row.schoolId()).isEqualTo(b));
    }

    private BigDecimal spent(long project, long school, CurrentUser user) {
        return budgets.m96(project, PageRequest.of(0, 25), user).rows().getContent().stream()
                .filter(row -> row.schoolId() == school).findFirst().orElseThrow().realExpenditure();
    }

    private void sameSums(long... projects) {
        for (long project : projects) {
            Map<Long, String> fromInvoices = new TreeMap<>();
            jdbc.sql("select school_id, sum(amount) as spent, count(*) as n from expenditure where project_id = :p"
                    + " group by school_id").param("p", project).query(rs -> {
                        fromInvoices.put(rs.getLong("school_id"), rs.getBigDecimal("spent").stripTrailingZeros() + "/"
                                + rs.getLong("n"));
                    });
            assertThat(kept(project)).isEqualTo(fromInvoices);
        }
    }

    private Map<Long, String> kept(long project) {
        Map<Long, String> kept = new TreeMap<>();
        jdbc.sql("select school_id, spent, invoices from budget_expenditure_sum where project_id = :p")
                .param("p", project).query(rs -> {
                    kept.put(rs.getLong("school_id"), rs.getBigDecimal("spent").stripTrailingZeros() + "/"
                            + rs.getLong("invoices"));
                });
        return kept;
    }
}
