package fr.capmob.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.mail.MailWorker;
import fr.capmob.portal.mail.SmtpMailTest;
import fr.capmob.portal.mail.SmtpTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two daily runs against one database at the same moment (two nodes whose ShedLock lock expired, a run by hand):
 * the second waits for the first's keys and sends nothing, so each reminder and each digest reaches its recipient
 * once over SMTP; a later run sends nothing again. Commits (the runs are in two threads); cleans up after itself.
 */
@SmtpTest
class ReminderOnceSmtpTest extends SmtpMailTest {

    private static final LocalDate TODAY = LocalDate.of(2040, 2, 1);

    @Autowired TestData data;
    @Autowired MailWorker worker;
    @Autowired DailyNotifications daily;
    @Autowired PlatformTransactionManager transactionManager;

    private long mobility;

    @Test
    void twoRunsAtOnceSendEachReminderAndDigestOnce() throws Exception {
        NotificationFixture f = new NotificationFixture(data, jdbc, domain);
        String referent = f.user(Role.SCHOOL_REFERENT, f.school, "en");
        String coordinator = f.user(Role.COORDINATOR, null, "fr");
        // a minor without consent, submitted, departing in 5 days: consent and documents reminders are due
        mobility = f.mobility("SUBMITTED", TODAY.minusYears(16), TODAY.plusDays(5), TODAY.plusDays(15));
        String reference = f.reference(mobility);

        CountDownLatch firstRan = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<DailyNotifications.Outcome> first = pool.submit(() -> new TransactionTemplate(transactionManager)
                    .execute(status -> {
                        DailyNotifications.Outcome outcome = daily.run(TODAY);
                        firstRan.countDown();
                        await(firstMayCommit);
                        return outcome;
                    }));
            assertThat(firstRan.await(60, TimeUnit.SECONDS)).isTrue();
            Future<DailyNotifications.Outcome> second = pool.submit(() -> daily.run(TODAY));
            Thread.sleep(1500);
            assertThat(second.isDone()).as("the second run waits for the first one's keys").isFalse();
            firstMayCommit.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS).reminders()).isGreaterThanOrEqualTo(2);
            assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo(new DailyNotifications.Outcome(0, 0));
        } finally {
            firstMayCommit.countDown();
            pool.shutdown();
        }
        MobilityNotificationSmtpTest.sendAll(worker);

        List<MimeMessage> reminders = receivedBy(referent);
        assertThat(reminders).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Consortium Test: parental consent missing for " + reference,
                "Consortium Test: documents not signed for " + reference);
        assertThat(receivedBy(coordinator)).singleElement().satisfies(digest -> {
            assertThat(digest.getSubject()).isEqualTo("Consortium Test : votre récapitulatif du 01/02/2040");
            assertThat(body(digest, "text/plain")).contains(reference, "Notif A " + f.run);
        });

        assertThat(daily.run(TODAY)).isEqualTo(new DailyNotifications.Outcome(0, 0));
        MobilityNotificationSmtpTest.sendAll(worker);
        assertThat(receivedBy(referent)).hasSize(2);
        assertThat(receivedBy(coordinator)).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run's keys, and the digests it queued for the database's other coordinators; the mobility leaves the lists. */
    @AfterEach
    void removeTheRunsTraces() {
        jdbc.sql("delete from notification_sent where key like :day or user_id in (select id from app_user where email like :p)")
                .param("day", "digest:%:" + TODAY).param("p", "%@" + domain).update();
        jdbc.sql("delete from mail_outbox where template = 'digest' and subject like :day").param("day", "%01/02/2040")
                .update();
        jdbc.sql("update mobility set status = 'CANCELLED', cancellation_reason = 'test over' where id = :id").param("id", mobility).update();
    }
}
