package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class ProjectPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    String run;
    long schoolA;
    long schoolB;
    long schoolC;
    long projectP;
    long projectQ;
    CurrentUser coordinator;
    CurrentUser referentA;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("Lycée Alpha " + run, "EXPERIENCED");
        schoolB = data.school("Lycée Beta " + run, "EXPERIENCED");
        schoolC = data.school("Lycée Gamma " + run);
        projectP = data.project("Projet P " + run, schoolA, schoolC);
        projectQ = data.project("Projet Q " + run, schoolB);
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
    }

    private String number(long projectId) {
        return jdbc.queryForObject("select number from project where id = ?", String.class, projectId);
    }

    /** A valid creation, with some fields replaced (name, value, name, value…). */
    private MockHttpServletRequestBuilder validProject(String number, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("number", number);
        fields.put("title", "CAPMOB 2.1 " + run);
        fields.put("generation", "G2014_2020");
        fields.put("callYear", number.substring(0, 4));
        fields.put("action", "KA102");
        fields.put("nationalAgency", "FR01");
        fields.put("startDate", "2019-09-01");
        fields.put("endDate", "2021-08-31");
        fields.put("status", "PREPARATION");
        fields.put("grantedTravel", "12 345,67");
        fields.put("grantedIndividualSupport", "1000.5");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/projects").with(csrf()).with(user(coordinator));
        fields.forEach(request::param);
        return request;
    }

    private static String uniqueNumber() {
        return "2019-1-FR01-KA102-" + String.format("%06d", (int) (Math.random() * 1_000_000));
    }

    @Test
    void theListSearchesByNumberOrTitleAndFilters() throws Exception {
        mvc.perform(get("/projects").param("q", "projet p " + run).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number(projectP))))
                .andExpect(content().string(not(containsString(number(projectQ)))))
                .andExpect(content().string(not(containsString("Aucun projet ne correspond"))));
        mvc.perform(get("/projects").param("q", number(projectQ)).with(user(coordinator)))
                .andExpect(content().string(containsString("Projet Q " + run)));
        mvc.perform(get("/projects").param("school", String.valueOf(schoolB)).param("status", "RUNNING")
                        .param("year", "2018").param("action", "KA102").param("generation", "G2014_2020")
                        .param("sort", "title").param("dir", "desc").with(user(coordinator)))
                .andExpect(content().string(containsString("Projet Q " + run)))
                .andExpect(content().string(not(containsString("Projet P " + run))));
    }

    @Test
    void theListAnswersHtmxWithTheResultsFragmentAndHasAnEmptyState() throws Exception {
        mvc.perform(get("/projects").param("q", "nothing-like-this-" + run).header("HX-Request", "true")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("Aucun projet ne correspond")))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void aReferentSeesOnlyTheProjectsOfTheirSchool() throws Exception {
        mvc.perform(get("/projects").param("q", run).with(user(referentA)))
                .andExpect(content().string(containsString("Projet P " + run)))
                .andExpect(content().string(not(containsString("Projet Q " + run))));
        mvc.perform(get("/projects/" + projectP).with(user(referentA))).andExpect(status().isOk());
        mvc.perform(get("/projects/" + projectQ).with(user(referentA))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + projectQ + "/edit").with(user(referentA))).andExpect(status().isForbidden());
    }

    @Test
    void theDetailShowsFieldsBudgetMembersAndPairs() throws Exception {
        data.pair(projectP, schoolA, schoolC);
        mvc.perform(get("/projects/" + projectP).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("400 000,00 €")))
                .andExpect(content().string(containsString("100 000,00 €")))
                .andExpect(content().string(containsString("/schools/" + schoolA)))
                .andExpect(content().string(containsString("Lycée Gamma " + run)))
                .andExpect(content().string(containsString("id=\"project-pairs\"")))
                .andExpect(content().string(not(containsString("empty-state"))));
    }

    @Test
    void aReferentSeesOnTheProjectOnlyThePairsOfTheirSchool() throws Exception {
        long d = data.school("Lycée Delta " + run, "EXPERIENCED");
        long e = data.school("Lycée Epsilon " + run);
        jdbc.update("insert into project_school (project_id, school_id) values (?, ?), (?, ?)", projectP, d, projectP, e);
        long own = data.pair(projectP, schoolA, schoolC);
        long other = data.pair(projectP, d, e);
        mvc.perform(get("/projects/" + projectP).with(user(referentA)))
                .andExpect(content().string(containsString("/pairings/" + own + "\"")))
                .andExpect(content().string(not(containsString("/pairings/" + other + "\""))))
                .andExpect(content().string(not(containsString("id=\"add-schools\""))))
                .andExpect(content().string(not(containsString("/delete"))));
        mvc.perform(get("/projects/" + projectP).with(user(coordinator)))
                .andExpect(content().string(containsString("/pairings/" + other + "\"")));
    }

    @Test
    void aCoordinatorCreatesAProjectWithFrenchDecimalCommas() throws Exception {
        String number = uniqueNumber();
        mvc.perform(validProject(number))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/projects/*"))
                .andExpect(flash().attribute("success", "project.created"));
        assertThat(jdbc.queryForObject("select granted_travel from project where number = ?", BigDecimal.class, number))
                .isEqualByComparingTo("12345.67");
        assertThat(jdbc.queryForObject("select granted_individual_support from project where number = ?", BigDecimal.class, number))
                .isEqualByComparingTo("1000.50");
    }

    @Test
    void theEditFormShowsAmountsWithTheDecimalSeparatorOfTheLanguage() throws Exception {
        mvc.perform(get("/projects/" + projectP + "/edit").with(user(coordinator)))
                .andExpect(content().string(containsString("value=\"100000,00\"")));
        mvc.perform(get("/projects/" + projectP + "/edit").param("lang", "en").with(user(coordinator)))
                .andExpect(content().string(containsString("value=\"100000.00\"")));
    }

    @Test
    void a2021NumberIsAccepted() throws Exception {
        String number = "2022-1-FR01-KA122-VET-" + String.format("%09d", (int) (Math.random() * 1_000_000_000));
        mvc.perform(validProject(number, "generation", "G2021_2027", "action", "KA122_VET"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void requiredFieldsAreExplainedInFrenchAndEnglish() throws Exception {
        mvc.perform(post("/projects").with(csrf()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le numéro de convention est obligatoire.")))
                .andExpect(content().string(containsString("Le titre est obligatoire.")));
        mvc.perform(post("/projects").param("lang", "en").with(csrf()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The grant agreement number is required.")));
    }

    @Test
    void theNumberMustAgreeWithYearAgencyActionAndGeneration() throws Exception {
        mvc.perform(validProject(uniqueNumber(), "callYear", "2020", "nationalAgency", "DE02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le numéro indique l’année d’appel 2019, mais l’année de l’appel saisie est 2020.")))
                .andExpect(content().string(containsString("Le numéro indique l’agence nationale FR01, mais l’agence saisie est DE02.")));
        mvc.perform(validProject(uniqueNumber(), "generation", "G2021_2027", "lang", "en"))
                .andExpect(content().string(containsString("Action KA102 does not belong to the chosen programme generation")));
        mvc.perform(validProject("2019-1-FR01-KA102-12", "endDate", "2019-01-01", "grantedTravel", "-3"))
                .andExpect(content().string(containsString("Numéro de convention invalide")))
                .andExpect(content().string(containsString("La date de fin doit être postérieure à la date de début.")))
                .andExpect(content().string(containsString("Le montant ne peut pas être négatif.")));
        mvc.perform(validProject(uniqueNumber(), "grantedTravel", "12,5.3"))
                .andExpect(content().string(containsString("Montant invalide")));
    }

    @Test
    void theNumberIsUnique() throws Exception {
        String taken = number(projectQ);
        mvc.perform(validProject(taken, "callYear", "2018"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le numéro de convention " + taken + " est déjà celui d’un autre projet.")));
    }

    @Test
    void anEditSavesAndAStaleEditShowsTheConflictWithTheInputKept() throws Exception {
        long version = jdbc.queryForObject("select version from project where id = ?", Long.class, projectP);
        String number = number(projectP);
        mvc.perform(edit(number, "Renamed " + run, version)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projects/" + projectP));
        mvc.perform(edit(number, "My stale title " + run, version))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("My stale title " + run)))
                .andExpect(content().string(containsString("Renamed " + run)))
                .andExpect(content().string(containsString("value=\"" + (version + 1) + "\"")));
        assertThat(jdbc.queryForObject("select title from project where id = ?", String.class, projectP))
                .isEqualTo("Renamed " + run);
    }

    private MockHttpServletRequestBuilder edit(String number, String title, long version) {
        return post("/projects/" + projectP).with(csrf()).with(user(coordinator))
                .param("number", number).param("title", title).param("generation", "G2014_2020")
                .param("callYear", "2018").param("action", "KA102").param("nationalAgency", "FR01")
                .param("startDate", "2018-09-01").param("endDate", "2021-02-28").param("status", "RUNNING")
                .param("grantedTravel", "100000").param("version", String.valueOf(version));
    }

    @Test
    void aProjectWithPairsCannotBeDeletedAndOneWithoutGoesWithItsMembers() throws Exception {
        data.pair(projectP, schoolA, schoolC);
        mvc.perform(post("/projects/" + projectP + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/projects/" + projectP))
                .andExpect(flash().attribute("dependants", java.util.List.of(
                        new fr.capmob.portal.shared.DependentRecordsException.Dependant("project.delete.dependants.pairs", 1))));
        assertThat(jdbc.queryForObject("select count(*) from project where id = ?", Integer.class, projectP)).isEqualTo(1);
        // the refusal is shown on the detail page (the flash attribute lives in the JDBC session: send its cookie)
        jakarta.servlet.http.Cookie session = sessionCookie(mvc.perform(post("/projects/" + projectP + "/delete").with(csrf())
                .with(user(coordinator))).andReturn());
        mvc.perform(get("/projects/" + projectP).cookie(session).with(user(coordinator)))
                .andExpect(content().string(containsString("id=\"dependants\"")))
                .andExpect(content().string(containsString("1 binôme de tutorat de ce projet : supprimez-les d’abord.")));

        mvc.perform(post("/projects/" + projectQ + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/projects"));
        assertThat(jdbc.queryForObject("select count(*) from project_school where project_id = ?", Integer.class, projectQ))
                .isZero();
    }

    @Test
    void memberSchoolsAreAddedAndRemovedButNotWhileInAPair() throws Exception {
        mvc.perform(post("/projects/" + projectQ + "/schools").param("schoolIds", String.valueOf(schoolA), String.valueOf(schoolC))
                        .with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/projects/" + projectQ))
                .andExpect(flash().attribute("success", "project.schools.added"));
        assertThat(jdbc.queryForObject("select count(*) from project_school where project_id = ?", Integer.class, projectQ))
                .isEqualTo(3);
        mvc.perform(post("/projects/" + projectQ + "/schools/" + schoolC + "/remove").with(csrf()).with(user(coordinator)))
                .andExpect(flash().attribute("success", "project.schools.removed"));
        data.pair(projectQ, schoolB, schoolA);
        jakarta.servlet.http.Cookie session = sessionCookie(
                mvc.perform(post("/projects/" + projectQ + "/schools/" + schoolA + "/remove").with(csrf()).with(user(coordinator)))
                        .andExpect(flash().attributeExists("dependants")).andReturn());
        mvc.perform(get("/projects/" + projectQ).cookie(session).param("lang", "en").with(user(coordinator)))
                .andExpect(content().string(containsString("This school is in 1 pair of this project: remove it from the pair first.")));
        assertThat(jdbc.queryForObject("select count(*) from project_school where project_id = ? and school_id = ?",
                Integer.class, projectQ, schoolA)).isEqualTo(1);
        mvc.perform(post("/projects/" + projectQ + "/schools/" + schoolA + "/remove").with(csrf()).with(user(referentA)))
                .andExpect(status().isForbidden());
    }

    /** The session cookie of a response (flash attributes live in the JDBC session, whatever its cookie is named). */
    private static jakarta.servlet.http.Cookie sessionCookie(org.springframework.test.web.servlet.MvcResult result) {
        jakarta.servlet.http.Cookie[] cookies = result.getResponse().getCookies();
        assertThat(cookies).isNotEmpty();
        return cookies[0];
    }
}
