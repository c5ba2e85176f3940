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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The students' pages and rules, on PostgreSQL. */
@PortalTest
class StudentPagesTest {

    private static final String JUSTIFICATION = "Famille monoparentale, boursier échelon 6";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StudentService students;

    long schoolA;
    long schoolB;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser coordinator;
    CurrentUser schoolAccountantA;
    CurrentUser consortiumAccountant;
    LocalDate today;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Students A " + run);
        schoolB = data.school("LP Students B " + run);
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Referent B", Role.SCHOOL_REFERENT, schoolB));
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        schoolAccountantA = data.principal(data.user("Accountant A", Role.ACCOUNTANT, schoolA));
        consortiumAccountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, null));
        today = students.today();
    }

    private MockHttpServletRequestBuilder newStudent(String lastName, String firstName, LocalDate birthDate) {
        return post("/students").with(csrf()).param("lastName", lastName).param("firstName", firstName)
                .param("birthDate", birthDate.toString()).param("nationality", "FR").param("qualificationLevel", "BAC_PRO")
                .param("className", "1re MCV A").param("specialty", "Métiers du commerce et de la vente");
    }

    private long count(long schoolId) {
        return jdbc.sql("select count(*) from student where school_id = ?").param(schoolId).query(Long.class).single();
    }

    private long flagged(long schoolId, String lastName) {
        long id = data.student(schoolId, lastName, "Inès", today.minusYears(16));
        jdbc.sql("update student set fewer_opportunities = true, fewer_opportunities_justification = ? where id = ?")
                .params(JUSTIFICATION, id).update();
        return id;
    }

    @Test
    void aReferentAddsAStudentToTheirOwnSchoolWhateverSchoolIsPosted() throws Exception {
        String name = "Dupont" + run;
        mvc.perform(newStudent(name, "Léa", today.minusYears(16)).param("schoolId", String.valueOf(schoolB))
                        .param("gender", "F").param("parentalConsentDate", today.minusDays(3).toString())
                        .param("email", "Lea.Dupont@Example.fr").with(user(referentA)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/students/*"))
                .andExpect(flash().attribute("success", "student.created"));
        var row = jdbc.sql("select school_id, gender, email, parental_consent_date, normalised_last_name from student where last_name = ?")
                .param(name).query().singleRow();
        assertThat(row).containsEntry("school_id", schoolA).containsEntry("gender", "F")
                .containsEntry("email", "lea.dupont@example.fr").containsEntry("normalised_last_name", name.toLowerCase());
        assertThat(count(schoolB)).isZero();
    }

    @Test
    void theCoordinatorChoosesTheSchool() throws Exception {
        mvc.perform(newStudent("Martin" + run, "Hugo", today.minusYears(17)).with(user(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choisissez l’établissement.")));
        mvc.perform(newStudent("Martin" + run, "Hugo", today.minusYears(17)).param("schoolId", String.valueOf(schoolB))
                        .with(user(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(count(schoolB)).isEqualTo(1);
        mvc.perform(get("/students/new").with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("LP Students A " + run)))
                .andExpect(content().string(not(containsString("name=\"schoolId\""))));
    }

    @Test
    void badInputGetsMessagesInTheUsersLanguageAndChangesNothing() throws Exception {
        mvc.perform(post("/students").with(csrf()).with(user(referentA)).param("lastName", " ").param("nationality", "")
                        .param("email", "not-an-email").param("birthDate", today.plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("Indiquez le nom de l’élève.")))
                .andExpect(content().string(containsString("Indiquez le prénom de l’élève.")))
                .andExpect(content().string(containsString("La date de naissance ne peut pas être dans le futur.")))
                .andExpect(content().string(containsString("Choisissez la nationalité.")))
                .andExpect(content().string(containsString("Choisissez le niveau de formation.")))
                .andExpect(content().string(containsString("Adresse électronique invalide.")));
        mvc.perform(post("/students").param("lang", "en").with(csrf()).with(user(referentA)).param("firstName", "Léa")
                        .param("birthDate", "31/02/2008"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the student’s last name.")))
                .andExpect(content().string(containsString("Invalid date.")))
                .andExpect(content().string(containsString("Choose the qualification level.")));
        mvc.perform(newStudent("Petit" + run, "Noé", today.minusYears(16)).param("nationality", "QQ").param("lang", "en")
                        .with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the nationality from the list.")));
        mvc.perform(newStudent("Petit" + run, "Noé", today.minusYears(16)).param("fewerOpportunities", "true")
                        .with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Justifiez le statut « moins d’opportunités ».")));
        mvc.perform(post("/students").with(csrf()).with(user(referentA)).param("lastName", " ").param("nationality", "DE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"DE\" selected=\"selected\">Allemagne</option>")))
                .andExpect(content().string(not(containsString("<option value=\"FR\" selected"))));
        assertThat(count(schoolA)).isZero();
    }

    @Test
    void theSamePersonUnderAnotherSpellingIsRefusedWithALinkToTheExistingRecord() throws Exception {
        LocalDate born = LocalDate.of(2009, 4, 12);
        long existing = data.student(schoolA, "Lefèvre-" + run, "Zoé", born);
        mvc.perform(newStudent("LEFEVRE " + run, "zoe", born).with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicate\"")))
                .andExpect(content().string(containsString("href=\"/students/" + existing + "\"")));
        mvc.perform(newStudent("LEFEVRE " + run, "zoe", born).param("lang", "en").with(user(referentA)))
                .andExpect(content().string(containsString("This student is already recorded at this school")));
        assertThat(count(schoolA)).isEqualTo(1);
        // another birth date or another school: another person
        mvc.perform(newStudent("LEFEVRE " + run, "zoe", born.plusDays(1)).with(user(referentA))).andExpect(status().is3xxRedirection());
        mvc.perform(newStudent("LEFEVRE " + run, "zoe", born).with(user(referentB))).andExpect(status().is3xxRedirection());
        // editing another student into the same person is refused too
        long other = data.student(schoolA, "Autre" + run, "Zoé", born);
        mvc.perform(post("/students/" + other).with(csrf()).with(user(referentA)).param("version", "0")
                        .param("lastName", "lefevre " + run).param("firstName", "ZOÉ").param("birthDate", born.toString())
                        .param("nationality", "FR").param("qualificationLevel", "CAP"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/students/" + existing + "\"")));
    }

    @Test
    void theUniqueIndexCatchesWhatTheFormWouldNot() {
        data.student(schoolA, "Garnier" + run, "Élodie", LocalDate.of(2008, 1, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.student(schoolA, "GARNIER" + run, "elodie", LocalDate.of(2008, 1, 1)))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void anotherSchoolsStudentDoesNotExistForAReferent() throws Exception {
        long studentA = data.student(schoolA, "Roux" + run, "Emma", today.minusYears(16));
        mvc.perform(get("/students/" + studentA).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get("/students/" + studentA + "/edit").with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(post("/students/" + studentA).with(csrf()).with(user(referentB)).param("lastName", "X")).andExpect(status().isNotFound());
        mvc.perform(post("/students/" + studentA + "/delete").with(csrf()).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get("/students").param("name", "roux" + run).with(user(referentB)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Roux" + run))))
                .andExpect(content().string(containsString("Aucun élève ne correspond à ces critères.")));
        // even asking for school A's students explicitly
        mvc.perform(get("/students").param("schoolId", String.valueOf(schoolA)).with(user(referentB)))
                .andExpect(content().string(not(containsString("Roux" + run))));
        mvc.perform(get("/students").param("name", "roux" + run).with(user(referentA)))
                .andExpect(content().string(containsString("Roux" + run)));
        assertThat(count(schoolA)).isEqualTo(1);
    }

    @Test
    void accountantsReadTheirScopeAndChangeNothing() throws Exception {
        long studentA = data.student(schoolA, "Blanc" + run, "Jade", today.minusYears(16));
        long studentB = data.student(schoolB, "Noir" + run, "Léo", today.minusYears(16));
        mvc.perform(get("/students/" + studentA).with(user(schoolAccountantA)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"edit-student\""))));
        mvc.perform(get("/students/" + studentB).with(user(schoolAccountantA))).andExpect(status().isNotFound());
        mvc.perform(get("/students/" + studentB).with(user(consortiumAccountant))).andExpect(status().isOk());
        mvc.perform(get("/students").param("name", run).with(user(schoolAccountantA)))
                .andExpect(content().string(allOf(containsString("Blanc" + run), not(containsString("Noir" + run)))))
                .andExpect(content().string(not(containsString("id=\"new-student\""))));
        mvc.perform(get("/students").param("name", run).with(user(consortiumAccountant)))
                .andExpect(content().string(allOf(containsString("Blanc" + run), containsString("Noir" + run))));
        mvc.perform(get("/students/new").with(user(consortiumAccountant))).andExpect(status().isForbidden());
        mvc.perform(get("/students/" + studentA + "/edit").with(user(schoolAccountantA))).andExpect(status().isForbidden());
        mvc.perform(newStudent("Vert" + run, "Lou", today.minusYears(16)).with(user(schoolAccountantA))).andExpect(status().isForbidden());
        mvc.perform(post("/students/" + studentA + "/delete").with(csrf()).with(user(consortiumAccountant))).andExpect(status().isForbidden());
        assertThat(count(schoolA)).isEqualTo(1);
    }

    @Test
    void theJustificationIsShownOnlyToTheCoordinatorsAndTheStudentsOwnSchool() throws Exception {
        long id = flagged(schoolA, "Moreau" + run);
        for (CurrentUser allowed : new CurrentUser[] {coordinator, referentA}) {
            mvc.perform(get("/students/" + id).with(user(allowed)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(JUSTIFICATION)))
                    .andExpect(content().string(containsString("moins d’opportunités")));
            assertThat(students.get(id, allowed).fewerOpportunitiesJustification()).isEqualTo(JUSTIFICATION);
        }
        for (CurrentUser notAllowed : new CurrentUser[] {schoolAccountantA, consortiumAccountant}) {
            mvc.perform(get("/students/" + id).with(user(notAllowed)))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString(JUSTIFICATION))))
                    .andExpect(content().string(not(containsString("id=\"justification\""))))
                    // the flag itself is not secret: it matters for the inclusion budget
                    .andExpect(content().string(containsString("badge-fewer")));
            assertThat(students.get(id, notAllowed).fewerOpportunitiesJustification()).isNull();
            assertThat(students.get(id, notAllowed).justificationVisible()).isFalse();
        }
        mvc.perform(get("/students/" + id).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get("/students").param("name", "moreau" + run).with(user(consortiumAccountant)))
                .andExpect(content().string(not(containsString(JUSTIFICATION))));
        // unticking the flag drops the justification
        mvc.perform(post("/students/" + id).with(csrf()).with(user(referentA)).param("version", "0")
                        .param("lastName", "Moreau" + run).param("firstName", "Inès").param("birthDate", today.minusYears(16).toString())
                        .param("nationality", "FR").param("qualificationLevel", "BAC_PRO")
                        .param("fewerOpportunitiesJustification", "still here"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select fewer_opportunities_justification from student where id = ?").param(id)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void aStaleSaveIsRefusedWith409AndKeepsTheInput() throws Exception {
        long id = data.student(schoolA, "Fabre" + run, "Nina", today.minusYears(16));
        jdbc.sql("update student set version = version + 1, updated_by = 'someone.else@capmob.example', class_name = 'TMCV B' where id = ?")
                .param(id).update();
        mvc.perform(post("/students/" + id).with(csrf()).with(user(referentA)).param("version", "0")
                        .param("lastName", "Fabre" + run).param("firstName", "Nina").param("birthDate", today.minusYears(16).toString())
                        .param("nationality", "FR").param("qualificationLevel", "BAC_PRO").param("className", "2de MRC C"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("someone.else@capmob.example")))
                .andExpect(content().string(containsString("TMCV B")))
                .andExpect(content().string(containsString("value=\"2de MRC C\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("select class_name from student where id = ?").param(id).query(String.class).single()).isEqualTo("TMCV B");
        // saving again applies it
        mvc.perform(post("/students/" + id).with(csrf()).with(user(referentA)).param("version", "1")
                        .param("lastName", "Fabre" + run).param("firstName", "Nina").param("birthDate", today.minusYears(16).toString())
                        .param("nationality", "FR").param("qualificationLevel", "BAC_PRO").param("className", "2de MRC C"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select class_name from student where id = ?").param(id).query(String.class).single()).isEqualTo("2de MRC C");
    }

    @Test
    void theClassFilterListsOneSchoolsClassesAndIsATextFieldForTheWholeConsortium() throws Exception {
        long a = data.student(schoolA, "Classe" + run, "Ana", today.minusYears(16));
        long b = data.student(schoolB, "Classe" + run, "Bob", today.minusYears(16));
        jdbc.sql("update student set class_name = 'A ' || ? where id = ?").params(run, a).update();
        jdbc.sql("update student set class_name = 'B ' || ? where id = ?").params(run, b).update();

        String wholeConsortium = mvc.perform(get("/students").with(user(coordinator))).andReturn().getResponse()
                .getContentAsString();
        assertThat(wholeConsortium).contains("type=\"search\" class=\"form-control\" id=\"className\"")
                .doesNotContain("<option value=\"A " + run + "\"");
        String oneSchool = mvc.perform(get("/students").param("schoolId", String.valueOf(schoolA)).with(user(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(oneSchool).contains("<option value=\"A " + run + "\"").doesNotContain("B " + run);
        String referents = mvc.perform(get("/students").with(user(referentB))).andReturn().getResponse().getContentAsString();
        assertThat(referents).contains("<option value=\"B " + run + "\"").doesNotContain("A " + run);
        mvc.perform(get("/students").param("className", "a " + run).with(user(coordinator)))
                .andExpect(content().string(allOf(containsString("Ana"), not(containsString("Bob")))));
    }

    @Test
    void theListFiltersOnMinorsClassLevelSpecialtyAndFewerOpportunitiesInSql() throws Exception {
        long minor = data.student(schoolA, "Mineur" + run, "Tom", today.minusYears(18).plusDays(1));
        long adult = data.student(schoolA, "Majeur" + run, "Eva", today.minusYears(18));
        long flagged = flagged(schoolA, "Aide" + run);
        jdbc.sql("update student set class_name = 'TCAP ' || ?, qualification_level = 'CAP', specialty = 'Cuisine' where id = ?")
                .params(run, adult).update();
        String mine = "name";
        mvc.perform(get("/students").param(mine, run).param("minor", "true").with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Mineur" + run), containsString("Aide" + run),
                        not(containsString("Majeur" + run)), containsString("badge-minor"))));
        mvc.perform(get("/students").param(mine, run).param("minor", "false").with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Majeur" + run), not(containsString("Mineur" + run)),
                        not(containsString("badge-minor")))));
        mvc.perform(get("/students").param(mine, run).param("fewerOpportunities", "true").with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Aide" + run), not(containsString("Mineur" + run)))));
        mvc.perform(get("/students").param("className", "tcap " + run).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Majeur" + run), not(containsString("Mineur" + run)))));
        mvc.perform(get("/students").param(mine, run).param("level", "CAP").param("specialty", "cuis").with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Majeur" + run), not(containsString("Aide" + run)))));
        mvc.perform(get("/students").param(mine, "tom mineur" + run).with(user(referentA)))
                .andExpect(content().string(containsString("Mineur" + run)));
        mvc.perform(get("/students").param("schoolId", String.valueOf(schoolB)).param(mine, run).with(user(coordinator)))
                .andExpect(content().string(containsString("Aucun élève ne correspond à ces critères.")));
        // sorted by birth date, oldest first; htmx gets the results only
        String page = mvc.perform(get("/students").param(mine, run).param("sort", "birthDate").param("dir", "asc")
                        .header("HX-Request", "true").with(user(referentA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<html").contains("id=\"results\"");
        assertThat(page.indexOf("Majeur" + run)).isLessThan(page.indexOf("Mineur" + run));
        assertThat(page.indexOf("Mineur" + run)).isLessThan(page.indexOf("Aide" + run));
        assertThat(minor).isNotEqualTo(flagged);
        // levels sort in the qualifications' order: CAP before Bac Pro
        String byLevel = mvc.perform(get("/students").param(mine, run).param("sort", "level").header("HX-Request", "true")
                .with(user(referentA))).andReturn().getResponse().getContentAsString();
        assertThat(byLevel.indexOf("Majeur" + run)).isLessThan(byLevel.indexOf("Mineur" + run));
        mvc.perform(get("/students").param(mine, run).param("lang", "en").param("minor", "true").with(user(referentA)))
                .andExpect(content().string(containsString(">minor<")));
    }

    @Test
    void theListPagesInSql() throws Exception {
        for (int i = 0; i < 30; i++) {
            data.student(schoolA, "Page" + run + String.format("%02d", i), "Al", LocalDate.of(2008, 1, 1));
        }
        mvc.perform(get("/students").param("name", "page" + run).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Page" + run + "00"), containsString("Page" + run + "24"),
                        not(containsString("Page" + run + "25")), containsString("1–25 sur 30"))));
        mvc.perform(get("/students").param("name", "page" + run).param("page", "1").with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Page" + run + "29"), not(containsString("Page" + run + "24")))));
    }

    @Test
    void theDetailShowsAMinorBadgeAndAReferentDeletesAStudent() throws Exception {
        long id = data.student(schoolA, "Simon" + run, "Lina", today.minusYears(15));
        mvc.perform(get("/students/" + id).with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("badge-minor")))
                .andExpect(content().string(containsString("Pas encore donnée")));
        mvc.perform(get("/students/" + id + "/edit").with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Simon" + run + "\"")))
                .andExpect(content().string(containsString("value=\"" + today.minusYears(15) + "\"")));
        mvc.perform(post("/students/" + id + "/delete").with(csrf()).with(user(referentA)))
                .andExpect(redirectedUrl("/students")).andExpect(flash().attribute("success", "student.deleted"));
        assertThat(count(schoolA)).isZero();
    }
}
