package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two users save overlapping mobilities for one participant at the same moment: the exclusion constraint lets
 * exactly one through, whatever the application-level check saw. Commits for real (no rollback test).
 */
@SpringBootTest
class MobilityOverlapRaceTest {

    @Autowired MobilityService service;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void twoConcurrentOverlappingInsertsOnlyOneSucceeds() throws Exception {
        String run = TestData.unique();
        long school = data.school("Race " + run);
        long project = data.project("Race project " + run, school);
        long host = data.host("Race host " + run, school);
        long student = data.student(school, "Course " + run, "Léo", LocalDate.of(2000, 1, 1));
        CurrentUser coordinator = data.principal(data.user("Race coord", Role.COORDINATOR, null));
        LocalDate start = LocalDate.of(2019, 5, 6);
        CountDownLatch bothChecked = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            LocalDate myStart = start.plusDays(i * 3);
            results.add(pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                // both transactions pass the friendly check before either inserts
                jdbc.queryForObject("select count(*) from mobility where student_id = ?", Long.class, student);
                bothChecked.countDown();
                try {
                    bothChecked.await(10, TimeUnit.SECONDS);
                    service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, null), new StayPeriod(myStart, myStart.plusDays(20), 1, 1, 0)), coordinator);
                    return "ok";
                } catch (MobilityRuleException e) {
                    status.setRollbackOnly();
                    return e.messageKey();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            })));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "mobility.overlap.concurrent");
        assertThat(jdbc.queryForObject("select count(*) from mobility where student_id = ?", Long.class, student)).isEqualTo(1);
    }
}
