package fr.capmob.portal.audit;

import static fr.capmob.portal.audit.AuditFixture.date;
import static fr.capmob.portal.audit.AuditFixture.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.TestData;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ReportService;
import fr.capmob.portal.participant.Gender;
import fr.capmob.portal.participant.StudentCommand;
import fr.capmob.portal.participant.StudentService;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The history section and the audit search as users get them: for the right roles only, restricted fields shown as
 * "restricted" to those who may not read them, the search's filters. Data committed (Envers writes at commit).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired StudentService students;
    @Autowired ReportService reports;

    AuditFixture f;
    long student;

    @BeforeEach
    void setUp() {
        f = new AuditFixture(data, jdbc);
        signIn(f.referentA);
        student = students.create(command("Histoire" + f.run, null), f.referentA);
        students.update(student, 0, command("Histoire" + f.run, "Justification secrète " + f.run), f.referentA);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    StudentCommand command(String lastName, String justification) {
        return new StudentCommand(f.schoolA, lastName, "Léa", date("2003-05-14"), Gender.F, "FR", null, null,
                QualificationLevel.CAP, null, null, justification != null, justification, false, null, null, null);
    }

    @Test
    void theStudentsHistoryShowsTheJustificationToItsSchoolsReferentAndRestrictsItForTheAccountant() throws Exception {
        String history = "/audit/history/student/" + student;
        mvc.perform(get(history).with(user(f.referentA)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Justification secrète " + f.run)))
                .andExpect(content().string(containsString(f.referentA.displayName())))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get(history).with(user(f.accountantA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("restreint")))
                .andExpect(content().string(not(containsString("Justification secrète"))));
        mvc.perform(get(history).with(user(f.referentB))).andExpect(status().isNotFound());
        mvc.perform(get(history + "?lang=en").with(user(f.coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("History of student no. " + student)))
                .andExpect(content().string(containsString("Fewer-opportunities justification")));
        mvc.perform(get("/students/" + student).with(user(f.referentA)))
                .andExpect(content().string(containsString("hx-get=\"/audit/history/student/" + student + "\"")));
    }

    @Test
    void theReportFormsEntryIsAnonymousAndItsFreeTextIsHiddenFromAccountants() throws Exception {
        long learner = data.student(f.schoolA, "Rapport" + f.run, "Léa", date("2001-01-01"));
        long mobility = data.mobility(f.project, learner, null, f.schoolA, f.host, date("2019-03-04"), date("2019-03-22"));
        jdbc.update("update mobility set status = 'COMPLETED' where id = ?", mobility);
        String token = reports.createLink(mobility, f.referentA).token();
        mvc.perform(post("/report/" + token).with(csrf()).param("improvedLanguage", "true").param("moreConfidence", "true")
                        .param("wouldGoAgain", "true").param("satisfaction", "5").param("freeComment", "Commentaire " + f.run))
                .andExpect(status().isOk());
        String history = "/audit/history/mobility/" + mobility;
        mvc.perform(get(history).with(user(f.referentA)))
                .andExpect(content().string(containsString("Commentaire " + f.run)))
                .andExpect(content().string(containsString("formulaire public (anonyme)")));
        mvc.perform(get(history).with(user(f.accountantA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Satisfaction")))
                .andExpect(content().string(containsString("restreint")))
                .andExpect(content().string(not(containsString("Commentaire " + f.run))));
    }

    @Test
    void theAuditSearchFiltersByAuthorRecordAndPeriodForCoordinatorsOnly() throws Exception {
        String today = LocalDate.now().toString();
        mvc.perform(get("/audit").param("who", "Ref A " + f.run).param("record", "STUDENT").param("from", today)
                        .param("to", today).with(user(f.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Histoire" + f.run)))
                .andExpect(content().string(containsString("Justification secrète " + f.run)));
        mvc.perform(get("/audit").param("who", "Ref A " + f.run).param("record", "PROJECT").with(user(f.coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Histoire" + f.run))))
                .andExpect(content().string(containsString("Aucune entrée ne correspond")));
        mvc.perform(get("/audit").param("who", "Ref A " + f.run).param("from", "2000-01-01").param("to", "2000-12-31")
                        .with(user(f.coordinator)))
                .andExpect(content().string(not(containsString("Histoire" + f.run))));
        mvc.perform(get("/audit").param("from", "2021-02-01").param("to", "2021-01-01").with(user(f.coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("La date de fin précède la date de début.")));
        mvc.perform(get("/audit").param("from", "2021-13-45").with(user(f.coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Date invalide.")));
        mvc.perform(get("/audit").with(user(f.referentA))).andExpect(status().isForbidden());
    }
}
