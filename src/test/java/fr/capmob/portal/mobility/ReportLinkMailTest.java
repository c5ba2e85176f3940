package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.mail.MailWorker;
import fr.capmob.portal.mail.SmtpMailTest;
import fr.capmob.portal.mail.SmtpTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trip's report links by e-mail, over SMTP, in one action: each participant with an address receives their own
 * link once, "requested on" is recorded, a participant without an address is listed to be passed on by hand; a
 * resend voids the previous link; the report filled records "received on". Transactional: the worker, run in the
 * test's thread, joins its transaction and sends over real SMTP, and everything is rolled back at the end.
 */
@SmtpTest
@Transactional
class ReportLinkMailTest extends SmtpMailTest {

    private static final Pattern LINK = Pattern.compile(Pattern.quote(BASE_URL) + "/report/([A-Za-z0-9_-]+)");

    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired MailWorker worker;
    @Autowired ReportService reports;
    @PersistenceContext EntityManager entityManager;

    @Test
    void aTripsLinksReachEachParticipantOnceAndAResendVoidsThePreviousLink() throws Exception {
        String run = TestData.unique();
        long school = data.school("Mail A " + run);
        long project = data.project("Mail project " + run, school, data.school("Mail B " + run));
        long host = data.host("Mail host " + run, school);
        long trip = data.trip(project, school, host);
        List<String> names = List.of("Léa", "Max", "Zoé");
        long[] mobilities = new long[names.size() + 1];
        for (int i = 0; i <= names.size(); i++) {
            String first = i < names.size() ? names.get(i) : "Sans";
            long student = data.student(school, "Voyage " + run, first, LocalDate.of(2005, 1, 1 + i));
            if (i < names.size()) {
                jdbc.sql("update student set email = :e where id = :id").param("e", address(first)).param("id", student).update();
            }
            mobilities[i] = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 18));
            jdbc.sql("update mobility set status = 'COMPLETED', trip_id = :t where id = :id").param("t", trip)
                    .param("id", mobilities[i]).update();
        }
        entityManager.clear();
        CurrentUser referent = data.principal(data.user("Ref " + run, Role.SCHOOL_REFERENT, school));

        String page = new String(mvc.perform(post("/trips/" + trip + "/report-links").with(csrf()).with(user(referent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).contains(address("Léa"), address("Zoé"), "Pas d’adresse : à transmettre");
        worker.sendDue();

        for (String name : names) {
            List<MimeMessage> received = receivedBy(address(name));
            assertThat(received).as("messages to " + name).hasSize(1);
            assertThat(received.get(0).getSubject()).isEqualTo("Consortium Test : votre bilan de mobilité");
            assertThat(body(received.get(0), "text/plain")).contains("Bonjour " + name + ",");
            mvc.perform(get("/report/" + token(received.get(0)))).andExpect(status().isOk());
        }
        assertThat(smtp.getReceivedMessages()).hasSize(names.size());
        Map<String, Object> link = jdbc.sql("select mailed_to, requested_at from report_link where mobility_id = :m")
                .param("m", mobilities[0]).query().singleRow();
        assertThat(link.get("mailed_to")).isEqualTo(address("Léa"));
        assertThat(link.get("requested_at")).isNotNull();

        String first = token(receivedBy(address("Léa")).get(0));
        mvc.perform(post("/mobilities/" + mobilities[0] + "/report-link").with(csrf()).with(user(referent)))
                .andExpect(status().isOk());
        worker.sendDue();
        List<MimeMessage> again = receivedBy(address("Léa"));
        assertThat(again).hasSize(2);
        String second = token(again.get(1));
        mvc.perform(get("/report/" + first)).andExpect(status().isNotFound());
        mvc.perform(get("/report/" + second)).andExpect(status().isOk());

        reports.submit(second, ReportServiceTest.LEARNER_ANSWERS);
        assertThat(jdbc.sql("select submitted_at from participant_report where mobility_id = :m")
                .param("m", mobilities[0]).query().singleValue()).isNotNull();
    }

    @Test
    void aParticipantWhoseRecordSaysEnglishGetsTheLinkInEnglish() throws Exception {
        String run = TestData.unique();
        long school = data.school("Mail EN " + run);
        long project = data.project("Mail EN project " + run, school);
        long host = data.host("Mail EN host " + run, school);
        long staff = data.staff(school, "English " + run, "Jo");
        jdbc.sql("update staff_member set email = :e, language = 'en' where id = :id").param("e", address("Jo"))
                .param("id", staff).update();
        long mobility = data.mobility(project, null, staff, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 8));
        jdbc.sql("update mobility set status = 'COMPLETED' where id = :id").param("id", mobility).update();
        entityManager.clear();
        CurrentUser referent = data.principal(data.user("Ref EN " + run, Role.SCHOOL_REFERENT, school));

        mvc.perform(post("/mobilities/" + mobility + "/report-link").with(csrf()).with(user(referent)))
                .andExpect(status().isOk());
        worker.sendDue();

        List<MimeMessage> received = receivedBy(address("Jo"));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Consortium Test: your mobility report");
        assertThat(body(received.get(0), "text/plain")).contains("Hello Jo,");
    }

    private String address(String firstName) {
        return firstName.toLowerCase().replace("é", "e") + "@" + domain;
    }

    private static String token(MimeMessage message) throws Exception {
        Matcher matcher = LINK.matcher(body(message, "text/plain"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
