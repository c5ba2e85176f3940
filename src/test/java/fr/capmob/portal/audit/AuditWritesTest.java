package fr.capmob.portal.audit;

import static fr.capmob.portal.audit.AuditFixture.date;
import static fr.capmob.portal.audit.AuditFixture.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.AccountService;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.UserCommand;
import fr.capmob.portal.budget.ExpenditureCategory;
import fr.capmob.portal.budget.ExpenditureCommand;
import fr.capmob.portal.budget.ExpenditureService;
import fr.capmob.portal.budget.PaymentCommand;
import fr.capmob.portal.budget.PaymentKind;
import fr.capmob.portal.budget.PaymentMethod;
import fr.capmob.portal.budget.PaymentService;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ExamCommand;
import fr.capmob.portal.mobility.ExamOutcome;
import fr.capmob.portal.mobility.ExamService;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.participant.Gender;
import fr.capmob.portal.participant.StudentCommand;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.shared.DependentRecordsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every write of personal data or money through the real services leaves exactly one audit entry, with the right
 * values and author: Envers' for JPA entities, shared.AuditedRows' for rows written with SQL. Not rolled back:
 * Envers writes at commit.
 */
@SpringBootTest
class AuditWritesTest {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired StudentService students;
    @Autowired ExamService exams;
    @Autowired PaymentService payments;
    @Autowired ExpenditureService expenditures;
    @Autowired MobilityService mobilities;
    @Autowired AccountService accounts;
    @Autowired AuditTrail trail;

    AuditFixture f;

    @BeforeEach
    void setUp() {
        f = new AuditFixture(data, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    StudentCommand student(String lastName, String justification) {
        return new StudentCommand(f.schoolA, lastName, "Léa", date("2003-05-14"), Gender.F, "FR", "lea@example.fr", null,
                QualificationLevel.BAC_PRO, "Cuisine", "1re CUI", justification != null, justification, false, null,
                null, null);
    }

    @Test
    void aStudentsCreationChangeAndDeletionLeaveOneEntryEachWithTheirValuesAndAuthor() {
        signIn(f.referentA);
        long id = students.create(student("Audit" + f.run, null), f.referentA);
        students.update(id, 0, student("Changed" + f.run, "Bourse sur critères sociaux"), f.referentA);
        students.delete(id, f.referentA);

        List<Map<String, Object>> rows = f.rows("student", "id", id);
        assertThat(rows).extracting(r -> ((Number) r.get("revtype")).intValue()).containsExactly(0, 1, 2);
        assertThat(rows).extracting(r -> r.get("last_name"))
                .containsExactly("Audit" + f.run, "Changed" + f.run, "Changed" + f.run); // deletion keeps the values
        assertThat(rows).allSatisfy(r -> {
            assertThat(((Number) r.get("author_id")).longValue()).isEqualTo(f.referentA.id());
            assertThat(r.get("author")).isEqualTo(f.referentA.displayName());
        });

        List<AuditEntry> history = trail.history(AuditedRecord.STUDENT, id, org.springframework.data.domain.PageRequest.of(0, 20),
                f.coordinator).getContent();
        assertThat(history).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETED, AuditAction.CHANGED, AuditAction.CREATED);
        assertThat(history).noneMatch(AuditEntry::earlierUnrecorded);
        assertThat(history.get(1).changes()).containsExactlyInAnyOrder(
                new FieldChange("last_name", "Audit" + f.run, "Changed" + f.run, false),
                new FieldChange("fewer_opportunities", "false", "true", false),
                new FieldChange("fewer_opportunities_justification", null, "Bourse sur critères sociaux", false));
        assertThat(history.get(0).changes()).contains(new FieldChange("birth_date", "2003-05-14", null, false));
        assertThat(history.get(2).changes()).contains(new FieldChange("first_name", null, "Léa", false));
    }

    @Test
    void examResultsAreAuditedAndGoFirstWhenTheirStudentIsDeleted() {
        signIn(f.referentA);
        long student = students.create(student("Exam" + f.run, null), f.referentA);
        long exam = exams.create(student, new ExamCommand(QualificationLevel.BAC_PRO, "Juin 2020", date("2020-06-20"),
                ExamOutcome.PENDING), f.referentA);
        exams.update(student, exam, 0, new ExamCommand(QualificationLevel.BAC_PRO, "Juin 2020", date("2020-06-20"),
                ExamOutcome.PASSED), f.referentA);
        assertThatThrownBy(() -> students.delete(student, f.referentA)).isInstanceOf(DependentRecordsException.class);
        exams.delete(student, exam, f.referentA);
        students.delete(student, f.referentA);

        List<Map<String, Object>> rows = f.rows("exam_result", "id", exam);
        assertThat(rows).extracting(r -> ((Number) r.get("revtype")).intValue()).containsExactly(0, 1, 2);
        assertThat(rows).extracting(r -> r.get("result")).containsExactly("PENDING", "PASSED", "PASSED");
        assertThat(f.revisionTypes("student", "id", student)).containsExactly(0, 2);
        List<AuditEntry> history = trail.history(AuditedRecord.STUDENT, student,
                org.springframework.data.domain.PageRequest.of(0, 20), f.coordinator).getContent();
        assertThat(history).filteredOn(e -> e.table() == AuditedTable.EXAM_RESULT && e.action() == AuditAction.CHANGED)
                .singleElement().satisfies(e -> assertThat(e.changes())
                        .containsExactly(new FieldChange("result", "PENDING", "PASSED", false)));
    }

    @Test
    void aPaymentAndItsCorrectionAreAuditedOnceEach() {
        long studentId = data.student(f.schoolA, "Pay" + f.run, "Léa", date("2001-01-01"));
        long mobility = data.mobility(f.project, studentId, null, f.schoolA, f.host, date("2019-03-04"), date("2019-03-22"));
        data.mobilityStatus(mobility, "CONFIRMED", false);
        data.storedGrant(mobility, "275", "1302", "350", "0", "0", "0", "120");
        signIn(f.accountantA);
        long paid = payments.record(new PaymentCommand(mobility, PaymentKind.ADVANCE, date("2019-02-01"),
                new BigDecimal("1600.00"), PaymentMethod.TRANSFER, "VIR-1", null, false), f.accountantA).id();
        long correction = payments.correct(paid, new BigDecimal("100.00"), date("2019-02-03"), PaymentMethod.TRANSFER,
                null, "trop versé", java.util.UUID.randomUUID(), f.accountantA).id();

        assertThat(f.rows("payment", "id", paid)).singleElement().satisfies(row -> {
            assertThat(((Number) row.get("revtype")).intValue()).isZero();
            assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("1600.00");
            assertThat(row.get("author")).isEqualTo(f.accountantA.displayName());
        });
        assertThat(f.rows("payment", "id", correction)).singleElement()
                .satisfies(row -> assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("-100.00"));
        assertThat(trail.history(AuditedRecord.MOBILITY, mobility, org.springframework.data.domain.PageRequest.of(0, 20),
                f.accountantA).getContent()).filteredOn(e -> e.table() == AuditedTable.PAYMENT).hasSize(2);
    }

    @Test
    void anExpenditureCreatedThenChangedLeavesTwoEntries() {
        signIn(f.accountantA);
        ExpenditureCommand command = new ExpenditureCommand(f.project, f.schoolA, null, null, null,
                ExpenditureCategory.INSURANCE, "Assur " + f.run, "F-" + f.run, new BigDecimal("310.00"), date("2019-02-01"), null);
        long id = expenditures.create(command, f.accountantA);
        expenditures.update(id, 0, new ExpenditureCommand(f.project, f.schoolA, null, null, null,
                ExpenditureCategory.INSURANCE, "Assur " + f.run, "F-" + f.run, new BigDecimal("290.50"), date("2019-02-01"),
                null), f.accountantA);
        List<Map<String, Object>> rows = f.rows("expenditure", "id", id);
        assertThat(rows).extracting(r -> ((Number) r.get("revtype")).intValue()).containsExactly(0, 1);
        assertThat(rows).extracting(r -> ((BigDecimal) r.get("amount")).toPlainString()).containsExactly("310.00", "290.50");
    }

    @Test
    void aMobilityTransitionAndAUserChangeAreAudited() {
        long studentId = data.student(f.schoolA, "Move" + f.run, "Léa", date("2001-01-01"));
        long mobility = data.mobility(f.project, studentId, null, f.schoolA, f.host, date("2019-03-04"), date("2019-03-22"));
        signIn(f.referentA);
        mobilities.transition(mobility, MobilityStatus.SUBMITTED, null, false, f.referentA);
        assertThat(f.rows("mobility", "id", mobility)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("SUBMITTED");
            assertThat(row.get("author")).isEqualTo(f.referentA.displayName());
        });
        assertThat(f.revisionTypes("mobility_grant", "mobility_id", mobility).size()).isLessThanOrEqualTo(1);
        assertThat(trail.history(AuditedRecord.MOBILITY, mobility, org.springframework.data.domain.PageRequest.of(0, 20),
                f.referentA).getContent()).filteredOn(e -> e.table() == AuditedTable.MOBILITY_ROW).singleElement()
                .satisfies(e -> assertThat(e.earlierUnrecorded()).isTrue()); // the row was written by SQL before

        signIn(f.coordinator);
        long user = accounts.create(new UserCommand("new." + f.run + "@test.capmob.fr", "Nouvel Utilisateur",
                Role.SCHOOL_REFERENT, f.schoolB, "fr")).id();
        accounts.update(user, 0, new UserCommand("new." + f.run + "@test.capmob.fr", "Nouvelle Utilisatrice",
                Role.SCHOOL_REFERENT, f.schoolB, "en"));
        List<Map<String, Object>> rows = f.rows("app_user", "id", user);
        assertThat(rows).extracting(r -> r.get("display_name")).containsExactly("Nouvel Utilisateur", "Nouvelle Utilisatrice");
        assertThat(rows.get(0)).doesNotContainKeys("password_hash", "failed_attempts");
    }

    @Test
    void workWithoutASignedInUserIsTheSystemsOrTheNamedJobs() {
        long id = students.create(student("System" + f.run, null), f.coordinator);
        fr.capmob.portal.shared.AuditActor.run("retention", () -> students.update(id, 0,
                student("Job" + f.run, null), f.coordinator));
        assertThat(f.rows("student", "id", id)).extracting(r -> r.get("author")).containsExactly("system", "retention");
        assertThat(f.rows("student", "id", id)).extracting(r -> r.get("author_id")).containsOnlyNulls();
    }
}
