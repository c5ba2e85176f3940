package fr.capmob.portal.consortium.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.DependentRecordsException.Dependant;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The schools pages through HTTP: list, detail, form, validation, scope, conflict, delete. */
@PortalTest
class SchoolPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    private String paris() {
        return String.valueOf(data.cityId("Paris", "FR"));
    }
    @Autowired
    JdbcTemplate jdbc;

    private String run;
    private CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
    }

    // ------------------------------------------------------------------ list

    @Test
    void listSearchesByNameIgnoringCaseAndAccents() throws Exception {
        data.school("Lycée Émile Dubois " + run, "EXPERIENCED");
        data.school("Lycée Hôtelier " + run);
        mvc.perform(get("/schools").param("q", "LYCEE EMILE DUBOIS " + run).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lycée Émile Dubois " + run),
                        not(containsString("Lycée Hôtelier " + run)))));
    }

    @Test
    void listSearchesByUaiAndCity() throws Exception {
        long id = data.school("Lycée Par UAI " + run);
        String uai = uaiOf(id);
        jdbc.update("update school set city = ? where id = ?", "Saint-Denis-" + run, id);
        mvc.perform(get("/schools").param("q", uai.toLowerCase()).with(user(coordinator)))
                .andExpect(content().string(containsString("Lycée Par UAI " + run)));
        mvc.perform(get("/schools").param("q", "saint-denis-" + run).with(user(coordinator)))
                .andExpect(content().string(containsString("Lycée Par UAI " + run)));
    }

    @Test
    void listFiltersByExperienceLevelAndField() throws Exception {
        long expert = data.school("Filtre expérimenté " + run, "EXPERIENCED");
        long novice = data.school("Filtre novice " + run);
        jdbc.update("insert into school_level (school_id, level) values (?, 'BTS')", expert);
        jdbc.update("insert into school_field (school_id, field) values (?, 'INDUSTRY')", novice);
        String q = "filtre";
        mvc.perform(get("/schools").param("q", q + " ").param("experience", "EXPERIENCED").with(user(coordinator)))
                .andExpect(content().string(allOf(containsString("Filtre expérimenté " + run),
                        not(containsString("Filtre novice " + run)))));
        mvc.perform(get("/schools").param("q", "Filtre").param("level", "BTS").with(user(coordinator)))
                .andExpect(content().string(allOf(containsString("Filtre expérimenté " + run),
                        not(containsString("Filtre novice " + run)))));
        mvc.perform(get("/schools").param("q", "Filtre").param("field", "INDUSTRY").with(user(coordinator)))
                .andExpect(content().string(allOf(containsString("Filtre novice " + run),
                        not(containsString("Filtre expérimenté " + run)))));
    }

    @Test
    void listSortsByCityDescending() throws Exception {
        long first = data.school("Tri A " + run);
        long second = data.school("Tri B " + run);
        jdbc.update("update school set city = 'Aubervilliers' where id = ?", first);
        jdbc.update("update school set city = 'Vincennes' where id = ?", second);
        String body = mvc.perform(get("/schools").param("q", run).param("sort", "city").param("dir", "desc")
                        .with(user(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body.indexOf("Tri B " + run)).isPositive().isLessThan(body.indexOf("Tri A " + run));
    }

    @Test
    void listShowsAnEmptyStateWhenNothingMatches() throws Exception {
        mvc.perform(get("/schools").param("q", "nothing-like-this-" + run).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun établissement ne correspond")));
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
        data.school("Fragment " + run);
        mvc.perform(get("/schools").param("q", "Fragment " + run).header("HX-Request", "true").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("Fragment " + run),
                        not(containsString("<html")), not(containsString("school-filters")))));
        mvc.perform(get("/schools").param("q", "Fragment " + run).with(user(coordinator)))
                .andExpect(content().string(allOf(containsString("<html"), containsString("school-filters"))));
    }

    @Test
    void referentAndSchoolAccountantListOnlyTheirOwnSchool() throws Exception {
        long a = data.school("Portée A " + run);
        data.school("Portée B " + run);
        for (Role role : List.of(Role.SCHOOL_REFERENT, Role.ACCOUNTANT)) {
            CurrentUser own = data.principal(data.user("Own " + role, role, a));
            mvc.perform(get("/schools").param("q", "Portée").with(user(own)))
                    .andExpect(content().string(allOf(containsString("Portée A " + run),
                            not(containsString("Portée B " + run)))));
        }
        CurrentUser consortiumAccountant = data.principal(data.user("Consortium", Role.ACCOUNTANT, null));
        mvc.perform(get("/schools").param("q", "Portée").with(user(consortiumAccountant)))
                .andExpect(content().string(allOf(containsString("Portée A " + run), containsString("Portée B " + run))));
    }

    // ------------------------------------------------------------------ detail

    @Test
    void detailShowsFieldsProjectsAndPairs() throws Exception {
        long a = data.school("Détail A " + run, "EXPERIENCED");
        long c = data.school("Détail C " + run);
        jdbc.update("insert into school_level (school_id, level) values (?, 'BAC_PRO')", a);
        jdbc.update("insert into school_field (school_id, field) values (?, 'HOSPITALITY_CATERING')", a);
        long project = data.project("Projet du détail " + run, a, c);
        data.pair(project, a, c);
        mvc.perform(get("/schools/" + a).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Détail A " + run), containsString("Bac Pro"),
                        containsString("Hôtellerie-restauration"), containsString("Projet du détail " + run),
                        containsString("Détail C " + run), containsString("tuteur"))));
    }

    @Test
    void referentOfAGets404OnB() throws Exception {
        long a = data.school("Référent A " + run);
        long b = data.school("Référent B " + run);
        CurrentUser referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, a));
        mvc.perform(get("/schools/" + a).with(user(referentA))).andExpect(status().isOk());
        mvc.perform(get("/schools/" + b).with(user(referentA))).andExpect(status().isNotFound());
        mvc.perform(get("/schools/" + b + "/edit").with(user(referentA))).andExpect(status().isNotFound());
        mvc.perform(post("/schools/" + b).with(csrf()).with(user(referentA))
                        .param("version", "0").param("cityId", paris()).param("address", "Volée"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select address from school where id = ?", String.class, b))
                .isNotEqualTo("Volée");
    }

    @Test
    void unknownSchoolIs404() throws Exception {
        mvc.perform(get("/schools/999999999").with(user(coordinator))).andExpect(status().isNotFound());
    }

    // ------------------------------------------------------------------ create and validation

    @Test
    void coordinatorCreatesASchoolWithANormalisedUai() throws Exception {
        String uai = data.newUai();
        MvcResult result = mvc.perform(post("/schools").with(csrf()).with(user(coordinator))
                        .param("name", "Lycée Créé " + run).param("uai", " " + uai.toLowerCase() + " ")
                        .param("cityId", paris()).param("experience", "NOVICE").param("levels", "CAP", "BTS")
                        .param("fields", "BUILDING").param("oid", "e" + randomDigits()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "school.created"))
                .andReturn();
        long id = jdbc.queryForObject("select id from school where uai = ?", Long.class, uai);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/schools/" + id);
        assertThat(jdbc.queryForList("select level from school_level where school_id = ? order by level", String.class, id))
                .containsExactly("BTS", "CAP");
        mvc.perform(get("/schools/" + id).with(user(coordinator)).cookie(result.getResponse().getCookies()))
                .andExpect(content().string(containsString("L&#39;établissement Lycée Créé " + run + " a été créé.")));
    }

    @Test
    void wrongCheckLetterNamesTheExpectedLetterInFrench() throws Exception {
        mvc.perform(validSchool("0751234?"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("schoolForm", "uai"))
                .andExpect(content().string(containsString("0751234? : la lettre clé attendue est J (0751234J).")));
    }

    @Test
    void wrongCheckLetterNamesTheExpectedLetterInEnglish() throws Exception {
        mvc.perform(validSchool("0750808x").cookie(new Cookie("CAPMOB_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0750808X: the expected check letter is W (0750808W).")));
    }

    @Test
    void otherValidationMessagesInBothLanguages() throws Exception {
        Map<String, String> french = Map.of(
                "name", "Le nom est obligatoire.",
                "uai", "L&#39;UAI compte 7 chiffres suivis d&#39;une lettre clé",
                "oid", "L&#39;OID s&#39;écrit E suivi de 8 chiffres",
                "email", "Adresse électronique invalide.",
                "experience", "Indiquez si l&#39;établissement est expérimenté ou novice.");
        Map<String, String> english = Map.of(
                "name", "The name is required.",
                "uai", "A UAI has 7 digits followed by a check letter",
                "oid", "An OID is E followed by 8 digits",
                "email", "Invalid e-mail address.",
                "experience", "Say whether the school is experienced or novice.");
        for (var language : Map.of("fr", french, "en", english).entrySet()) {
            MockHttpServletRequestBuilder request = post("/schools").with(csrf()).with(user(coordinator))
                    .cookie(new Cookie("CAPMOB_LANG", language.getKey()))
                    .param("name", " ").param("uai", "75-808").param("oid", "F123").param("email", "pas une adresse")
                    .param("cityId", paris());
            String body = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("schoolForm", "name", "uai", "oid", "email", "experience"))
                    .andReturn().getResponse().getContentAsString();
            language.getValue().values().forEach(message -> assertThat(body).contains(message));
        }
    }

    @Test
    void aTakenUaiIsRefusedWithAClearMessage() throws Exception {
        long existing = data.school("Déjà là " + run);
        mvc.perform(validSchool(uaiOf(existing)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("schoolForm", "uai", "school.uai.taken"))
                .andExpect(content().string(containsString("Un autre établissement a déjà cet UAI.")));
    }

    @Test
    void onlyCoordinatorsCreate() throws Exception {
        long a = data.school("Créateur interdit " + run);
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, a));
        mvc.perform(validSchool().with(user(referent))).andExpect(status().isForbidden());
    }

    // ------------------------------------------------------------------ edit

    @Test
    void referentEditsContactDetailsButNotTheRegistry() throws Exception {
        long a = data.school("Contact A " + run);
        String uai = uaiOf(a);
        CurrentUser referent = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, a));
        mvc.perform(get("/schools/" + a + "/edit").with(user(referent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("registry-read-only"),
                        not(containsString("name=\"uai\"")), containsString("name=\"address\""))));
        mvc.perform(post("/schools/" + a).with(csrf()).with(user(referent))
                        .param("version", "0").param("name", "Renamed by referent").param("uai", data.newUai())
                        .param("experience", "EXPERIENCED").param("levels", "BTS")
                        .param("address", "12 rue Neuve").param("postcode", "75011").param("cityId", paris())
                        .param("phone", "01 44 55 66 77").param("email", "ce.0750000@ac-paris.fr")
                        .param("headOfSchool", "Mme Proviseure"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> stored = jdbc.queryForMap("select * from school where id = ?", a);
        assertThat(stored.get("name")).isEqualTo("Contact A " + run);
        assertThat(stored.get("uai")).isEqualTo(uai);
        assertThat(stored.get("experience")).isEqualTo("NOVICE");
        assertThat(stored.get("address")).isEqualTo("12 rue Neuve");
        assertThat(stored.get("head_of_school")).isEqualTo("Mme Proviseure");
        assertThat(jdbc.queryForObject("select count(*) from school_level where school_id = ?", Integer.class, a)).isZero();
    }

    @Test
    void coordinatorEditsEverything() throws Exception {
        long a = data.school("Avant " + run);
        String newUai = data.newUai();
        mvc.perform(post("/schools/" + a).with(csrf()).with(user(coordinator))
                        .param("version", "0").param("name", "Après " + run).param("uai", newUai)
                        .param("experience", "EXPERIENCED").param("cityId", paris()))
                .andExpect(redirectedUrl("/schools/" + a));
        assertThat(jdbc.queryForMap("select name, uai, experience from school where id = ?", a))
                .containsEntry("name", "Après " + run).containsEntry("uai", newUai).containsEntry("experience", "EXPERIENCED");
    }

    @Test
    void staleSaveShowsTheConflictWithTheInputKept() throws Exception {
        long a = data.school("Conflit " + run);
        // someone else saved the school after the coordinator opened the form (on version 0)
        jdbc.update("update school set version = 1, city = 'Montreuil', city_id = (select min(id) from city where country = 'FR' and name = 'Montreuil'), updated_by = 'autre@capmob.fr' where id = ?", a);
        mvc.perform(post("/schools/" + a).with(csrf()).with(user(coordinator))
                        .param("version", "0").param("name", "Ma saisie " + run).param("uai", uaiOf(a))
                        .param("experience", "NOVICE").param("cityId", paris()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"conflict\""), containsString("autre@capmob.fr"),
                        containsString("Montreuil"), containsString("value=\"Ma saisie " + run + "\""))))
                .andExpect(model().attribute("schoolForm", org.hamcrest.Matchers.hasProperty("version",
                        org.hamcrest.Matchers.is(1L))));
        assertThat(jdbc.queryForObject("select name from school where id = ?", String.class, a)).isEqualTo("Conflit " + run);
    }

    // ------------------------------------------------------------------ delete

    @Test
    void deleteIsRefusedWithWhatDependsOnTheSchool() throws Exception {
        long a = data.school("Dépendances A " + run);
        long c = data.school("Dépendances C " + run);
        long project = data.project("Projet " + run, a, c);
        data.pair(project, a, c);
        data.user("Referent", Role.SCHOOL_REFERENT, a);
        data.user("Accountant", Role.ACCOUNTANT, a);
        MvcResult refused = mvc.perform(post("/schools/" + a + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/schools/" + a))
                .andExpect(flash().attribute("dependants", List.of(
                        new Dependant("school.delete.dependants.users", 2),
                        new Dependant("school.delete.dependants.projects", 1),
                        new Dependant("school.delete.dependants.pairs", 1))))
                .andReturn();
        assertThat(jdbc.queryForObject("select count(*) from school where id = ?", Integer.class, a)).isOne();
        // the detail page the browser is sent to says what depends on it (the flash attribute lives in the
        // JDBC session, so the session cookie is sent back)
        mvc.perform(get("/schools/" + a).with(user(coordinator)).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(allOf(containsString("id=\"dependants\""),
                        containsString("2 comptes utilisateur rattachés"), containsString("1 projet dont"),
                        containsString("1 binôme de tutorat"))));
    }

    @Test
    void aSchoolNobodyDependsOnIsDeleted() throws Exception {
        long a = data.school("Sans dépendance " + run);
        jdbc.update("insert into school_level (school_id, level) values (?, 'CAP')", a);
        MvcResult deleted = mvc.perform(post("/schools/" + a + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/schools"))
                .andExpect(flash().attribute("success", "school.deleted"))
                .andReturn();
        assertThat(jdbc.queryForObject("select count(*) from school where id = ?", Integer.class, a)).isZero();
        mvc.perform(get("/schools/" + a).with(user(coordinator))).andExpect(status().isNotFound());
        mvc.perform(get("/schools").with(user(coordinator)).cookie(deleted.getResponse().getCookies()))
                .andExpect(content().string(containsString("L&#39;établissement Sans dépendance " + run + " a été supprimé.")));
    }

    // ------------------------------------------------------------------ helpers

    private MockHttpServletRequestBuilder validSchool() {
        return validSchool(data.newUai());
    }

    private MockHttpServletRequestBuilder validSchool(String uai) {
        return post("/schools").with(csrf()).with(user(coordinator))
                .param("name", "Lycée Valide " + run).param("uai", uai)
                .param("cityId", paris()).param("experience", "NOVICE");
    }

    private String uaiOf(long schoolId) {
        return jdbc.queryForObject("select uai from school where id = ?", String.class, schoolId);
    }

    private static String randomDigits() {
        return String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
