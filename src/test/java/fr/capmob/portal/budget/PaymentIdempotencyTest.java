package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty identical submissions of one payment form at the same instant, each in its own thread and transaction
 * through the real service on PostgreSQL (data committed, as in production): one payment is recorded, and every
 * answer names it.
 */
@SpringBootTest
class PaymentIdempotencyTest {

    private static final int SUBMISSIONS = 50;

    @Autowired PaymentService payments;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void fiftySimultaneousSubmissionsOfOneFormRecordOnePayment() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Idempotence " + run);
        long project = data.project("Idempotence " + run, school);
        long student = data.student(school, "Double" + run, "Clic", LocalDate.of(2001, 5, 3));
        long mobility = data.mobility(project, student, null, school, data.host("Host idem " + run, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(mobility, "CONFIRMED", false);
        data.storedGrant(mobility, "275", "952", "350");
        CurrentUser accountant = data.principal(data.user("Gestion idem", Role.ACCOUNTANT, school));
        PaymentCommand form = new PaymentCommand(mobility, PaymentKind.ADVANCE, LocalDate.of(2019, 2, 1),
                new BigDecimal("1261.60"), PaymentMethod.TRANSFER, "VIR-" + run, null, false, UUID.randomUUID());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
        List<Future<RecordedPayment>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < SUBMISSIONS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return payments.record(form, accountant);
                }));
            }
            start.countDown();
            List<RecordedPayment> recorded = new ArrayList<>();
            for (Future<RecordedPayment> answer : answers) {
                recorded.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(jdbc.sql("select count(*) from payment where mobility_id = :m").param("m", mobility)
                    .query(Long.class).single()).isEqualTo(1);
            long id = jdbc.sql("select id from payment where mobility_id = :m").param("m", mobility).query(Long.class).single();
            assertThat(recorded).extracting(RecordedPayment::id).containsOnly(id);
            assertThat(recorded).filteredOn(RecordedPayment::alreadyRecorded).hasSize(SUBMISSIONS - 1);
            assertThat(payments.account(mobility, accountant).paid()).isEqualByComparingTo("1261.60");
        } finally {
            pool.shutdownNow();
        }
    }
}
