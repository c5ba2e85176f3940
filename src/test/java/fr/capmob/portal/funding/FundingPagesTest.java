package fr.capmob.portal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

/** The rate-table pages and the calculator, in both languages. */
@PortalTest
class FundingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    CurrentUser coordinator;
    CurrentUser accountant;
    CurrentUser referentA;
    CurrentUser referentB;
    long projectA;
    long fr2018;

    @BeforeEach
    void setUp() {
        long schoolA = data.school("LP Funding A " + TestData.unique());
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, null));
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Referent B", Role.SCHOOL_REFERENT, data.school("LP Funding B " + TestData.unique())));
        projectA = data.project("Funding pages " + TestData.unique(), schoolA);
        fr2018 = jdbc.sql("select id from rate_table where call_year = 2018 and national_agency = 'FR01' and version = 1")
                .query(Long.class).single();
    }

    private long tableCount() {
        return jdbc.sql("select count(*) from rate_table").query(Long.class).single();
    }

    @Test
    void accountantsReadTheTablesInBothLanguagesReferentsDoNot() throws Exception {
        mvc.perform(get("/funding/rates").with(user(accountant))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Barèmes Erasmus+")))
                .andExpect(content().string(containsString("FR01")))
                .andExpect(content().string(not(containsString("new-version"))));
        mvc.perform(get("/funding/rates").param("lang", "en").with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Erasmus+ rate tables")))
                .andExpect(content().string(containsString("/funding/rates/" + fr2018 + "/new-version")));
        mvc.perform(get("/funding/rates").with(user(referentA))).andExpect(status().isForbidden());
    }

    @Test
    void theTableShowsEachFigureWithItsSourceAndTheVerifyMarks() throws Exception {
        mvc.perform(get("/funding/rates/" + fr2018).param("lang", "en").with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("500–1999 km")))
                .andExpect(content().string(containsString("Germany (DE)")))
                .andExpect(content().string(containsString("G3 · learner")))
                .andExpect(content().string(containsString("VET learners 2014–2020, G1, days 1–14")))
                .andExpect(content().string(containsString("verify them against your grant agreement")));
    }

    @Test
    void theFiguresCarryTheirUnitAndTheSourcesAreInTheReadersLanguage() throws Exception {
        mvc.perform(get("/funding/rates/" + fr2018).with(user(accountant))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Apprenants de l’EFP 2014–2020, G1, jours 1 à 14")))
                .andExpect(content().string(containsString("Données initiales : Erasmus+ KA102 EFP, appel 2018")))
                .andExpect(content().string(containsString("70 %")))
                .andExpect(content().string(containsString("à partir du 15e jour")))
                .andExpect(content().string(containsString("60 jours")))
                .andExpect(content().string(containsString("90 jours")))
                .andExpect(content().string(not(containsString(">0.7<"))))
                .andExpect(content().string(not(containsString("VET learners 2014–2020"))));
        mvc.perform(get("/funding/rates/" + fr2018).param("lang", "en").with(user(accountant)))
                .andExpect(content().string(containsString("70%")))
                .andExpect(content().string(containsString("from day 15")))
                .andExpect(content().string(containsString("€1,500")))
                .andExpect(content().string(containsString("Seed: Erasmus+ KA102 VET, call 2018")));
    }

    @Test
    void aCoordinatorSavesANewVersionWithAReasonAndSeesWhatChanged() throws Exception {
        String location = mvc.perform(post("/funding/rates/" + fr2018 + "/new-version").with(csrf()).with(user(coordinator))
                        .param("comment", "Staff rates of our grant agreement")
                        .param("items[0].key", "DAILY_RATE:G1.STAFF").param("items[0].value", "120,50")
                        .param("items[0].source", "Grant agreement, annex IV").param("items[0].verify", "false"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/funding/rates/*"))
                .andExpect(flash().attribute("success", "funding.rates.versionCreated"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-change=\"CHANGED\" data-key=\"DAILY_RATE:G1.STAFF\"")))
                .andExpect(content().string(containsString("120,50 €")))
                .andExpect(content().string(containsString("auparavant 112 €")))
                .andExpect(content().string(containsString("Une différence avec la version précédente")))
                .andExpect(content().string(containsString("Staff rates of our grant agreement")))
                .andExpect(content().string(containsString(coordinator.email())));
        mvc.perform(get("/funding/rates/" + fr2018).with(user(coordinator)))
                .andExpect(content().string(not(containsString("data-change=\"CHANGED\""))));
    }

    @Test
    void aNewVersionNeedsAReasonAndValidFiguresElseNothingIsSaved() throws Exception {
        long before = tableCount();
        mvc.perform(post("/funding/rates/" + fr2018 + "/new-version").with(csrf()).with(user(coordinator))
                        .param("comment", " ").param("items[0].key", "TRAVEL:100").param("items[0].value", "190"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez pourquoi vous créez cette version.")));
        mvc.perform(post("/funding/rates/" + fr2018 + "/new-version").with(csrf()).with(user(coordinator)).param("lang", "en")
                        .param("comment", "typo").param("items[0].key", "TRAVEL:100").param("items[0].value", "-3")
                        .param("items[1].key", "COUNTRY_GROUP:FR").param("items[1].value", "G2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Invalid value: a positive amount")))
                .andExpect(content().string(containsString("value=\"-3\"")));
        assertThat(tableCount()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder paris14DaysInBerlin(long project) {
        return paris14DaysInBerlin(project, "2019-03-17", "0");
    }

    private MockHttpServletRequestBuilder paris14DaysInBerlin(long project, String end, String travelDays) {
        return get("/funding/calculator").param("projectId", String.valueOf(project)).param("activity", "LEARNER")
                .param("departureCityId", String.valueOf(data.cityId("Paris", "FR")))
                .param("destinationCityId", String.valueOf(data.cityId("Berlin", "DE")))
                .param("start", "2019-03-04").param("end", end).param("travelDays", travelDays)
                .param("interruptionDays", "0").param("participantNumber", "1");
    }

    @Test
    void theCalculatorShowsEveryFigureAndItsRuleInTheUsersLanguage() throws Exception {
        // 2018 table: Paris → Berlin ≈ 878 km → 275 €; DE = G3: 14 × 68 = 952 €; organisational 350 € → 1577.00 €
        mvc.perform(paris14DaysInBerlin(projectA).with(user(referentA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("tranche 500–1999 km, montant standard 275,00 €")))
                .andExpect(content().string(containsString("14 × 68,00 € (groupe G3, apprenant) = 952,00 €")))
                .andExpect(content().string(containsString("jusqu’au 100e participant : 350,00 €")))
                .andExpect(content().string(containsString("577,00 €")));
        mvc.perform(paris14DaysInBerlin(projectA).param("lang", "en").param("greenTravel", "true").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("this table has no green amount for the band, standard amount €275.00")))
                .andExpect(content().string(containsString("€1,577.00")));
    }

    @Test
    void theLiveUpdateAnswersOnlyTheBreakdown() throws Exception {
        mvc.perform(paris14DaysInBerlin(projectA).header("HX-Request", "true").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"grant-total\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void badInputIsExplainedAndAProjectOutOfScopeIsNotFound() throws Exception {
        mvc.perform(paris14DaysInBerlin(projectA, "2019-03-01", "0").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le dernier jour précède le premier.")))
                .andExpect(content().string(not(containsString("id=\"grant-total\""))));
        mvc.perform(paris14DaysInBerlin(projectA, "2019-03-17", "many").param("lang", "en").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A number of days between 0 and 30.")));
        mvc.perform(paris14DaysInBerlin(projectA).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get("/funding/calculator").with(user(referentB))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Renseignez le projet")))
                .andExpect(content().string(not(containsString("Choisissez un projet."))));
    }

    @Test
    void aCoordinatorMakesAProjectUseAVersionOfItsGenerationOnly() throws Exception {
        long fr2021 = jdbc.sql("select id from rate_table where call_year = 2021 and national_agency = 'FR01' and version = 1")
                .query(Long.class).single();
        mvc.perform(post("/funding/rates/" + fr2021 + "/projects").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectA)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("assignError", "funding.rates.assign.wrongGeneration"));
        mvc.perform(post("/funding/rates/" + fr2018 + "/projects").with(csrf()).with(user(coordinator))
                        .param("projectId", String.valueOf(projectA)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "funding.rates.assigned"));
        assertThat(jdbc.sql("select rate_table_id from project_rate_table where project_id = ?").param(projectA)
                .query(Long.class).single()).isEqualTo(fr2018);
        mvc.perform(get("/funding/rates/" + fr2018).with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Funding pages ")));
    }

    @Test
    void theDepartureIsTheSendingSchoolsCityUntilTheUserPicksAnother() throws Exception {
        long school = data.school("LP Lyon " + TestData.unique());
        int lyon = data.cityId("Lyon", "FR");
        jdbc.sql("update school set city_id = ? where id = ?").params(lyon, school).update();
        CurrentUser referent = data.principal(data.user("Referent Lyon", Role.SCHOOL_REFERENT, school));
        mvc.perform(get("/funding/calculator").with(user(referent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + lyon + "\"")))
                .andExpect(content().string(containsString("Lyon (")))
                .andExpect(content().string(not(containsString("Choisissez un projet."))));
    }
}
