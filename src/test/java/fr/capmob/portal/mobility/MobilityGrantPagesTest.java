package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The grant on the mobility pages: live breakdown of the form, frozen breakdown on the detail page, FR and EN. */
@PortalTest
@Import(StatementCounting.class)
class MobilityGrantPagesTest {

    static final LocalDate START = LocalDate.of(2019, 3, 4);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired MobilityService service;
    @Autowired MobilityGrants grants;
    @Autowired TripService trips;

    long school;
    long project;
    long host;
    long student;
    CurrentUser coordinator;
    CurrentUser referent;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        school = data.school("Grant pages " + run);
        project = data.project("Grant pages project " + run, school);
        host = data.host("Grant pages host " + run, school);
        student = data.student(school, "Page " + run, "Inès", LocalDate.of(2000, 1, 1));
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referent = data.principal(data.user("Ref", Role.SCHOOL_REFERENT, school));
    }

    MockHttpServletRequestBuilder form(String url) {
        return post(url).with(csrf()).param("projectId", String.valueOf(project)).param("activityType", "LM_SHORT_VET")
                .param("studentId", String.valueOf(student)).param("hostId", String.valueOf(host))
                .param("startDate", "2019-03-05").param("endDate", "2019-03-20")
                .param("travelDaysBefore", "1").param("travelDaysAfter", "1").param("interruptionDays", "0")
                .param("transport", "PLANE").param("version", "0");
    }

    long confirmed() {
        long id = service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, Transport.PLANE),
                new StayPeriod(START.plusDays(1), START.plusDays(16), 1, 1, 0)), referent);
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referent);
        service.transition(id, MobilityStatus.APPROVED, null, false, coordinator);
        service.transition(id, MobilityStatus.CONFIRMED, null, false, coordinator);
        return id;
    }

    @Test
    void theFormAsksForTheGrantInputsAndLoadsItsLiveBreakdown() throws Exception {
        String page = mvc.perform(get("/mobilities/new").with(user(referent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(page).contains("id=\"grant-preview\"", "hx-post=\"/mobilities/grant-preview\"", "name=\"departureCityId\"",
                "name=\"locationComment\"", "name=\"exceptionalTravelCost\"", "name=\"inclusionRealCosts\"", "name=\"zeroGrant\"",
                "Ville de départ");
    }

    @Test
    void thePreviewShowsEachLineWithItsRuleInTheUsersLanguage() throws Exception {
        String fr = mvc.perform(form("/mobilities/grant-preview").with(user(referent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(fr).contains("Voyage", "tranche 500–1999 km", "Soutien organisationnel", "1 769,00 €")
                .doesNotContain("<html");
        String en = mvc.perform(form("/mobilities/grant-preview").param("lang", "en").param("exceptionalTravelCost", "1 234,50")
                        .with(user(referent))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(en).contains("Travel", "Exceptional", "Organisational support");
        String incomplete = mvc.perform(post("/mobilities/grant-preview").with(csrf()).with(user(referent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(incomplete).contains("grant-problem", "Complétez");
        String bad = mvc.perform(form("/mobilities/grant-preview").param("exceptionalTravelCost", "douze").with(user(referent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(bad).contains("Montant en euros invalide");
    }

    @Test
    void aDifferentDepartureWithoutCommentIsRefusedNextToTheField() throws Exception {
        String page = mvc.perform(form("/mobilities").param("departureCityId", String.valueOf(data.cityId("Lyon", "FR")))
                        .param("exceptionalTravelCost", "1 234,50").with(user(referent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(page).contains("indiquez pourquoi", "is-invalid");
        assertThat(jdbc.queryForObject("select count(*) from mobility where student_id = ?", Long.class, student)).isZero();
        String en = mvc.perform(form("/mobilities").param("lang", "en").param("inclusionRealCosts", "12,3,4").with(user(referent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(en).contains("Not an amount in euros");
    }

    @Test
    void theDetailPageShowsTheFrozenBreakdownWithItsTableAndTheRecomputations() throws Exception {
        long id = confirmed();
        long table = jdbc.queryForObject("select rate_table_id from mobility_grant where mobility_id = ?", Long.class, id);
        String page = mvc.perform(get("/mobilities/" + id).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(page).contains("figée", "/funding/rates/" + table, "1 769,00 €", "recompute-form").doesNotContain("grant-differs");

        jdbc.update("update mobility set interruption_days = 3 where id = ?", id);
        page = mvc.perform(get("/mobilities/" + id).param("lang", "en").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(page).contains("frozen", "grant-differs", "1,625.00");

        String referentPage = mvc.perform(get("/mobilities/" + id).with(user(referent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(referentPage).contains("1 769,00 €").doesNotContain("recompute-form", "/funding/rates/" + table);

        long version = service.versionOf(id, coordinator);
        mvc.perform(post("/mobilities/" + id + "/grant/recompute").with(csrf()).with(user(coordinator))
                .param("version", String.valueOf(version)).param("reason", "")).andExpect(status().is3xxRedirection());
        assertThat(grants.changes(id, coordinator)).isEmpty();
        mvc.perform(post("/mobilities/" + id + "/grant/recompute").with(csrf()).with(user(coordinator))
                .param("version", String.valueOf(version)).param("reason", "Maladie : 3 jours"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select total from mobility_grant where mobility_id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("1625");
        page = mvc.perform(get("/mobilities/" + id).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(page).contains("grant-changes", "Maladie : 3 jours", "Total 1 769,00 € → 1 625,00 €");
    }

    int statementsOf(MockHttpServletRequestBuilder request) throws Exception {
        StatementCounting.counted = Thread.currentThread();
        StatementCounting.STATEMENTS.set(0);
        try {
            mvc.perform(request).andExpect(status().is2xxSuccessful());
        } finally {
            StatementCounting.counted = null;
        }
        return StatementCounting.STATEMENTS.get();
    }

    @Test
    void theDetailPageIssuesAFixedNumberOfStatementsWhateverTheRecomputations() throws Exception {
        long id = confirmed();
        grants.recompute(id, service.versionOf(id, coordinator), "premier", coordinator);
        int one = statementsOf(get("/mobilities/" + id).with(user(coordinator)));
        for (int i = 0; i < 5; i++) {
            grants.recompute(id, service.versionOf(id, coordinator), "encore " + i, coordinator);
        }
        int six = statementsOf(get("/mobilities/" + id).with(user(coordinator)));
        System.out.println("[grants] detail page statements: " + one);
        assertThat(six).isEqualTo(one);
        assertThat(one).isLessThanOrEqualTo(30);
    }

    @Test
    void aBulkConfirmOfTwentyMobilitiesFreezesEveryGrantWithABoundedNumberOfStatements() {
        long trip = data.trip(project, school, host);
        List<Long> pupils = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pupils.add(data.student(school, "Groupe " + i + " " + TestData.unique(), "Sam", LocalDate.of(2000, 1, 1)));
        }
        trips.addParticipants(trip, pupils, List.of(), ActivityType.LM_SHORT_VET, host, coordinator);
        trips.bulk(trip, MobilityStatus.SUBMITTED, null, false, coordinator);
        trips.bulk(trip, MobilityStatus.APPROVED, null, false, coordinator);
        assertThat(jdbc.queryForObject("select count(*) from mobility_grant g join mobility m on m.id = g.mobility_id"
                + " where m.trip_id = ? and not g.frozen", Long.class, trip)).isEqualTo(20);
        StatementCounting.counted = Thread.currentThread();
        StatementCounting.STATEMENTS.set(0);
        try {
            trips.bulk(trip, MobilityStatus.CONFIRMED, null, false, coordinator);
        } finally {
            StatementCounting.counted = null;
        }
        int statements = StatementCounting.STATEMENTS.get();
        System.out.println("[grants] bulk confirm of 20 mobilities: " + statements + " statements");
        assertThat(jdbc.queryForObject("select count(*) from mobility_grant g join mobility m on m.id = g.mobility_id"
                + " where m.trip_id = ? and g.frozen", Long.class, trip)).isEqualTo(20);
        assertThat(statements).isLessThanOrEqualTo(20 * 20);
    }
}
