package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A trip's state from its mobilities: the one status they share, "mixed" with its range, cancelled, no participant. */
@PortalTest
class TripStateTest {

    @Autowired TripQueries trips;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    int students;

    @Test
    void theRuleInMemory() {
        assertThat(TripState.of(List.of())).satisfies(s -> assertThat(s.empty()).isTrue());
        assertThat(TripState.of(List.of(MobilityStatus.APPROVED, MobilityStatus.APPROVED, MobilityStatus.CANCELLED)))
                .isEqualTo(new TripState(MobilityStatus.APPROVED, MobilityStatus.APPROVED))
                .satisfies(s -> assertThat(s.uniform()).isTrue());
        assertThat(TripState.of(List.of(MobilityStatus.CONFIRMED, MobilityStatus.SUBMITTED, MobilityStatus.DRAFT)))
                .isEqualTo(new TripState(MobilityStatus.DRAFT, MobilityStatus.CONFIRMED))
                .satisfies(s -> assertThat(s.mixed()).isTrue());
        assertThat(TripState.of(List.of(MobilityStatus.CANCELLED, MobilityStatus.CANCELLED)))
                .isEqualTo(new TripState(MobilityStatus.CANCELLED, MobilityStatus.CANCELLED));
    }

    @Test
    void theTripsListDerivesTheSameStatesInSql() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Trip state " + run);
        long project = data.project("Trip state " + run, school);
        long host = data.host("Trip state host " + run, school);
        long empty = data.trip(project, school, host);
        long mixed = data.trip(project, school, host);
        long approved = data.trip(project, school, host);
        long cancelled = data.trip(project, school, host);
        member(mixed, project, school, host, run, "DRAFT", "SUBMITTED", "APPROVED");
        member(approved, project, school, host, run, "APPROVED", "APPROVED", "CANCELLED");
        member(cancelled, project, school, host, run, "CANCELLED");
        CurrentUser coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));

        var states = trips.search(project, PageRequest.of(0, 10), coordinator).stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.id().value(), TripSummary::state));
        assertThat(states.get(empty).empty()).isTrue();
        assertThat(states.get(mixed)).isEqualTo(new TripState(MobilityStatus.DRAFT, MobilityStatus.APPROVED));
        assertThat(states.get(approved)).isEqualTo(new TripState(MobilityStatus.APPROVED, MobilityStatus.APPROVED));
        assertThat(states.get(cancelled)).isEqualTo(new TripState(MobilityStatus.CANCELLED, MobilityStatus.CANCELLED));

        String html = mvc.perform(get("/trips").param("projectId", String.valueOf(project)).with(user(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Mixte : de « Brouillon » à « Approuvée »").contains("Aucun participant")
                .contains("status-badge-APPROVED").contains("status-badge-CANCELLED");
        String detail = mvc.perform(get("/trips/" + mixed).with(user(coordinator))).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("id=\"trip-state\"").contains("status-badge-MIXED");
    }

    private void member(long trip, long project, long school, long host, String run, String... statuses) {
        for (String status : statuses) {
            long student = data.student(school, "State" + run + " " + (students++), "Eva", LocalDate.of(2001, 1, 1));
            long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4),
                    LocalDate.of(2019, 3, 19));
            jdbc.sql("update mobility set trip_id = :t where id = :m").param("t", trip).param("m", mobility).update();
            data.mobilityStatus(mobility, status, false);
        }
    }
}
