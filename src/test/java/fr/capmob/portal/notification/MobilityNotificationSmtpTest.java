package fr.capmob.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.NotificationDelivery;
import fr.capmob.portal.account.NotificationKind;
import fr.capmob.portal.account.NotificationPreferences;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.mail.MailWorker;
import fr.capmob.portal.mail.SmtpMailTest;
import fr.capmob.portal.mail.SmtpTest;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.MobilityStatus;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mobility sent back reaches the referents of its school over SMTP, each in their language, with the
 * coordinator's comment; a referent who turned it off gets nothing, one who chose the digest gets it in the next
 * daily digest only. Transactional: the worker joins the test's transaction, everything is rolled back.
 */
@SmtpTest
@Transactional
class MobilityNotificationSmtpTest extends SmtpMailTest {

    private static final String COMMENT = "Il manque le contrat pédagogique signé.";

    @Autowired TestData data;
    @Autowired MobilityService mobilities;
    @Autowired MailWorker worker;
    @Autowired NotificationPreferences preferences;
    @Autowired DailyNotifications daily;
    @PersistenceContext EntityManager entityManager;

    private NotificationFixture f;
    private long mobility;
    private String reference;

    @BeforeEach
    void submittedMobility() {
        f = new NotificationFixture(data, jdbc, domain);
        mobility = f.mobility("SUBMITTED", LocalDate.of(2000, 1, 1), LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 18));
        reference = f.reference(mobility);
    }

    private void sendBack() {
        entityManager.clear();
        var coordinator = data.principal(data.user("Coord " + f.run, Role.COORDINATOR, null));
        mobilities.transition(mobility, MobilityStatus.DRAFT, COMMENT, false, coordinator);
        sendAll(worker);
    }

    @Test
    void aSentBackMobilityReachesEachReferentOfItsSchoolInTheirLanguageWithTheComment() throws Exception {
        String english = f.user(Role.SCHOOL_REFERENT, f.school, "en");
        String french = f.user(Role.SCHOOL_REFERENT, f.school, "fr");
        String otherSchool = f.user(Role.SCHOOL_REFERENT, f.otherSchool, "en");

        sendBack();

        List<MimeMessage> inEnglish = receivedBy(english);
        assertThat(inEnglish).hasSize(1);
        assertThat(inEnglish.get(0).getSubject())
                .isEqualTo("Consortium Test: mobility " + reference + " was sent back to you");
        assertThat(body(inEnglish.get(0), "text/plain")).contains("Hello Notif user", "The coordinators sent your school’s mobility " + reference, COMMENT,
                BASE_URL + "/mobilities/" + mobility, BASE_URL + "/account/notifications");
        assertThat(body(inEnglish.get(0), "text/html")).contains(COMMENT)
                .contains("href=\"" + BASE_URL + "/mobilities/" + mobility + "\"");
        List<MimeMessage> inFrench = receivedBy(french);
        assertThat(inFrench).hasSize(1);
        assertThat(inFrench.get(0).getSubject())
                .isEqualTo("Consortium Test : la mobilité " + reference + " vous est renvoyée");
        assertThat(body(inFrench.get(0), "text/plain")).contains("La coordination a renvoyé en brouillon", COMMENT);
        assertThat(receivedBy(otherSchool)).isEmpty();
    }

    @Test
    void aReferentWhoTurnedItOffGetsNothingAndOneWhoChoseTheDigestGetsItInTheNextDigestOnly() throws Exception {
        String immediate = f.user(Role.SCHOOL_REFERENT, f.school, "fr");
        String off = f.user(Role.SCHOOL_REFERENT, f.school, "fr");
        String digest = f.user(Role.SCHOOL_REFERENT, f.school, "en");
        preferences.choose(data.userId(off), Role.SCHOOL_REFERENT,
                Map.of(NotificationKind.MOBILITY_SENT_BACK, NotificationDelivery.OFF));
        preferences.choose(data.userId(digest), Role.SCHOOL_REFERENT,
                Map.of(NotificationKind.MOBILITY_SENT_BACK, NotificationDelivery.DIGEST));

        sendBack();

        assertThat(receivedBy(immediate)).hasSize(1);
        assertThat(receivedBy(off)).isEmpty();
        assertThat(receivedBy(digest)).isEmpty();

        daily.run(LocalDate.of(2040, 1, 1));
        sendAll(worker);
        assertThat(receivedBy(off)).isEmpty();
        List<MimeMessage> digests = receivedBy(digest);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getSubject()).isEqualTo("Consortium Test: your summary of 01/01/2040");
        assertThat(body(digests.get(0), "text/plain")).contains("The coordinators sent your school’s mobility " + reference, COMMENT);
        assertThat(receivedBy(immediate)).hasSize(1);

        daily.run(LocalDate.of(2040, 1, 2));
        sendAll(worker);
        assertThat(receivedBy(digest)).as("nothing new: no digest the next day").hasSize(1);
    }

    /** Runs the worker until nothing is left to send (other tests' messages may be waiting too). */
    static void sendAll(MailWorker worker) {
        for (int i = 0; i < 100 && worker.sendDue() > 0; i++) {
            // again
        }
    }
}
