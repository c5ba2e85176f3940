package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class PairingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    String run;
    long expert;
    long novice1;
    long novice2;
    long novice3;
    long outsider;
    long projectP;
    long projectQ;
    CurrentUser coordinator;
    CurrentUser referentExpert;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        expert = data.school("Lycée Expert " + run, "EXPERIENCED");
        novice1 = data.school("Lycée Novice Un " + run);
        novice2 = data.school("Lycée Novice Deux " + run);
        novice3 = data.school("Lycée Novice Trois " + run);
        outsider = data.school("Lycée Dehors " + run, "EXPERIENCED");
        projectP = data.project("Projet P " + run, expert, novice1, novice2, novice3);
        projectQ = data.project("Projet Q " + run, outsider, novice1);
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentExpert = data.principal(data.user("Ref", Role.SCHOOL_REFERENT, expert));
    }

    private long pairCount(long projectId) {
        return jdbc.queryForObject("select count(*) from tutoring_pair where project_id = ?", Long.class, projectId);
    }

    @Test
    void theFormOffersTheChosenProjectsMemberSchools() throws Exception {
        mvc.perform(get("/pairings/new").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez d’abord le projet")));
        // the form offers the project's members through type-aheads asking /schools/picker?project=…
        mvc.perform(get("/pairings/new").param("projectId", String.valueOf(projectP)).with(user(coordinator)))
                .andExpect(content().string(containsString("/schools/picker?project=" + projectP)))
                .andExpect(content().string(not(containsString("Lycée Novice Trois " + run))));
        mvc.perform(get("/schools/picker").param("project", String.valueOf(projectP)).param("q", run).with(user(coordinator)))
                .andExpect(content().string(containsString("Lycée Novice Trois " + run)))
                .andExpect(content().string(not(containsString("Lycée Dehors " + run))));
        mvc.perform(get("/pairings/new").param("projectId", String.valueOf(projectP)).header("HX-Request", "true")
                        .with(user(coordinator)))
                .andExpect(content().string(containsString("id=\"pairForm\"")))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void aCoordinatorCreatesATrio() throws Exception {
        mvc.perform(post("/pairings").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectP)).param("tutorSchoolId", String.valueOf(expert))
                        .param("firstTutoredSchoolId", String.valueOf(novice1))
                        .param("secondTutoredSchoolId", String.valueOf(novice2)))
                .andExpect(redirectedUrlPattern("/pairings/*"));
        assertThat(pairCount(projectP)).isEqualTo(1);
    }

    @Test
    void aNoviceTutorIsSavedWithAWarningOnTheDetailPage() throws Exception {
        String location = mvc.perform(post("/pairings").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectP)).param("tutorSchoolId", String.valueOf(novice1))
                        .param("firstTutoredSchoolId", String.valueOf(novice2)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(coordinator)))
                .andExpect(content().string(containsString("L’établissement tuteur Lycée Novice Un " + run + " est lui-même novice.")));
        mvc.perform(get(location).param("lang", "en").with(user(coordinator)))
                .andExpect(content().string(containsString("The tutor school Lycée Novice Un " + run + " is itself a novice.")));
    }

    @Test
    void theRulesRefuseWithClearMessages() throws Exception {
        data.pair(projectP, expert, novice1);
        mvc.perform(post("/pairings").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectP)).param("tutorSchoolId", String.valueOf(novice2))
                        .param("firstTutoredSchoolId", String.valueOf(novice1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’établissement Lycée Novice Un " + run
                        + " fait déjà partie, dans ce projet, du binôme tutoré par Lycée Expert " + run + ".")));
        mvc.perform(post("/pairings").with(csrf()).with(user(coordinator)).param("lang", "en")
                        .param("projectId", String.valueOf(projectP)).param("tutorSchoolId", String.valueOf(outsider))
                        .param("firstTutoredSchoolId", String.valueOf(novice2)))
                .andExpect(content().string(containsString("The school Lycée Dehors " + run + " is not a member of this project.")));
        mvc.perform(post("/pairings").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectP)).param("tutorSchoolId", String.valueOf(novice2))
                        .param("firstTutoredSchoolId", String.valueOf(novice2)))
                .andExpect(content().string(containsString("L’établissement tuteur ne peut pas être aussi tutoré.")));
        mvc.perform(post("/pairings").with(csrf()).with(user(coordinator)))
                .andExpect(content().string(containsString("Choisissez le projet du binôme.")));
        mvc.perform(post("/pairings").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectP)).param("tutorSchoolId", "not-a-number")
                        .param("firstTutoredSchoolId", String.valueOf(novice2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valeur invalide.")));
        assertThat(pairCount(projectP)).isEqualTo(1);
    }

    @Test
    void aSchoolMayBeInOnePairPerProjectButInPairsOfOtherProjects() throws Exception {
        data.pair(projectP, expert, novice1);
        mvc.perform(post("/pairings").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectQ)).param("tutorSchoolId", String.valueOf(outsider))
                        .param("firstTutoredSchoolId", String.valueOf(novice1)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theListFiltersByProjectAndSchoolAndIsScoped() throws Exception {
        long pairP = data.pair(projectP, expert, novice1);
        long pairQ = data.pair(projectQ, outsider, novice1);
        mvc.perform(get("/pairings").param("project", String.valueOf(projectQ)).with(user(coordinator)))
                .andExpect(content().string(containsString("/pairings/" + pairQ)))
                .andExpect(content().string(not(containsString("/pairings/" + pairP + "\""))));
        mvc.perform(get("/pairings").param("school", String.valueOf(novice1)).with(user(coordinator)))
                .andExpect(content().string(not(containsString("Aucun binôme ne correspond"))))
                .andExpect(content().string(containsString("/pairings/" + pairQ)))
                .andExpect(content().string(containsString("/pairings/" + pairP)));
        mvc.perform(get("/pairings").param("school", String.valueOf(novice1)).with(user(referentExpert)))
                .andExpect(content().string(containsString("/pairings/" + pairP)))
                .andExpect(content().string(not(containsString("/pairings/" + pairQ + "\""))));
        mvc.perform(get("/pairings/" + pairQ).with(user(referentExpert))).andExpect(status().isNotFound());
        mvc.perform(get("/pairings/" + pairP).with(user(referentExpert))).andExpect(status().isOk());
        mvc.perform(get("/pairings").param("project", "-1").header("HX-Request", "true").with(user(coordinator)))
                .andExpect(content().string(containsString("Aucun binôme ne correspond")))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void anEditSavesAndAStaleEditShowsTheConflict() throws Exception {
        long pair = data.pair(projectP, expert, novice1);
        mvc.perform(post("/pairings/" + pair).with(csrf()).with(user(coordinator)).param("version", "0")
                        .param("tutorSchoolId", String.valueOf(expert)).param("firstTutoredSchoolId", String.valueOf(novice2)))
                .andExpect(redirectedUrl("/pairings/" + pair));
        mvc.perform(post("/pairings/" + pair).with(csrf()).with(user(coordinator)).param("version", "0")
                        .param("tutorSchoolId", String.valueOf(expert)).param("firstTutoredSchoolId", String.valueOf(novice3)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("Lycée Novice Deux " + run)))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.queryForObject("select school_id from tutoring_pair_member where pair_id = ? and role = 'TUTORED'",
                Long.class, pair)).isEqualTo(novice2);
    }

    @Test
    void aCoordinatorDeletesAPair() throws Exception {
        long pair = data.pair(projectP, expert, novice1);
        mvc.perform(post("/pairings/" + pair + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/pairings"));
        assertThat(pairCount(projectP)).isZero();
        mvc.perform(post("/pairings/" + pair + "/delete").with(csrf()).with(user(referentExpert)))
                .andExpect(status().isForbidden());
    }
}
