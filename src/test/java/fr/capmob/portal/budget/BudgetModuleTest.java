package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget module bootstrapped with its direct dependencies only, not the whole portal (and the modules the
 * account module's beans need at start-up: web for the clock, consortium, with geo, for the school directory): its
 * public services against the test database, reading mobilities through the published view.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"web", "consortium", "geo", "mail"})
@Import(TestData.class)
@Transactional
class BudgetModuleTest {

    private final BudgetService budgets;
    private final BudgetTables tables;
    private final PaymentService payments;
    private final TestData data;

    BudgetModuleTest(BudgetService budgets, BudgetTables tables, PaymentService payments, TestData data) {
        this.budgets = budgets;
        this.tables = tables;
        this.payments = payments;
        this.data = data;
    }

    @Test
    void aPaymentBeyondWhatACancelledMobilityOwesIsToRecover() {
        String run = TestData.unique();
        long school = data.school("LP Module " + run);
        long project = data.project("Module " + run, school);
        long student = data.student(school, "Module" + run, "Léa", LocalDate.of(2001, 1, 1));
        long mobility = data.mobility(project, student, null, school, data.host("Host " + run, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(mobility, "CONFIRMED", false);
        data.storedGrant(mobility, "275", "1302", "350", "0", "0", "0", "120");
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, school));
        payments.record(new PaymentCommand(mobility, PaymentKind.ADVANCE, LocalDate.of(2019, 2, 1),
                new BigDecimal("1600.00"), PaymentMethod.TRANSFER, null, null, false), accountant);
        assertThat(budgets.project(project).total().stillToPay()).isEqualByComparingTo("447.00"); // 2 047 − 1 600

        data.mobilityStatus(mobility, "CANCELLED", true); // force majeure: only the 120 € of costs stay owed
        BudgetFigures figures = budgets.project(project).total();
        assertThat(figures.committed()).isEqualByComparingTo("120.00");
        assertThat(figures.stillToPay()).isEqualByComparingTo("0.00");
        assertThat(figures.toRecover()).isEqualByComparingTo("1480.00");
        assertThat(payments.account(mobility, accountant).remaining()).isEqualByComparingTo("-1480.00");
        assertThat(tables.bySchool(new BudgetScope(project, null))).singleElement().satisfies(line -> {
            assertThat(line.figures().committed()).isEqualByComparingTo(figures.committed());
            assertThat(line.figures().payments()).isEqualTo(figures.payments());
        });
    }
}
