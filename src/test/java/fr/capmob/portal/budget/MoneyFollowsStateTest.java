package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.WorkItem;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.MobilityStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Money follows the mobility's state, through the services: no payment before CONFIRMED (the default), a cancellation
 * of a paid mobility opens a recovery order, received back in parts or written off, and the accountant's work items
 * count advances due, balances due, amounts to recover and invoices to enter of their school only, with one
 * statement whatever the data.
 */
@PortalTest
@Import(StatementCounting.class)
class MoneyFollowsStateTest {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired PaymentService payments;
    @Autowired RecoveryService recoveries;
    @Autowired MobilityService mobilities;
    @Autowired BudgetWorkItems workItems;
    @Autowired PaymentStates states;

    @Test
    void paymentsWaitForConfirmationAndACancellationOpensAnAmountToRecover() {
        String run = TestData.unique();
        long school = data.school("LP State " + run);
        long project = data.project("State " + run, school);
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, school));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        long mobility = mobility(project, school);
        data.storedGrant(mobility, "275", "1302", "350");
        data.mobilityStatus(mobility, "APPROVED", false);

        assertThatThrownBy(() -> pay(mobility, "1541.60", accountant)).isInstanceOf(BudgetRuleException.class)
                .satisfies(e -> assertThat(((BudgetRuleException) e).violations().get(0).messageKey())
                        .isEqualTo("budget.payment.notYetPayable"));
        assertThat(payments.account(mobility, accountant).paid()).isEqualByComparingTo("0");

        data.mobilityStatus(mobility, "CONFIRMED", false);
        pay(mobility, "1541.60", accountant);
        mobilities.transition(mobility, MobilityStatus.CANCELLED, "Désistement", false, coordinator);

        MobilityAccount account = payments.account(mobility, accountant);
        assertThat(account.stillToPay()).isEqualByComparingTo("0");
        assertThat(account.toRecover()).isEqualByComparingTo("1541.60");
        assertThatThrownBy(() -> pay(mobility, "10", accountant)).isInstanceOf(BudgetRuleException.class);
        List<RecoveryOrder> orders = recoveries.ofMobility(mobility, accountant);
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.amount()).isEqualByComparingTo("1541.60");
            assertThat(o.state()).isEqualTo(RecoveryState.OPEN);
            assertThat(o.dueOn()).isAfter(LocalDate.now());
        });
        long order = orders.get(0).id();

        recoveries.receive(new RecoveryReceipt(order, LocalDate.now(), new BigDecimal("541.60"), PaymentMethod.TRANSFER,
                "REM-1", null, UUID.randomUUID()), accountant);
        assertThat(recoveries.order(order, accountant).outstanding()).isEqualByComparingTo("1000.00");
        assertThat(payments.account(mobility, accountant).toRecover()).isEqualByComparingTo("1000.00");
        assertThatThrownBy(() -> recoveries.receive(new RecoveryReceipt(order, LocalDate.now(), new BigDecimal("1000.01"),
                PaymentMethod.TRANSFER, null, null, UUID.randomUUID()), accountant)).isInstanceOf(BudgetRuleException.class);
        assertThatThrownBy(() -> recoveries.writeOff(order, recoveries.order(order, accountant).version(), " ", accountant))
                .isInstanceOf(BudgetRuleException.class);

        recoveries.writeOff(order, recoveries.order(order, accountant).version(), "Participant insolvable", accountant);
        assertThat(recoveries.order(order, accountant).state()).isEqualTo(RecoveryState.WRITTEN_OFF);
        assertThat(payments.account(mobility, accountant).toRecover()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select written_off from budget_money_sum where project_id = :p and school_id = :s")
                .param("p", project).param("s", school).query(BigDecimal.class).single()).isEqualByComparingTo("1000.00");
    }

    @Test
    void workItemsCountTheSchoolsWaitingMoneyInOneStatement() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Work " + run);
        long project = data.project("Work " + run, school);
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, school));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        assertThat(counts(accountant)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(workItems.itemsFor(coordinator)).isEmpty();

        long confirmed = mobility(project, school);
        data.storedGrant(confirmed, "275", "1302", "350");
        data.mobilityStatus(confirmed, "CONFIRMED", false);
        long reported = mobility(project, school);
        data.storedGrant(reported, "275", "1302", "350");
        data.mobilityStatus(reported, "REPORTED", false);
        data.payment(reported, "ADVANCE", "1541.60", LocalDate.of(2019, 2, 1));
        long trip = data.trip(project, school, data.host("Host " + run, school));
        jdbc.sql("update mobility set trip_id = :t where id = :m").param("t", trip).param("m", confirmed).update();
        assertThat(counts(accountant)).containsExactly(1L, 1L, 0L, 1L);

        pay(confirmed, "1541.60", accountant);
        mobilities.transition(confirmed, MobilityStatus.CANCELLED, "Désistement", false, coordinator);
        assertThat(counts(accountant)).containsExactly(0L, 1L, 1L, 0L);

        for (int i = 0; i < 5; i++) {
            long more = mobility(project, school);
            data.storedGrant(more, "275", "1302", "350");
            data.mobilityStatus(more, "CONFIRMED", false);
        }
        int statements = StatementCounting.count(() -> workItems.itemsFor(accountant));
        assertThat(statements).isEqualTo(1);
        assertThat(counts(accountant)).containsExactly(5L, 1L, 1L, 0L);
        assertThat(workItems.itemsFor(accountant)).extracting(WorkItem::link).contains("/payments/due?what=ADVANCES",
                "/payments/recoveries?state=OPEN");
    }

    @Test
    void aProjectMayPayFromApproval() {
        String run = TestData.unique();
        long school = data.school("LP Approved " + run);
        long project = data.project("Approved " + run, school);
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, school));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        long mobility = mobility(project, school);
        data.storedGrant(mobility, "275", "1302", "350");
        data.mobilityStatus(mobility, "APPROVED", false);
        assertThat(states.payableFrom(project)).isEqualTo(MobilityStatus.CONFIRMED);
        assertThatThrownBy(() -> states.save(project, MobilityStatus.SUBMITTED, coordinator))
                .isInstanceOf(BudgetRuleException.class);

        states.save(project, MobilityStatus.APPROVED, coordinator);

        assertThat(states.payableFrom(project)).isEqualTo(MobilityStatus.APPROVED);
        pay(mobility, "1000", accountant);
        assertThat(payments.account(mobility, accountant).paid()).isEqualByComparingTo("1000");
    }

    private List<Long> counts(CurrentUser user) {
        return workItems.itemsFor(user).stream().map(WorkItem::count).toList();
    }

    private void pay(long mobility, String amount, CurrentUser user) {
        payments.record(new PaymentCommand(mobility, PaymentKind.ADVANCE, LocalDate.now(), new BigDecimal(amount),
                PaymentMethod.TRANSFER, null, null, false), user);
    }

    private long mobility(long project, long school) {
        long student = data.student(school, "State " + TestData.unique(), "Léa", LocalDate.of(2001, 1, 1));
        return data.mobility(project, student, null, school, data.host("Host " + TestData.unique(), school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
    }
}
