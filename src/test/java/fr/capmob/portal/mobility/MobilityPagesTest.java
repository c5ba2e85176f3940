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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class MobilityPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired MobilityService service;
    @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager entityManager;

    long schoolA;
    long schoolB;
    long project;
    long host;
    long student;
    long minor;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser accountantA;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Pages A " + run);
        schoolB = data.school("LP Pages B " + run);
        project = data.project("Pages project " + run, schoolA, schoolB);
        host = data.host("Pages host " + run, schoolA);
        student = data.student(schoolA, "Martin " + run, "Inès", LocalDate.of(2000, 1, 1));
        minor = data.student(schoolA, "Petit " + run, "Tom", LocalDate.of(2003, 1, 1));
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        accountantA = data.principal(data.user("Compta A", Role.ACCOUNTANT, schoolA));
    }

    MockHttpServletRequestBuilder createRequest(long studentId, String start, String end) {
        return post("/mobilities").with(csrf()).param("projectId", String.valueOf(project))
                .param("activityType", "LM_SHORT_VET").param("studentId", String.valueOf(studentId))
                .param("hostId", String.valueOf(host)).param("startDate", start).param("endDate", end)
                .param("travelDaysBefore", "1").param("travelDaysAfter", "1").param("transport", "TRAIN")
                .param("version", "0");
    }

    long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void referentCreatesAMobilityAndSeesItsHistoryAndSubmitButton() throws Exception {
        String location = mvc.perform(createRequest(student, "2019-03-05", "2019-03-18").with(user(referentA)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/mobilities/*"))
                .andExpect(flash().attribute("success", "mobility.created"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = idOf(location);
        mvc.perform(get(location).with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("-MOB-00001"), containsString("Berlin"),
                        containsString("id=\"to-SUBMITTED\""), containsString("id=\"to-CANCELLED\""),
                        not(containsString("id=\"to-APPROVED\"")), containsString("id=\"history\""),
                        containsString("14 jours d’activité"))));
        mvc.perform(get(location).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/edit").with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(accountantA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"to-"))));
        assertThat(service.get(id, coordinator).status()).isEqualTo(MobilityStatus.DRAFT);
    }

    @Test
    void ruleRefusalsShownNextToTheFieldNothingSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from mobility", Long.class);
        mvc.perform(createRequest(student, "2019-03-05", "2019-03-16").with(user(referentA)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("An activity of 12 days (travel not included): this activity type requires 14 to 365 days"))));
        mvc.perform(createRequest(student, "2017-03-04", "2017-04-17").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("du 01/09/2018 au 28/02/2021")));
        assertThat(jdbc.queryForObject("select count(*) from mobility", Long.class)).isEqualTo(before);
    }

    @Test
    void overlapNamesTheOtherMobility() throws Exception {
        long first = idOf(mvc.perform(createRequest(student, "2019-03-04", "2019-03-19").with(user(referentA)))
                .andReturn().getResponse().getRedirectedUrl());
        String reference = service.get(first, coordinator).reference();
        mvc.perform(createRequest(student, "2019-03-10", "2019-03-30").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce participant a déjà une mobilité à ces dates : " + reference
                        + ", du 04/03/2019 au 19/03/2019.")));
    }

    @Test
    void transitionsThroughThePageAndTheQueueAndIllegalOnesRefusedWithAMessage() throws Exception {
        long id = idOf(mvc.perform(createRequest(minor, "2019-03-04", "2019-03-19").with(user(referentA)))
                .andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/mobilities/" + id + "/transitions").with(csrf()).with(user(referentA)).param("to", "APPROVED"))
                .andExpect(redirectedUrl("/mobilities/" + id))
                .andExpect(flash().attribute("refusal", "Une mobilité ne peut pas passer de l’état « Brouillon » à l’état « Approuvée »."));
        mvc.perform(post("/mobilities/" + id + "/transitions").with(csrf()).with(user(referentA)).param("to", "NONSENSE"))
                .andExpect(redirectedUrl("/mobilities/" + id)).andExpect(flash().attributeExists("refusal"));
        mvc.perform(post("/mobilities/" + id + "/transitions").with(csrf()).with(user(referentA)).param("to", "SUBMITTED"))
                .andExpect(redirectedUrl("/mobilities/" + id)).andExpect(flash().attribute("success", "mobility.transition.done"));
        assertThat(QueueData.pageWith(mvc, coordinator, "Petit " + run)).contains("queue-mobility");
        mvc.perform(get("/approvals").with(user(referentA))).andExpect(status().isForbidden());
        // a minor outside a trip with an escort: refused, with the reason, back on the queue
        mvc.perform(post("/mobilities/" + id + "/transitions").with(csrf()).with(user(coordinator))
                        .param("to", "APPROVED").param("returnTo", "approvals"))
                .andExpect(redirectedUrl("/approvals"))
                .andExpect(flash().attribute("refusal", "Participant mineur au départ : il doit voyager dans un voyage de groupe avec au moins un accompagnateur."));
        mvc.perform(post("/mobilities/" + id + "/transitions").with(csrf()).with(user(coordinator))
                        .param("to", "DRAFT").param("comment", "Autorisation parentale manquante").param("returnTo", "approvals"))
                .andExpect(redirectedUrl("/approvals"));
        mvc.perform(get("/mobilities/" + id).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Autorisation parentale manquante"),
                        containsString("id=\"edit-mobility\""))));
        mvc.perform(post("/mobilities/" + id + "/transitions").with(csrf()).with(user(accountantA)).param("to", "SUBMITTED"))
                .andExpect(status().isForbidden());
    }

    @Test
    void listFiltersInSqlAndHtmxGetsOnlyTheResults() throws Exception {
        service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, null),
                new StayPeriod(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 19), 1, 1, 0)), referentA);
        service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(minor),
                new Placement(host, null, null),
                new StayPeriod(LocalDate.of(2020, 3, 4), LocalDate.of(2020, 3, 19), 1, 1, 0)), referentA);
        mvc.perform(get("/mobilities").param("projectId", String.valueOf(project)).param("minor", "true").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Petit " + run), not(containsString("Martin " + run)),
                        not(containsString("Aucune mobilité ne correspond")))));
        mvc.perform(get("/mobilities").param("projectId", String.valueOf(project)).param("status", "REPORTED").with(user(referentA)))
                .andExpect(content().string(containsString("Aucune mobilité ne correspond")));
        mvc.perform(get("/mobilities").param("projectId", String.valueOf(project)).param("from", "2019-01-01")
                        .param("to", "2019-12-31").param("country", "DE").with(user(coordinator)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Martin " + run), not(containsString("Petit " + run)),
                        not(containsString("<nav class=\"navbar")))));
        mvc.perform(get("/mobilities").param("projectId", String.valueOf(project)).with(user(referentB)))
                .andExpect(content().string(not(containsString("Martin " + run))));
    }

    @Test
    void timelineShowsWhoIsAbroadInTheMonthWithinTheUsersScope() throws Exception {
        long id = service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, null),
                new StayPeriod(LocalDate.of(2019, 3, 25), LocalDate.of(2019, 4, 12), 1, 1, 0)), referentA);
        String reference = service.get(id, coordinator).reference();
        String march = mvc.perform(get("/timeline").param("month", "2019-03").param("projectId", String.valueOf(project))
                        .with(user(referentA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(march).contains(reference, "Berlin");
        // 25 to 31 March: 7 days abroad in March, after 24 days at home
        assertThat(march).contains("colspan=\"24\" class=\"p-0\"", "colspan=\"7\" class=\"p-0 bg-primary abroad\"",
                "À l’étranger du 25 mars au 31 mars");
        mvc.perform(get("/timeline").param("month", "2019-05").param("projectId", String.valueOf(project)).with(user(referentA)))
                .andExpect(content().string(allOf(not(containsString(reference)), containsString("Personne n’est à l’étranger"))));
        mvc.perform(get("/timeline").param("month", "2019-03").param("projectId", String.valueOf(project)).with(user(referentB)))
                .andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void aStudentOrHostWithMobilitiesIsNotDeletedTheRefusalSaysWhy() throws Exception {
        service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, null),
                new StayPeriod(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 19), 1, 1, 0)), referentA);
        mvc.perform(post("/students/" + student + "/delete").with(csrf()).with(user(referentA)))
                .andExpect(redirectedUrl("/students/" + student))
                .andExpect(flash().attribute("dependants", java.util.List.of(
                        new fr.capmob.portal.shared.DependentRecordsException.Dependant("mobility.dependants.mobilities", 1))));
        mvc.perform(post("/hosts/" + host + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/hosts/" + host))
                .andExpect(flash().attributeExists("dependants"));
        assertThat(jdbc.queryForObject("select count(*) from student where id = ?", Long.class, student)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from host_organisation where id = ?", Long.class, host)).isEqualTo(1);
    }

    @Test
    void staleEditShowsTheConflictWith409AndKeepsTheInput() throws Exception {
        long id = service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, null),
                new StayPeriod(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 19), 1, 1, 0)), referentA);
        jdbc.update("update mobility set version = version + 1, mentor = 'Frau Schmidt' where id = ?", id);
        entityManager.clear();
        mvc.perform(post("/mobilities/" + id).with(csrf()).with(user(coordinator))
                        .param("activityType", "LM_SHORT_VET").param("studentId", String.valueOf(student))
                        .param("hostId", String.valueOf(host)).param("startDate", "2019-03-04").param("endDate", "2019-03-20")
                        .param("travelDaysBefore", "1").param("travelDaysAfter", "1").param("mentor", "Herr Weber")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"conflict\""), containsString("Herr Weber"),
                        containsString("Frau Schmidt"))));
    }
}
