package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @PersistenceContext EntityManager entityManager;

    long schoolA;
    long project;
    long host;
    long learnerMobility;
    long staffMobility;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser accountantA;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        schoolA = data.school("Rep pages A " + run);
        long schoolB = data.school("Rep pages B " + run);
        project = data.project("Rep pages " + run, schoolA, schoolB);
        host = data.host("Rep pages host " + run, schoolA);
        long student = data.student(schoolA, "Durand " + run, "Léa", LocalDate.of(2000, 1, 1));
        long teacher = data.staff(schoolA, "Prof " + run, "Anne");
        learnerMobility = data.mobility(project, student, null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        staffMobility = data.mobility(project, null, teacher, schoolA, host, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 5));
        jdbc.update("update mobility set status = 'COMPLETED' where id in (?, ?)", learnerMobility, staffMobility);
        entityManager.clear();
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        accountantA = data.principal(data.user("Compta A", Role.ACCOUNTANT, schoolA));
    }

    String statusOf(long mobilityId) {
        return jdbc.queryForObject("select status from mobility where id = ?", String.class, mobilityId);
    }

    @Test
    void theReferentCreatesALinkShownOnceAndTheParticipantOpensItWithoutAccountInBothLanguages() throws Exception {
        String page = mvc.perform(post("/mobilities/" + learnerMobility + "/report-link").with(user(referentA)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher url = Pattern.compile("/report/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(url.find()).isTrue();
        String token = url.group(1);
        mvc.perform(get("/report/" + token)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Votre bilan de mobilité"),
                        containsString("Repartiriez-vous en mobilité"), not(containsString("Pratiques professionnelles")))));
        mvc.perform(get("/report/" + token).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your mobility report"),
                        containsString("Would you go abroad again?"))));
        mvc.perform(get("/mobilities/" + learnerMobility).with(user(referentA)))
                .andExpect(content().string(containsString("pas encore utilisé")));
    }

    @Test
    void missingAnswersAreExplainedInTheParticipantsLanguageAndChangeNothing() throws Exception {
        String token = reports.createLink(learnerMobility, referentA).token();
        mvc.perform(post("/report/" + token).with(csrf()).param("satisfaction", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Merci de répondre à cette question."),
                        containsString("La satisfaction se note de 1 à 5."))));
        mvc.perform(post("/report/" + token).with(csrf()).param("lang", "en").param("improvedLanguage", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please answer this question."),
                        not(containsString("Merci de répondre")))));
        assertThat(statusOf(learnerMobility)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select count(*) from participant_report where mobility_id = ?", Long.class, learnerMobility)).isZero();
    }

    @Test
    void aParticipantSendsTheReportOnceAndOnlyTheirSchoolReadsTheFreeComment() throws Exception {
        String token = reports.createLink(learnerMobility, referentA).token();
        mvc.perform(post("/report/" + token).with(csrf()).param("lang", "en")
                        .param("improvedLanguage", "true").param("moreConfidence", "true").param("wouldGoAgain", "true")
                        .param("satisfaction", "5").param("learned", "Plating").param("freeComment", "Secret comment"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Your report has been saved")));
        assertThat(statusOf(learnerMobility)).isEqualTo("REPORTED");
        mvc.perform(post("/report/" + token).with(csrf()).param("improvedLanguage", "false").param("moreConfidence", "false")
                        .param("wouldGoAgain", "false").param("satisfaction", "1"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("a déjà servi")));
        assertThat(jdbc.queryForObject("select satisfaction from participant_report where mobility_id = ?", Integer.class, learnerMobility))
                .isEqualTo(5);
        entityManager.clear();
        mvc.perform(get("/mobilities/" + learnerMobility).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Secret comment"), containsString("Plating"))));
        mvc.perform(get("/mobilities/" + learnerMobility).with(user(accountantA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("5 / 5"), not(containsString("Secret comment")),
                        not(containsString("Plating")))));
        mvc.perform(get("/mobilities/" + learnerMobility).with(user(referentB))).andExpect(status().isNotFound());
    }

    @Test
    void staffGetTheShorterFormAndAForgedTokenGetsTheSamePageAsAnyInvalidOne() throws Exception {
        String token = reports.createLink(staffMobility, referentA).token();
        mvc.perform(get("/report/" + token)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pratiques professionnelles découvertes"),
                        not(containsString("Satisfaction globale")))));
        mvc.perform(post("/report/" + token).with(csrf()).param("wouldRecommend", "true"))
                .andExpect(content().string(containsString("Merci de répondre à cette question.")));
        mvc.perform(get("/report/forged").param("lang", "en")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link cannot be used")));
        mvc.perform(post("/report/forged").with(csrf()).param("practices", "x").param("wouldRecommend", "true"))
                .andExpect(status().isNotFound());
        assertThat(statusOf(staffMobility)).isEqualTo("COMPLETED");
    }

    @Test
    void anotherSchoolsReferentCannotCreateALink() throws Exception {
        mvc.perform(post("/mobilities/" + learnerMobility + "/report-link").with(user(referentB)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mobilities/" + learnerMobility + "/report-link").with(user(accountantA)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from report_link where mobility_id = ?", Long.class, learnerMobility)).isZero();
    }

    @Test
    void theTripPageCreatesTheLinksOfItsCompletedLearners() throws Exception {
        long trip = data.trip(project, schoolA, host);
        jdbc.update("update mobility set trip_id = ? where id = ?", trip, learnerMobility);
        entityManager.clear();
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(containsString("id=\"create-report-links\"")));
        mvc.perform(post("/trips/" + trip + "/report-links").with(user(referentA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/report/")));
        assertThat(jdbc.queryForObject("select count(*) from report_link where mobility_id = ?", Long.class, learnerMobility)).isOne();
    }
}
