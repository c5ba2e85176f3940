package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Issue 16: the payment ledger's count and sum come from the money summary when the filter is at most a project and
 * a school, from the payments otherwise; both give what the ledger lists.
 */
@PortalTest
class PaymentLedgerCountTest {

    @Autowired TestData data;
    @Autowired PaymentService payments;

    long project;
    long schoolA;
    long schoolB;
    CurrentUser consortium;
    CurrentUser accountantA;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        schoolA = data.school("LP Compte A " + run);
        schoolB = data.school("LP Compte B " + run);
        project = data.project("Comptes " + run, schoolA, schoolB);
        long a = mobility(schoolA, "Durand" + run);
        long b = mobility(schoolB, "Petit" + run);
        data.payment(a, "ADVANCE", "1000.00", LocalDate.of(2019, 2, 1));
        data.payment(a, "BALANCE", "250.50", LocalDate.of(2019, 4, 1));
        data.payment(b, "ADVANCE", "300.00", LocalDate.of(2019, 2, 2));
        consortium = data.principal(data.user("Comptable " + run, Role.ACCOUNTANT, null));
        accountantA = data.principal(data.user("Gestion " + run, Role.ACCOUNTANT, schoolA));
    }

    private long mobility(long school, String name) {
        long student = data.student(school, name, "Léa", LocalDate.of(2001, 5, 3));
        long id = data.mobility(project, student, null, school, data.host("Host " + name, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(id, "CONFIRMED", false);
        return id;
    }

    private PaymentLedger ledger(PaymentFilter filter, CurrentUser user) {
        return payments.ledger(filter, PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "pa.paid_on").and(Sort.by("id"))),
                user);
    }

    @Test
    void theSummaryAndThePaymentsGiveTheSameCountAndSum() {
        PaymentLedger byProject = ledger(new PaymentFilter(project, null, null, null, null, null, null), consortium);
        assertThat(byProject.page().getTotalElements()).isEqualTo(3);
        assertThat(byProject.total()).isEqualByComparingTo("1550.50");
        assertThat(byProject.page().getContent()).hasSize(2);
        assertThat(byProject.page().getContent().get(0).paidOn()).isEqualTo(LocalDate.of(2019, 4, 1));

        PaymentLedger bySchool = ledger(new PaymentFilter(project, schoolA, null, null, null, null, null), consortium);
        assertThat(bySchool.page().getTotalElements()).isEqualTo(2);
        assertThat(bySchool.total()).isEqualByComparingTo("1250.50");
        PaymentLedger scoped = ledger(new PaymentFilter(project, null, null, null, null, null, null), accountantA);
        assertThat(scoped.page().getTotalElements()).isEqualTo(2);
        assertThat(scoped.total()).isEqualByComparingTo("1250.50");

        // from the payments: a kind, a date range
        PaymentLedger advances = ledger(new PaymentFilter(project, null, PaymentKind.ADVANCE, null, null, null, null),
                consortium);
        assertThat(advances.page().getTotalElements()).isEqualTo(2);
        assertThat(advances.total()).isEqualByComparingTo("1300.00");
        PaymentLedger february = ledger(new PaymentFilter(project, null, null, LocalDate.of(2019, 2, 1),
                LocalDate.of(2019, 2, 28), null, null), accountantA);
        assertThat(february.page().getTotalElements()).isEqualTo(1);
        assertThat(february.total()).isEqualByComparingTo("1000.00");
    }

    @Test
    void nothingMatchingCountsZero() {
        long empty = data.project("Vide " + TestData.unique(), schoolA);
        PaymentLedger none = ledger(new PaymentFilter(empty, null, null, null, null, null, null), consortium);
        assertThat(none.page().getTotalElements()).isZero();
        assertThat(none.total()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.page().getContent()).isEmpty();
    }
}
