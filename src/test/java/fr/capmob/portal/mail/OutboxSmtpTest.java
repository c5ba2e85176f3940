package fr.capmob.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and its worker against a real SMTP server: same transaction, one sending per message, failures kept. */
@SmtpTest
class OutboxSmtpTest extends SmtpMailTest {

    @Autowired Outbox outbox;
    @Autowired MailWorker worker;
    @Autowired MailLog log;
    @Autowired OutboxRows rows;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;

    private Mail mail(String to, String language) {
        return new Mail(to, language, "set-password", Map.of("name", "Ana", "link", new MailLink("/account/set-password/abc")));
    }

    @Test
    void aMessageQueuedInARolledBackTransactionIsNeverWrittenNorSent() {
        String to = "rollback@" + domain;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.queue(mail(to, "fr"));
            status.setRollbackOnly();
        });
        worker.sendDue();
        assertThat(log.to(to)).isEmpty();
        assertThatThrownBy(() -> outbox.queue(mail(to, "fr"))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aQueuedMessageIsSentOverSmtpInTheRecipientsLanguageWithAbsoluteLinksAndNoImage() throws Exception {
        String to = "ana@" + domain;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.queue(mail(to, "en")));

        assertThat(worker.sendDue()).isGreaterThanOrEqualTo(1);

        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("Consortium Test: choose your password");
        assertThat(message.getFrom()[0].toString()).contains("coordination@capmob.example");
        String text = body(message, "text/plain");
        String html = body(message, "text/html");
        assertThat(text).contains("Hello Ana,").contains(BASE_URL + "/account/set-password/abc");
        assertThat(html).contains("href=\"" + BASE_URL + "/account/set-password/abc\"").doesNotContain("<img");
        assertThat(log.to(to)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(MailStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.sentAt()).isNotNull();
        });
    }

    @Test
    void twoWorkersRunningTogetherSendEachMessageOnce() throws Exception {
        int count = 12;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.queue(mail("p" + i + "@" + domain, "fr"));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = worker::sendDue;
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            int sent = runs.get(0).get() + runs.get(1).get();
            assertThat(sent).isEqualTo(count);
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < count; i++) {
            assertThat(receivedBy("p" + i + "@" + domain)).as("messages to p" + i).hasSize(1);
        }
    }

    @Test
    void aRefusedConnectionLeavesTheMessageWaitingWithBackOffThenFailedWithTheAnswerAndResendSendsIt() throws Exception {
        String to = "refused@" + domain;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.queue(mail(to, "fr")));
        MailWorker refused = workerOn(SMTP_PORT + 20); // nothing listens there

        assertThat(refused.sendDue()).isZero();
        assertThat(log.to(to)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(MailStatus.WAITING);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.lastError()).containsIgnoringCase("connection refused");
            // the next attempt waits the first retry's delay, so the same run does not try again
            assertThat(Duration.between(clock.instant(), entry.nextAttemptAt())).isBetween(Duration.ofMinutes(9),
                    Duration.ofMinutes(10));
        });
        assertThat(refused.sendDue()).isZero();
        assertThat(log.to(to).get(0).attempts()).isEqualTo(1);
        jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = :to").param("to", to).update();
        refused.sendDue();
        OutboxEntry failed = log.to(to).get(0);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(receivedBy(to)).isEmpty();

        log.resend(failed.id());
        worker.sendDue();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(log.to(to).get(0).status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void aServerAnswering5xxLeavesTheMessageWaitingThenFailedWithItsAnswerAndNothingIsLost() throws Exception {
        String to = "answer5xx@" + domain;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.queue(mail(to, "en")));
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            Thread refusing = new Thread(() -> refuseEveryConnection(server));
            refusing.setDaemon(true);
            refusing.start();
            MailWorker refused = workerOn(server.getLocalPort());

            refused.sendDue();
            assertThat(log.to(to)).singleElement().satisfies(entry -> {
                assertThat(entry.status()).isEqualTo(MailStatus.WAITING);
                assertThat(entry.attempts()).isEqualTo(1);
                assertThat(entry.lastError()).contains("554");
            });
            jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = :to").param("to", to).update();
            refused.sendDue();
        }
        OutboxEntry failed = log.to(to).get(0);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).contains("554").contains("refused for the test");
        assertThat(receivedBy(to)).isEmpty();

        log.resend(failed.id());
        worker.sendDue();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(log.to(to)).singleElement().satisfies(entry -> assertThat(entry.status()).isEqualTo(MailStatus.SENT));
    }

    /** A worker whose server is 127.0.0.1:port, trying twice, 10 minutes apart. */
    private MailWorker workerOn(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        MailProperties twoAttempts = new MailProperties("coordination@capmob.example", null, "Consortium Test", 2,
                Duration.ofMinutes(10), 50);
        return new MailWorker(rows, new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), twoAttempts, transactionManager, clock);
    }

    /** An SMTP server that greets every client with a permanent refusal (554) and hangs up. */
    private static void refuseEveryConnection(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.getOutputStream().write("554 5.3.2 Service refused for the test\r\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
