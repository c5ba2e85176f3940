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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The trip's edit page and the project's minors-per-escort setting, in French and English. */
@PortalTest
class TripEditPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired TripService trips;

    long schoolA;
    long schoolB;
    long schoolC;
    long project;
    long host;
    long otherHost;
    long trip;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser referentC;
    CurrentUser accountant;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Edit A " + run);
        schoolB = data.school("LP Edit B " + run);
        schoolC = data.school("LP Edit C " + run);
        project = data.project("Edit project " + run, schoolA, schoolB, schoolC);
        data.pair(project, schoolA, schoolC);
        host = data.host("Edit host " + run, schoolA);
        otherHost = data.host("Other host " + run, schoolA);
        trip = data.trip(project, schoolA, host);
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        referentC = data.principal(data.user("Ref C", Role.SCHOOL_REFERENT, schoolC));
        accountant = data.principal(data.user("Compta", Role.ACCOUNTANT, null));
    }

    long version() {
        return jdbc.queryForObject("select version from trip where id = ?", Long.class, trip);
    }

    /** The edit form posted with its usual values, {@code overrides} (name, values, name, values…) replacing some. */
    MockHttpServletRequestBuilder save(long version, Object... overrides) {
        Map<String, String[]> values = new java.util.LinkedHashMap<>();
        values.put("version", new String[] {String.valueOf(version)});
        values.put("name", new String[] {"Berlin automne " + run});
        values.put("schoolIds", new String[] {String.valueOf(schoolA)});
        values.put("hostIds", new String[] {String.valueOf(host), String.valueOf(otherHost)});
        values.put("destinationCityId", new String[] {String.valueOf(data.cityId("Berlin", "DE"))});
        values.put("startDate", new String[] {"2019-03-01"});
        values.put("endDate", new String[] {"2019-03-22"});
        values.put("travelDaysBefore", new String[] {"2"});
        values.put("travelDaysAfter", new String[] {"0"});
        values.put("transport", new String[] {"TRAIN"});
        for (int i = 0; i < overrides.length; i += 2) {
            Object value = overrides[i + 1];
            values.put((String) overrides[i], value instanceof String[] many ? many : new String[] {String.valueOf(value)});
        }
        MockHttpServletRequestBuilder request = post("/trips/" + trip + "/edit").with(csrf());
        values.forEach(request::param);
        return request;
    }

    long participant() {
        long student = data.student(schoolA, "Eleve " + run, "Anne", LocalDate.of(2000, 1, 1));
        List<BulkResult> added = trips.addParticipants(trip, List.of(student), List.of(), null, null, referentA);
        assertThat(added).allMatch(BulkResult::passed);
        return jdbc.queryForObject("select id from mobility where trip_id = ?", Long.class, trip);
    }

    @Test
    void theTripPageLinksToTheEditFormForItsManagersOnly() throws Exception {
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(containsString("id=\"edit-trip\"")));
        mvc.perform(get("/trips/" + trip).with(user(coordinator)))
                .andExpect(content().string(allOf(containsString("id=\"edit-trip\""), containsString("id=\"edit-ratio\""))));
        // the pair partner and the accountant read the trip, without the link
        mvc.perform(get("/trips/" + trip).with(user(referentC)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(not(containsString("id=\"edit-trip\"")),
                        not(containsString("id=\"edit-ratio\"")))));
        mvc.perform(get("/trips/" + trip).with(user(accountant)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"edit-trip\""))));
    }

    @Test
    void theReferentEditsTheTripInFrenchAndEnglish() throws Exception {
        mvc.perform(get("/trips/" + trip + "/edit").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Modifier le voyage « Trip "),
                        containsString("id=\"trip-project\""), containsString("name=\"version\" value=\"0\""),
                        containsString("value=\"2019-03-20\""), not(containsString("id=\"projectId\"")))));
        mvc.perform(get("/trips/" + trip + "/edit").param("lang", "en").with(user(referentA)))
                .andExpect(content().string(allOf(containsString("Edit the trip “Trip "), containsString("Sending schools"))));
        mvc.perform(save(0).with(user(referentA)))
                .andExpect(redirectedUrl("/trips/" + trip)).andExpect(flash().attribute("success", "trip.saved"));
        Map<String, Object> row = jdbc.queryForMap("select * from trip where id = ?", trip);
        assertThat(row).containsEntry("name", "Berlin automne " + run).containsEntry("transport", "TRAIN")
                .containsEntry("travel_days_before", 2).containsEntry("travel_days_after", 0)
                .containsEntry("version", 1L).containsEntry("project_id", project);
        assertThat(row.get("start_date").toString()).isEqualTo("2019-03-01");
        assertThat(row.get("updated_by")).isEqualTo(referentA.email());
        assertThat(jdbc.queryForList("select host_id from trip_host where trip_id = ? order by host_id", Long.class, trip))
                .containsExactlyInAnyOrder(host, otherHost);
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(containsString("01/03/2019 – 22/03/2019")));
    }

    @Test
    void invalidInputIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(save(0, "name", " ", "endDate", "2019-02-01").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Indiquez le nom du voyage."),
                        containsString("is-invalid"))));
        mvc.perform(save(0, "endDate", "2019-02-01").param("lang", "en").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endDate-error\"")));
        mvc.perform(save(0, "travelDaysBefore", "11").param("lang", "en").with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"travelDaysBefore-error\"")));
        assertThat(version()).isZero();
        assertThat(jdbc.queryForObject("select name from trip where id = ?", String.class, trip)).startsWith("Trip ");
    }

    @Test
    void aStaleVersionIsRefusedWith409AndTheInputIsKept() throws Exception {
        mvc.perform(save(0).with(user(coordinator))).andExpect(redirectedUrl("/trips/" + trip));
        mvc.perform(save(0, "name", "Trop tard " + run).with(user(referentA)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"conflict\""), containsString("Trop tard " + run),
                        containsString("name=\"version\" value=\"1\""))));
        mvc.perform(save(0, "name", "Too late " + run).param("lang", "en").with(user(referentA)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Too late " + run)));
        assertThat(jdbc.queryForObject("select name from trip where id = ?", String.class, trip)).isEqualTo("Berlin automne " + run);
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void anotherSchoolGets404AndThePairPartner403() throws Exception {
        mvc.perform(get("/trips/" + trip + "/edit").with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(save(0).with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get("/trips/" + trip + "/edit").with(user(referentC))).andExpect(status().isForbidden());
        mvc.perform(save(0).with(user(referentC))).andExpect(status().isForbidden());
        mvc.perform(save(0).with(user(accountant))).andExpect(status().isForbidden());
        assertThat(version()).isZero();
    }

    @Test
    void theTripMustStillHoldItsParticipantsMobilities() throws Exception {
        long mobility = participant();
        Map<String, Object> before = jdbc.queryForMap("select * from mobility where id = ?", mobility);
        // later start than the participant's: refused, next to the start date, with the period to cover
        mvc.perform(save(0, "startDate", "2019-03-05").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"startDate-error\""),
                        containsString("1 mobilité du voyage sortirait de ces dates (du 03/03/2019 au 20/03/2019)"))));
        mvc.perform(save(0, "endDate", "2019-03-10").param("lang", "en").with(user(referentA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"endDate-error\""),
                        containsString("1 mobility(ies) of the trip would fall outside these dates (from 03/03/2019 to 20/03/2019)"))));
        // the host of the participant cannot go, nor can the city change under them
        mvc.perform(save(0, "hostIds", otherHost).with(user(referentA)))
                .andExpect(content().string(containsString("Des participants du voyage sont accueillis par : Edit host " + run)));
        mvc.perform(save(0, "destinationCityId", data.cityId("Paris", "FR")).with(user(referentA)))
                .andExpect(content().string(containsString("1 mobilité du voyage a une autre ville de destination")));
        assertThat(version()).isZero();
        // a wider period keeps the participant inside: saved, the mobility untouched
        mvc.perform(save(0).with(user(referentA))).andExpect(redirectedUrl("/trips/" + trip));
        assertThat(jdbc.queryForMap("select * from mobility where id = ?", mobility)).isEqualTo(before);
    }

    @Test
    void aSchoolWithParticipantsStaysInTheTrip() throws Exception {
        jdbc.update("insert into trip_school (trip_id, school_id) values (?, ?)", trip, schoolC);
        long student = data.student(schoolC, "Eleve C " + run, "Luc", LocalDate.of(2000, 1, 1));
        assertThat(trips.addParticipants(trip, List.of(student), List.of(), null, null, coordinator)).allMatch(BulkResult::passed);
        mvc.perform(save(0).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Des participants du voyage viennent de : LP Edit C " + run)));
        // with school C kept, the referent of A saves (C is A's pair partner)
        mvc.perform(save(0, "schoolIds", new String[] {String.valueOf(schoolA), String.valueOf(schoolC)}).with(user(referentA)))
                .andExpect(redirectedUrl("/trips/" + trip));
        // a school outside the pair is refused for the referent
        mvc.perform(save(1, "schoolIds", new String[] {String.valueOf(schoolA), String.valueOf(schoolB), String.valueOf(schoolC)})
                        .with(user(referentA)))
                .andExpect(content().string(containsString("Un voyage ne peut réunir que votre établissement")));
    }

    @Test
    void theCoordinatorSetsTheProjectsMinorsPerEscort() throws Exception {
        String page = "/trips/settings/" + project;
        mvc.perform(get(page).param("tripId", String.valueOf(trip)).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mineurs par accompagnateur"), containsString("value=\"8\""),
                        containsString("name=\"version\" value=\"0\""))));
        mvc.perform(get(page).param("lang", "en").with(user(coordinator)))
                .andExpect(content().string(containsString("Maximum number of minors per accompanying person")));
        mvc.perform(post(page).with(csrf()).param("tripId", String.valueOf(trip)).param("version", "0")
                        .param("minorsPerEscort", "12").with(user(coordinator)))
                .andExpect(redirectedUrl("/trips/" + trip)).andExpect(flash().attribute("success", "trip.ratio.saved"));
        assertThat(trips.minorsPerEscort(project)).isEqualTo(12);
        mvc.perform(get("/trips/" + trip).with(user(referentA)))
                .andExpect(content().string(containsString("au plus 12 mineurs par accompagnateur")));
        // out of range: the message next to the field, nothing saved
        for (String bad : List.of("0", "101", "", "abc")) {
            mvc.perform(post(page).with(csrf()).param("version", "1").param("minorsPerEscort", bad).with(user(coordinator)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"minorsPerEscort-error\""))));
        }
        mvc.perform(post(page).with(csrf()).param("version", "1").param("minorsPerEscort", "0").param("lang", "en")
                        .with(user(coordinator)))
                .andExpect(content().string(containsString("Enter a whole number from 1 to 100.")));
        mvc.perform(post(page).with(csrf()).param("version", "1").param("minorsPerEscort", "101").with(user(coordinator)))
                .andExpect(content().string(containsString("Indiquez un nombre entier de 1 à 100.")));
        // stale: 409, the value kept
        mvc.perform(post(page).with(csrf()).param("version", "0").param("minorsPerEscort", "5").with(user(coordinator)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"conflict\""), containsString("value=\"5\""))));
        assertThat(trips.minorsPerEscort(project)).isEqualTo(12);
        // referents: forbidden; an unknown project: 404
        mvc.perform(post(page).with(csrf()).param("version", "1").param("minorsPerEscort", "3").with(user(referentA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trips/settings/999999999").with(user(coordinator))).andExpect(status().isNotFound());
        assertThat(trips.minorsPerEscort(project)).isEqualTo(12);
    }
}
