package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ExamPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long student;
    String exams;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser accountantA;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        long schoolA = data.school("Exam A " + run);
        long schoolB = data.school("Exam B " + run);
        student = data.student(schoolA, "Bernard " + run, "Lou", LocalDate.of(2001, 5, 5));
        exams = "/students/" + student + "/exams";
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        accountantA = data.principal(data.user("Compta A", Role.ACCOUNTANT, schoolA));
    }

    long onlyExam() {
        return jdbc.queryForObject("select id from exam_result where student_id = ?", Long.class, student);
    }

    @Test
    void theReferentRecordsListsEditsAndDeletesResults() throws Exception {
        mvc.perform(post(exams).with(user(referentA)).with(csrf()).param("qualificationLevel", "CAP")
                        .param("sessionLabel", "CAP juin 2020").param("sessionDate", "2020-06-15").param("result", "PENDING"))
                .andExpect(redirectedUrl(exams));
        long exam = onlyExam();
        mvc.perform(get(exams).with(user(accountantA))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("CAP juin 2020"), containsString("En attente"))));
        mvc.perform(post(exams + "/" + exam).with(user(coordinator)).with(csrf()).param("qualificationLevel", "CAP")
                        .param("sessionLabel", "CAP juin 2020").param("result", "PASSED").param("version", "0"))
                .andExpect(redirectedUrl(exams));
        assertThat(jdbc.queryForObject("select result from exam_result where id = ?", String.class, exam)).isEqualTo("PASSED");
        // a second save on the old version: conflict, the form again with 409, nothing overwritten
        mvc.perform(post(exams + "/" + exam).with(user(referentA)).with(csrf()).param("qualificationLevel", "CAP")
                        .param("sessionLabel", "CAP juin 2020").param("result", "FAILED").param("version", "0"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("id=\"conflict\"")));
        assertThat(jdbc.queryForObject("select result from exam_result where id = ?", String.class, exam)).isEqualTo("PASSED");
        mvc.perform(post(exams + "/" + exam + "/delete").with(user(referentA)).with(csrf())).andExpect(redirectedUrl(exams));
        assertThat(jdbc.queryForObject("select count(*) from exam_result where student_id = ?", Long.class, student)).isZero();
    }

    @Test
    void missingFieldsAreExplainedInBothLanguages() throws Exception {
        mvc.perform(post(exams).with(user(referentA)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choisissez le diplôme."), containsString("Choisissez le résultat."))));
        mvc.perform(post(exams).with(user(referentA)).with(csrf()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose the diploma."), containsString("Choose the result."))));
        assertThat(jdbc.queryForObject("select count(*) from exam_result where student_id = ?", Long.class, student)).isZero();
    }

    @Test
    void anotherSchoolNeitherReadsNorWritesAndAccountantsOnlyRead() throws Exception {
        mvc.perform(post(exams).with(user(referentA)).with(csrf()).param("qualificationLevel", "BAC_PRO")
                .param("sessionLabel", "Bac pro juin 2021").param("result", "PASSED"));
        long exam = onlyExam();
        mvc.perform(get(exams).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get(exams + "/" + exam + "/edit").with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(post(exams + "/" + exam).with(user(referentB)).with(csrf()).param("qualificationLevel", "CAP")
                .param("sessionLabel", "x").param("result", "FAILED").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post(exams + "/" + exam + "/delete").with(user(referentB)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(exams).with(user(referentB)).with(csrf()).param("qualificationLevel", "CAP")
                .param("sessionLabel", "x").param("result", "FAILED")).andExpect(status().isNotFound());
        mvc.perform(post(exams + "/" + exam + "/delete").with(user(accountantA)).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select result from exam_result where id = ?", String.class, exam)).isEqualTo("PASSED");
        assertThat(jdbc.queryForObject("select count(*) from exam_result where student_id = ?", Long.class, student)).isOne();
    }
}
