package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.capmob.portal.TestData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two coordinators saving at the same instant: the service's own checks cannot see the other's uncommitted row,
 * so the database constraint refuses the second save, and the user still gets a clear message (not a 500).
 * Not transactional: the rows are committed, then removed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryRaceTest {

    @Autowired
    ProjectService projects;
    @Autowired
    PairingService pairings;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aNumberTakenMeanwhileIsExplainedFromTheUniqueConstraint() throws Exception {
        String number = data.newProjectNumber(2018);
        ProjectCommand command = new ProjectCommand(number, "Race " + TestData.unique(), ProgrammeGeneration.G2014_2020,
                2018, KeyAction.KA102, "FR01", LocalDate.of(2018, 9, 1), LocalDate.of(2020, 8, 31),
                ProjectStatus.RUNNING, BigDecimal.TEN, null, null, null, null);
        try {
            Throwable refusal = whileAnotherTransactionHolds(
                    "insert into project (number, title, generation, call_year, action, national_agency, start_date, end_date, status) "
                            + "values ('" + number + "', 'Other', 'G2014_2020', 2018, 'KA102', 'FR01', date '2018-09-01', date '2020-08-31', 'RUNNING')",
                    () -> projects.create(command));
            assertThat(refusal).isInstanceOf(RegistryRuleException.class);
            assertThat(((RegistryRuleException) refusal).violations())
                    .containsExactly(RuleViolation.of("number", "project.number.taken", number));
        } finally {
            jdbc.update("delete from project where number = ?", number);
        }
    }

    @Test
    void aSchoolPairedMeanwhileIsExplainedFromTheDatabaseConstraint() throws Exception {
        String run = TestData.unique();
        long tutor = data.school("Race tutor " + run, "EXPERIENCED");
        long otherTutor = data.school("Race other tutor " + run, "EXPERIENCED");
        long tutored = data.school("Race tutored " + run);
        long project = data.project("Race " + run, tutor, otherTutor, tutored);
        try {
            long otherPair = jdbc.queryForObject("insert into tutoring_pair (project_id) values (?) returning id", Long.class, project);
            Throwable refusal = whileAnotherTransactionHolds(
                    "insert into tutoring_pair_member (pair_id, project_id, school_id, role) values ("
                            + otherPair + ", " + project + ", " + tutored + ", 'TUTORED')",
                    () -> pairings.create(new PairCommand(project, tutor, List.of(tutored))));
            assertThat(refusal).isInstanceOf(RegistryRuleException.class);
            assertThat(((RegistryRuleException) refusal).violations())
                    .extracting(RuleViolation::messageKey).containsExactly("pairing.db.alreadyPaired");
        } finally {
            jdbc.update("delete from tutoring_pair where project_id = ?", project);
            jdbc.update("delete from project where id = ?", project);
            jdbc.update("delete from school where id in (?, ?, ?)", tutor, otherTutor, tutored);
        }
    }

    /** Runs {@code save} while another transaction has inserted (not yet committed) a conflicting row, then commits it. */
    private Throwable whileAnotherTransactionHolds(String conflictingInsert, Supplier<Object> save) throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement statement = other.prepareStatement(conflictingInsert)) {
                statement.executeUpdate();
            }
            CompletableFuture<Throwable> attempt = CompletableFuture.supplyAsync(() -> catchThrowable(save::get));
            Thread.sleep(700); // the save is now waiting on the other transaction's lock
            other.commit();
            other.setAutoCommit(true);
            return attempt.get(30, TimeUnit.SECONDS);
        }
    }
}
