package fr.capmob.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff pages and rules, on PostgreSQL. */
@PortalTest
class StaffPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    long schoolA;
    long schoolB;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser coordinator;
    CurrentUser accountant;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Staff A " + run);
        schoolB = data.school("LP Staff B " + run);
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Referent B", Role.SCHOOL_REFERENT, schoolB));
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, schoolA));
    }

    private MockHttpServletRequestBuilder newStaff(String lastName, String firstName, String email) {
        return post("/staff").with(csrf()).param("lastName", lastName).param("firstName", firstName)
                .param("email", email == null ? "" : email).param("role", "TEACHER").param("subjects", "Vente, anglais")
                .param("languages", "EN b2; es A1").param("clilCertified", "true");
    }

    private long count(long schoolId) {
        return jdbc.sql("select count(*) from staff_member where school_id = ?").param(schoolId).query(Long.class).single();
    }

    @Test
    void aReferentAddsAStaffMemberWithLanguagesInOneForm() throws Exception {
        mvc.perform(newStaff("Durand" + run, "Claire", "Claire.Durand@ac-paris.fr").with(user(referentA)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/staff/*"));
        var row = jdbc.sql("select school_id, email, languages, clil_certified from staff_member where last_name = ?")
                .param("Durand" + run).query().singleRow();
        assertThat(row).containsEntry("school_id", schoolA).containsEntry("email", "claire.durand@ac-paris.fr")
                .containsEntry("languages", "en B2, es A1").containsEntry("clil_certified", true);
        long id = jdbc.sql("select id from staff_member where last_name = ?").param("Durand" + run).query(Long.class).single();
        mvc.perform(get("/staff/" + id).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Anglais — B2"), containsString("Espagnol — A1"))));
        mvc.perform(get("/staff/" + id).param("lang", "en").with(user(referentA)))
                .andExpect(content().string(containsString("English — B2")));
    }

    @Test
    void theLanguageOfTheParticipantsEmailsIsFrenchByDefaultAndChosenOnTheForm() throws Exception {
        mvc.perform(newStaff("Langue" + run, "Paul", null).with(user(referentA))).andExpect(status().is3xxRedirection());
        mvc.perform(newStaff("Language" + run, "Sam", null).param("language", "en").with(user(referentA)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select language from staff_member where last_name = ?").param("Langue" + run)
                .query(String.class).single()).isEqualTo("fr");
        long id = jdbc.sql("select id from staff_member where last_name = ?").param("Language" + run).query(Long.class).single();
        mvc.perform(get("/staff/" + id).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Langue des e-mails"), containsString("Anglais"))));
        String form = mvc.perform(get("/staff/" + id + "/edit").with(user(referentA))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).containsPattern("<input[^>]*(value=\"en\"[^>]*checked|checked[^>]*value=\"en\")");
        mvc.perform(newStaff("Klingon" + run, "Kor", null).param("language", "tlh").with(user(referentA)))
                .andExpect(content().string(containsString("Choisissez le français ou l’anglais.")));
    }

    @Test
    void badInputGetsMessagesInTheUsersLanguage() throws Exception {
        mvc.perform(post("/staff").with(csrf()).with(user(referentA)).param("lastName", "").param("languages", "anglais courant"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le nom.")))
                .andExpect(content().string(containsString("Choisissez la fonction.")))
                .andExpect(content().string(containsString("Écrivez chaque langue comme « en B2 »")));
        mvc.perform(post("/staff").param("lang", "en").with(csrf()).with(user(referentA)).param("languages", "en B7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the last name.")))
                .andExpect(content().string(containsString("Write each language as “en B2”")));
        assertThat(count(schoolA)).isZero();
    }

    @Test
    void duplicatesAreCaughtOnNamesAndEmailOrOnNamesAloneWithoutEmail() throws Exception {
        long existing = data.staff(schoolA, "Bonnet" + run, "Élise");
        mvc.perform(newStaff("BONNET" + run, "elise", null).with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/staff/" + existing + "\"")));
        jdbc.sql("update staff_member set email = 'elise.bonnet@ac-paris.fr' where id = ?").param(existing).update();
        entityManager.clear();
        mvc.perform(newStaff("BONNET" + run, "elise", "ELISE.BONNET@ac-paris.fr").with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"duplicate\"")));
        // a namesake with another e-mail is another person
        mvc.perform(newStaff("BONNET" + run, "elise", "e.bonnet2@ac-paris.fr").with(user(referentA)))
                .andExpect(status().is3xxRedirection());
        assertThat(count(schoolA)).isEqualTo(2);
    }

    @Test
    void scopeAndReadOnlyRoles() throws Exception {
        long id = data.staff(schoolA, "Lambert" + run, "Yves");
        mvc.perform(get("/staff/" + id).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/" + id + "/edit").with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get("/staff").param("name", run).with(user(referentB))).andExpect(content().string(not(containsString("Lambert" + run))));
        mvc.perform(get("/staff").param("name", run).with(user(coordinator))).andExpect(content().string(containsString("Lambert" + run)));
        mvc.perform(get("/staff/" + id).with(user(accountant)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"edit-staff\""))));
        mvc.perform(get("/staff/new").with(user(accountant))).andExpect(status().isForbidden());
        mvc.perform(newStaff("Neuf" + run, "Ana", null).with(user(accountant))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/" + id + "/delete").with(csrf()).with(user(accountant))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/" + id + "/delete").with(csrf()).with(user(referentA))).andExpect(redirectedUrl("/staff"));
        assertThat(count(schoolA)).isZero();
    }

    @Test
    void aStaleSaveIsRefusedWith409AndKeepsTheInput() throws Exception {
        long id = data.staff(schoolA, "Perrin" + run, "Marc");
        jdbc.sql("update staff_member set version = version + 1, updated_by = 'other@capmob.example', subjects = 'Histoire' where id = ?")
                .param(id).update();
        mvc.perform(post("/staff/" + id).with(csrf()).with(user(referentA)).param("version", "0").param("lastName", "Perrin" + run)
                        .param("firstName", "Marc").param("role", "TEACHER").param("subjects", "Lettres"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"conflict\""), containsString("Histoire"),
                        containsString("value=\"Lettres\""), containsString("name=\"version\" value=\"1\""))));
    }

    @Test
    void aStaffMembersBirthDateGenderAndNationalityAreKeptForReporting() throws Exception {
        mvc.perform(newStaff("Reporte" + run, "Anne", null).param("birthDate", "2090-01-01").param("nationality", "ZZ")
                        .with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("La date de naissance doit être passée.")));
        mvc.perform(newStaff("Reporte" + run, "Anne", null).param("birthDate", "1975-04-12").param("gender", "F")
                        .param("nationality", "PT").with(user(referentA)))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select birth_date, gender, nationality from staff_member where last_name = ?")
                .param("Reporte" + run).query().singleRow();
        assertThat(row).containsEntry("birth_date", java.sql.Date.valueOf("1975-04-12")).containsEntry("gender", "F")
                .containsEntry("nationality", "PT");
        long id = jdbc.sql("select id from staff_member where last_name = ?").param("Reporte" + run).query(Long.class).single();
        mvc.perform(get("/staff/" + id).with(user(referentA))).andExpect(content().string(containsString("12/04/1975")));
    }
}
