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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class TripPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired TripService trips;

    long schoolA;
    long schoolB;
    long schoolC;
    long project;
    long host;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser referentC;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Trip A " + run);
        schoolB = data.school("LP Trip B " + run);
        schoolC = data.school("LP Trip C " + run);
        project = data.project("Trip project " + run, schoolA, schoolB, schoolC);
        data.pair(project, schoolA, schoolC);
        host = data.host("Trip host " + run, schoolA);
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        referentC = data.principal(data.user("Ref C", Role.SCHOOL_REFERENT, schoolC));
    }

    MockHttpServletRequestBuilder createTrip() {
        return post("/trips").with(csrf()).param("name", "Berlin printemps " + run)
                .param("projectId", String.valueOf(project)).param("schoolIds", String.valueOf(schoolA))
                .param("hostIds", String.valueOf(host)).param("destinationCityId", String.valueOf(data.cityId("Berlin", "DE")))
                .param("startDate", "2019-03-03").param("endDate", "2019-03-20")
                .param("travelDaysBefore", "1").param("travelDaysAfter", "1").param("transport", "BUS");
    }

    long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void referentCreatesATripAddsStudentsAndStaffSubmitsAndTheCoordinatorApprovesFromTheQueue() throws Exception {
        long trip = idOf(mvc.perform(createTrip().with(user(referentA)))
                .andExpect(flash().attribute("success", "trip.created")).andReturn().getResponse().getRedirectedUrl());
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate birth = i < 2 ? LocalDate.of(2002, 5, 1) : LocalDate.of(2000, 1, 1);
            long id = data.student(schoolA, "Eleve" + i + " " + run, "Prénom", birth);
            if (i == 0) {
                jdbc.update("update student set parental_consent_date = date '2019-01-10' where id = ?", id);
            }
            students.add(String.valueOf(id));
        }
        long staff1 = data.staff(schoolA, "Prof1 " + run, "Anne");
        long staff2 = data.staff(schoolA, "Prof2 " + run, "Paul");
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("id=\"student-" + students.get(0) + "\""),
                        containsString("id=\"staff-" + staff1 + "\""))));
        mvc.perform(post("/trips/" + trip + "/participants").with(csrf()).with(user(referentA))
                        .param("studentIds", students.toArray(String[]::new))
                        .param("staffIds", String.valueOf(staff1), String.valueOf(staff2)))
                .andExpect(redirectedUrl("/trips/" + trip));
        assertThat(jdbc.queryForObject("select count(*) from mobility where trip_id = ?", Long.class, trip)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from mobility where trip_id = ? and activity_type = 'ACCOMPANYING'",
                Long.class, trip)).isEqualTo(2);
        // the trip page: participants, ratio, the warning of the minor without consent
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(allOf(containsString("2 mineurs, 2 accompagnateurs ; au plus 8 mineurs"),
                        containsString("2 mineurs sans autorisation parentale ou de sortie du territoire enregistrée"), containsString("id=\"bulk-SUBMITTED\""),
                        not(containsString("Aucun participant pour l’instant")),
                        not(containsString("id=\"bulk-APPROVED\"")))));
        mvc.perform(post("/trips/" + trip + "/bulk").with(csrf()).with(user(referentA)).param("to", "SUBMITTED"))
                .andExpect(redirectedUrl("/trips/" + trip));
        assertThat(jdbc.queryForObject("select count(*) from mobility where trip_id = ? and status = 'SUBMITTED'",
                Long.class, trip)).isEqualTo(10);
        assertThat(QueueData.pageWith(mvc, coordinator, "Berlin printemps " + run)).contains("queue-trip");
        mvc.perform(post("/trips/" + trip + "/bulk").with(csrf()).with(user(coordinator)).param("to", "APPROVED")
                        .param("returnTo", "approvals"))
                .andExpect(redirectedUrl("/approvals"))
                .andExpect(flash().attributeExists("bulk"));
        // all 10 approved (a minor's papers are checked before confirmation, not approval)
        assertThat(jdbc.queryForObject("select count(*) from mobility where trip_id = ? and status = 'APPROVED'",
                Long.class, trip)).isEqualTo(10);
        // confirmation: the minor without consent and the one without exit authorisation are refused, with the reason
        Object bulk = mvc.perform(post("/trips/" + trip + "/bulk").with(csrf()).with(user(coordinator)).param("to", "CONFIRMED"))
                .andReturn().getFlashMap().get("bulk");
        assertThat(jdbc.queryForObject("select count(*) from mobility where trip_id = ? and status = 'CONFIRMED'",
                Long.class, trip)).isEqualTo(8);
        assertThat(bulk.toString()).contains("passed=false", "l’autorisation parentale doit être enregistrée avant la confirmation",
                "l’autorisation de sortie du territoire (AST) doit être enregistrée");
    }

    @Test
    void anotherSchoolGets404ThePairPartnerReadsWithoutActions() throws Exception {
        long trip = idOf(mvc.perform(createTrip().with(user(referentA))).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(get("/trips/" + trip).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(post("/trips/" + trip + "/bulk").with(csrf()).with(user(referentB)).param("to", "SUBMITTED"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/trips/" + trip).with(user(referentC)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Berlin printemps " + run), not(containsString("id=\"add-participants\"")))));
        mvc.perform(post("/trips/" + trip + "/bulk").with(csrf()).with(user(referentC)).param("to", "SUBMITTED"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trips").with(user(referentB))).andExpect(content().string(not(containsString("Berlin printemps " + run))));
        mvc.perform(get("/trips").with(user(referentC))).andExpect(content().string(containsString("Berlin printemps " + run)));
    }

    @Test
    void aTripJoinsOnlyTheReferentsSchoolAndItsPairPartners() throws Exception {
        mvc.perform(createTrip().param("schoolIds", String.valueOf(schoolB)).with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un voyage ne peut réunir que votre établissement et ceux de son binôme")));
        mvc.perform(createTrip().param("schoolIds", String.valueOf(schoolC)).with(user(referentA)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anEscortWithoutLearnersIsNotApproved() throws Exception {
        long trip = idOf(mvc.perform(createTrip().with(user(referentA))).andReturn().getResponse().getRedirectedUrl());
        long staff = data.staff(schoolA, "Seul " + run, "Prof");
        assertThat(trips.addParticipants(trip, List.of(), List.of(staff), null, null, referentA))
                .singleElement().satisfies(r -> assertThat(r.passed()).isTrue());
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(containsString("1 accompagnateur sans aucun apprenant")));
        assertThat(trips.bulk(trip, MobilityStatus.SUBMITTED, null, false, referentA)).allMatch(BulkResult::passed);
        assertThat(trips.bulk(trip, MobilityStatus.APPROVED, null, false, coordinator)).singleElement()
                .satisfies(r -> assertThat(r.messageKey()).isEqualTo("mobility.transition.escortWithoutLearners"));
        // a student of another school is refused, the others still pass
        long other = data.student(schoolB, "Autre " + run, "Élève", LocalDate.of(2000, 1, 1));
        long own = data.student(schoolA, "Mien " + run, "Élève", LocalDate.of(2000, 1, 1));
        var added = trips.addParticipants(trip, List.of(other, own), List.of(), null, null, coordinator);
        assertThat(added).extracting(BulkResult::passed).containsExactly(false, true);
        assertThat(added.get(0).messageKey()).isEqualTo("trip.participant.otherSchool");
    }

    @Test
    void ratioWarningUsesTheProjectSetting() throws Exception {
        jdbc.update("insert into mobility_project_setting (project_id, minors_per_escort) values (?, 1)", project);
        long trip = idOf(mvc.perform(createTrip().with(user(referentA))).andReturn().getResponse().getRedirectedUrl());
        long m1 = data.student(schoolA, "Jeune1 " + run, "A", LocalDate.of(2003, 1, 1));
        long m2 = data.student(schoolA, "Jeune2 " + run, "B", LocalDate.of(2003, 1, 1));
        long staff = data.staff(schoolA, "Prof " + run, "C");
        trips.addParticipants(trip, List.of(m1, m2), List.of(), null, null, referentA);
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(containsString("2 mineurs sans aucun accompagnateur")));
        trips.addParticipants(trip, List.of(), List.of(staff), null, null, referentA);
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(containsString("2 mineurs pour 1 accompagnateur : le projet prévoit au plus 1 mineur")));
    }
}
