package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bulk approval of the queue: the chosen trips and mobilities that pass are approved, each refused one is
 * reported with its reason, and the same form sent twice approves nothing twice.
 */
@PortalTest
class BulkApprovalTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    String run;
    QueueData queue;
    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        queue = new QueueData(data, jdbc, run);
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
    }

    @Test
    void approvesWhatPassesReportsEachRefusalAndNothingTwice() throws Exception {
        long trip = queue.trip("Voyage encadré " + run);
        long minor = queue.learner("Mineure " + run, true, trip, 3);
        long adultInTrip = queue.learner("Majeur " + run, false, trip, 3);
        long escort = queue.escort("Prof " + run, trip, 3);
        long alone = queue.learner("Seule " + run, true, null, 2);
        long adult = queue.learner("Adulte " + run, false, null, 1);

        List<?> lines = approve(List.of(alone, adult), List.of(trip));
        assertThat(lines).hasSize(5);
        assertThat(passed(lines)).isEqualTo(4);
        assertThat(lines.stream().map(String::valueOf).filter(l -> l.contains("passed=false")))
                .singleElement().asString().contains("Seule " + run, "il doit voyager dans un voyage de groupe");
        assertThat(List.of(minor, adultInTrip, escort, adult)).allSatisfy(id -> assertThat(queue.status(id)).isEqualTo("APPROVED"));
        assertThat(queue.status(alone)).isEqualTo("SUBMITTED");

        // the same form again: nothing approved twice, each chosen mobility reported as no longer waiting
        List<?> again = approve(List.of(alone, adult), List.of(trip));
        assertThat(passed(again)).isZero();
        assertThat(again.stream().map(String::valueOf).filter(l -> l.contains("N’attend plus d’approbation"))).hasSize(1);
        assertThat(List.of(minor, adultInTrip, escort, adult)).allSatisfy(id -> assertThat(queue.approvals(id)).isEqualTo(1));
    }

    @Test
    void nothingChosenApprovesNothingAndOnlyCoordinatorsMayApprove() throws Exception {
        long adult = queue.learner("Adulte " + run, false, null, 1);
        assertThat(approve(List.of(), List.of())).isEmpty();
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, queue.school));
        mvc.perform(post("/approvals/approve").with(csrf()).with(user(referent)).param("mobility", String.valueOf(adult)))
                .andExpect(status().isForbidden());
        assertThat(queue.status(adult)).isEqualTo("SUBMITTED");
    }

    private List<?> approve(List<Long> mobilities, List<Long> trips) throws Exception {
        var request = post("/approvals/approve").with(csrf()).with(user(coordinator));
        mobilities.forEach(id -> request.param("mobility", String.valueOf(id)));
        trips.forEach(id -> request.param("trip", String.valueOf(id)));
        return (List<?>) mvc.perform(request).andExpect(redirectedUrl("/approvals")).andReturn()
                .getFlashMap().get("bulk");
    }

    private static long passed(List<?> lines) {
        return lines.stream().map(String::valueOf).filter(l -> l.contains("passed=true")).count();
    }
}
