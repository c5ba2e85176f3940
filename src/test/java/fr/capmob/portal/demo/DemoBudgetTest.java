package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo budgets, with no grant stored (this branch) and with a grant for every demo mobility (as once the grant
 * computation stores them): allocations within the granted amounts, advances and balances, trip invoices.
 */
@PortalTest
class DemoBudgetTest {

    @Autowired DemoConsortium demo;
    @Autowired DemoBudget budget;
    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static final String DEMO_MOBILITIES = "select m.id from mobility m join project p on p.id = m.project_id"
            + " where p.number in ('2018-1-FR01-KA102-047193', '2021-1-FR01-KA121-VET-000012345')";

    @Test
    void withoutGrantsOnlyAllocationsAndInvoices() {
        demo.load();
        budget.load();
        assertThat(count("select count(*) from payment where mobility_id in (" + DEMO_MOBILITIES + ")")).isZero();
        assertThat(count("select count(*) from expenditure e join trip t on t.id = e.trip_id where e.created_by = '"
                + DemoBudget.ACCOUNTANT + "'")).isPositive();
        assertWithinGranted();
    }

    @Test
    void withGrantsAdvancesForCommittedAndBalancesForReported() {
        demo.load();
        jdbc.sql("""
                insert into mobility_grant (mobility_id, rate_table_id, departure_city_id, distance_km, green_travel,
                                            funded_travel_days, funded_days, travel_support, individual_support,
                                            organisational_support, force_majeure_costs, total, lines, computed_at, computed_by)
                select m.id, (select min(id) from rate_table), m.destination_city_id, 878, false, 2, 20, 275, 1000.5, 350,
                       case when m.status = 'CANCELLED' and m.force_majeure then 120 else 0 end,
                       case when m.status = 'CANCELLED' and m.force_majeure then 1745.50 else 1625.50 end,
                       '[]'::jsonb, now(), 'test'
                from mobility m where m.id in (%s)""".formatted(DEMO_MOBILITIES)).update();
        budget.load();
        long committed = count("select count(*) from mobility where status in ('CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED')"
                + " and id in (" + DEMO_MOBILITIES + ")");
        long reported = count("select count(*) from mobility where status = 'REPORTED' and id in (" + DEMO_MOBILITIES + ")");
        assertThat(committed).isPositive();
        assertThat(count("select count(*) from payment where kind = 'ADVANCE' and mobility_id in (" + DEMO_MOBILITIES + ")"))
                .isEqualTo(committed);
        assertThat(count("select count(*) from payment where kind = 'BALANCE' and reference like 'VIR-SO-%'"
                + " and mobility_id in (" + DEMO_MOBILITIES + ")")).isEqualTo(reported);
        // a reported mobility is paid exactly its grant: 1 300,40 + 325,10
        assertThat(count("""
                select count(*) from (select p.mobility_id, sum(p.amount) as paid from payment p join mobility m on m.id = p.mobility_id
                where m.status = 'REPORTED' and m.id in (%s) group by p.mobility_id) x where x.paid <> 1625.50"""
                .formatted(DEMO_MOBILITIES))).isZero();
        // force-majeure cancellations: their costs paid
        assertThat(count("select count(*) from payment where reference like 'VIR-FM-%' and amount = 120 and mobility_id in ("
                + DEMO_MOBILITIES + ")")).isEqualTo(count("select count(*) from mobility where status = 'CANCELLED'"
                + " and force_majeure and id in (" + DEMO_MOBILITIES + ")"));
        // money follows the state (issue 12): no demo payment on a mobility that could not be paid (before
        // CONFIRMED, the default, or cancelled without force majeure)
        assertThat(count("select count(*) from payment p join mobility m on m.id = p.mobility_id where m.id in ("
                + DEMO_MOBILITIES + ") and (m.status in ('DRAFT', 'SUBMITTED', 'APPROVED')"
                + " or (m.status = 'CANCELLED' and not m.force_majeure))")).isZero();
        assertWithinGranted();
    }

    private void assertWithinGranted() {
        assertThat(count("""
                select count(*) from (
                    select a.project_id, a.item, sum(a.amount) as allocated,
                           max(case a.item when 'TRAVEL' then p.granted_travel when 'INDIVIDUAL_SUPPORT' then p.granted_individual_support
                               when 'ORGANISATIONAL_SUPPORT' then p.granted_organisational_support
                               when 'INCLUSION_SUPPORT' then p.granted_inclusion_support else p.granted_exceptional_costs end) as granted
                    from budget_allocation a join project p on p.id = a.project_id group by a.project_id, a.item) x
                where x.allocated > x.granted""")).isZero();
        assertThat(count("select count(*) from budget_allocation a join project p on p.id = a.project_id"
                + " where p.number = '2018-1-FR01-KA102-047193' and a.item = 'TRAVEL'")).isEqualTo(33);
    }
}
