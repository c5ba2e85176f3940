package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Editing a trip (its mobilities stay as they are) and the project's minors per accompanying person. */
@PortalTest
class TripServiceTest {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired TripService trips;

    long schoolA;
    long schoolB;
    long project;
    long host;
    long trip;
    int berlin;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        schoolA = data.school("LP Svc A " + run);
        schoolB = data.school("LP Svc B " + run);
        project = data.project("Svc project " + run, schoolA, schoolB);
        host = data.host("Svc host " + run, schoolA);
        trip = data.trip(project, schoolA, host);
        berlin = data.cityId("Berlin", "DE");
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
    }

    TripCommand command(LocalDate start, LocalDate end) {
        return new TripCommand(null, "Renamed", Set.of(schoolA), berlin, start, end, 1, 1, Transport.BUS, Set.of(host));
    }

    @Test
    void editableReturnsTheStoredTripAndItsVersion() {
        TripEdit edit = trips.editable(trip, referentA);
        assertThat(edit.version()).isZero();
        assertThat(edit.command().projectId()).isEqualTo(project);
        assertThat(edit.command().schoolIds()).containsExactly(schoolA);
        assertThat(edit.command().hostIds()).containsExactly(host);
        assertThat(edit.command().startDate()).isEqualTo(LocalDate.of(2019, 3, 3));
    }

    @Test
    void updateBumpsTheVersionAndKeepsTheProject() {
        trips.update(trip, 0, command(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 25)), referentA);
        TripEdit edit = trips.editable(trip, coordinator);
        assertThat(edit.version()).isEqualTo(1);
        assertThat(edit.command().name()).isEqualTo("Renamed");
        assertThat(edit.command().projectId()).isEqualTo(project);
        assertThat(edit.command().endDate()).isEqualTo(LocalDate.of(2019, 3, 25));
        assertThatThrownBy(() -> trips.update(trip, 0, command(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 25)), coordinator))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(e -> assertThat(((ConcurrentEditException) e).currentVersion()).isEqualTo(1));
    }

    @Test
    void scopeOtherSchoolNotFoundAndRulesOfCreationApply() {
        assertThatThrownBy(() -> trips.update(trip, 0, command(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 25)), referentB))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trips.editable(trip, referentB)).isInstanceOf(NotFoundException.class);
        // outside the project's period (1/9/2018 – 28/2/2021)
        assertThatThrownBy(() -> trips.update(trip, 0, command(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 10)), referentA))
                .isInstanceOf(MobilityRuleException.class)
                .satisfies(e -> assertThat(((MobilityRuleException) e).messageKey()).isEqualTo("mobility.dates.outsideProject"));
        assertThat(trips.editable(trip, referentA).version()).isZero();
    }

    @Test
    void datesMustCoverTheActiveMobilitiesCancelledOnesDoNotCount() {
        long student = data.student(schoolA, "Eleve " + TestData.unique(), "Anne", LocalDate.of(2000, 1, 1));
        assertThat(trips.addParticipants(trip, List.of(student), List.of(), null, null, referentA)).allMatch(BulkResult::passed);
        long mobility = jdbc.queryForObject("select id from mobility where trip_id = ?", Long.class, trip);
        assertThatThrownBy(() -> trips.update(trip, 0, command(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 20)), referentA))
                .isInstanceOf(MobilityRuleException.class)
                .satisfies(e -> {
                    MobilityRuleException rule = (MobilityRuleException) e;
                    assertThat(rule.field()).isEqualTo("startDate");
                    assertThat(rule.messageKey()).isEqualTo("trip.edit.datesExcludeParticipants");
                    assertThat(rule.args()).containsExactly(1L, LocalDate.of(2019, 3, 3), LocalDate.of(2019, 3, 20));
                });
        data.mobilityStatus(mobility, "CANCELLED", false);
        trips.update(trip, 0, command(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 10)), referentA);
        assertThat(jdbc.queryForObject("select start_date from mobility where id = ?", LocalDate.class, mobility))
                .isEqualTo(LocalDate.of(2019, 3, 3));
    }

    @Test
    void minorsPerEscortIsSetByTheCoordinatorWithinOneToOneHundred() {
        assertThat(trips.ratioSetting(project).minorsPerEscort()).isEqualTo(TripService.DEFAULT_MINORS_PER_ESCORT);
        assertThat(trips.ratioSetting(project).version()).isZero();
        trips.saveMinorsPerEscort(project, 0, 1, coordinator);
        assertThat(trips.minorsPerEscort(project)).isEqualTo(1);
        trips.saveMinorsPerEscort(project, 1, 100, coordinator);
        assertThat(trips.ratioSetting(project).version()).isEqualTo(2);
        for (Integer bad : new Integer[] {0, 101, null}) {
            assertThatThrownBy(() -> trips.saveMinorsPerEscort(project, 2, bad, coordinator))
                    .isInstanceOf(MobilityRuleException.class);
        }
        assertThatThrownBy(() -> trips.saveMinorsPerEscort(project, 1, 5, coordinator)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> trips.saveMinorsPerEscort(project, 2, 5, referentA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trips.ratioSetting(999_999_999L)).isInstanceOf(NotFoundException.class);
        assertThat(trips.minorsPerEscort(project)).isEqualTo(100);
    }
}
