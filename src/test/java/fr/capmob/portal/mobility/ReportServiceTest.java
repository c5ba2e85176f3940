package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fr.capmob.portal.shared.AuditedRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class ReportServiceTest {

    static final ReportAnswers LEARNER_ANSWERS = new ReportAnswers(true, true, false, 4, "Le service à l’allemande",
            "Super séjour", null, null, "fr");

    @Autowired ReportService reports;
    @Autowired MobilityService mobilities;
    @Autowired TripService trips;
    @Autowired JdbcClient jdbcClient;
    @Autowired AuditedRows auditedRows;
    @Autowired ReportLinkMail linkMail;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @PersistenceContext EntityManager entityManager;

    long schoolA;
    long project;
    long host;
    long learnerMobility;
    long staffMobility;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser accountantA;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        schoolA = data.school("Rep A " + run);
        long schoolB = data.school("Rep B " + run);
        project = data.project("Rep project " + run, schoolA, schoolB);
        host = data.host("Rep host " + run, schoolA);
        long student = data.student(schoolA, "Durand " + run, "Léa", LocalDate.of(2000, 1, 1));
        long teacher = data.staff(schoolA, "Prof " + run, "Anne");
        learnerMobility = completed(data.mobility(project, student, null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22)));
        staffMobility = completed(data.mobility(project, null, teacher, schoolA, host, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 5)));
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        accountantA = data.principal(data.user("Compta A", Role.ACCOUNTANT, schoolA));
    }

    long completed(long mobilityId) {
        jdbc.update("update mobility set status = 'COMPLETED' where id = ?", mobilityId);
        entityManager.clear();
        return mobilityId;
    }

    String status(long mobilityId) {
        return jdbc.queryForObject("select status from mobility where id = ?", String.class, mobilityId);
    }

    long reports(long mobilityId) {
        return jdbc.queryForObject("select count(*) from participant_report where mobility_id = ?", Long.class, mobilityId);
    }

    @Test
    void aTokenIsUnguessableAndOnlyItsHashIsStored() {
        ReportLink link = reports.createLink(learnerMobility, referentA);
        assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(reports.createLink(staffMobility, referentA).token()).isNotEqualTo(link.token());
        List<String> stored = jdbc.queryForList("select token_hash from report_link where mobility_id = ?", String.class, learnerMobility);
        assertThat(stored).containsExactly(ReportService.hash(link.token()));
        assertThat(stored.get(0)).doesNotContain(link.token()).hasSize(64);
    }

    @Test
    void submittingStoresTheAnswersAndMovesTheMobilityToReportedByTheLink() {
        ReportLink link = reports.createLink(learnerMobility, referentA);
        assertThat(reports.invitation(link.token())).hasValueSatisfying(i -> assertThat(i.kind()).isEqualTo(ReportKind.LEARNER));
        reports.submit(link.token(), LEARNER_ANSWERS);
        entityManager.clear();
        assertThat(status(learnerMobility)).isEqualTo("REPORTED");
        List<TransitionRecord> history = mobilities.history(learnerMobility, coordinator);
        assertThat(history.get(history.size() - 1).from()).isEqualTo(MobilityStatus.COMPLETED);
        assertThat(history.get(history.size() - 1).to()).isEqualTo(MobilityStatus.REPORTED);
        assertThat(history.get(history.size() - 1).changedBy()).isEqualTo(MobilityService.PARTICIPANT_LINK);
        ReportView view = reports.report(learnerMobility, referentA).orElseThrow();
        assertThat(view.answers().satisfaction()).isEqualTo(4);
        assertThat(view.answers().wouldGoAgain()).isFalse();
        assertThat(view.answers().freeComment()).isEqualTo("Super séjour");
    }

    @Test
    void aLinkServesOnlyOnce() {
        ReportLink link = reports.createLink(learnerMobility, referentA);
        reports.submit(link.token(), LEARNER_ANSWERS);
        assertThat(reports.invitation(link.token())).isEmpty();
        assertThatThrownBy(() -> reports.submit(link.token(), LEARNER_ANSWERS)).isInstanceOf(InvalidReportLinkException.class);
        assertThat(reports(learnerMobility)).isEqualTo(1);
    }

    @Test
    void anExpiredLinkChangesNothing() {
        ReportLink link = reports.createLink(learnerMobility, referentA);
        ReportService later = new ReportService(mobilities, trips, jdbcClient,
                Clock.offset(Clock.systemUTC(), ReportService.VALIDITY.plus(Duration.ofMinutes(1))), auditedRows, linkMail);
        ReportService justBefore = new ReportService(mobilities, trips, jdbcClient,
                Clock.offset(Clock.systemUTC(), ReportService.VALIDITY.minus(Duration.ofMinutes(1))), auditedRows, linkMail);
        assertThat(justBefore.invitation(link.token())).isPresent();
        assertThat(later.invitation(link.token())).isEmpty();
        assertThatThrownBy(() -> later.submit(link.token(), LEARNER_ANSWERS)).isInstanceOf(InvalidReportLinkException.class);
        assertThat(status(learnerMobility)).isEqualTo("COMPLETED");
        assertThat(reports(learnerMobility)).isZero();
    }

    @Test
    void anUnknownOrReplacedTokenChangesNothing() {
        ReportLink first = reports.createLink(learnerMobility, referentA);
        reports.createLink(learnerMobility, referentA);
        assertThat(reports.invitation(first.token())).isEmpty();
        assertThat(reports.invitation("forged-token")).isEmpty();
        assertThatThrownBy(() -> reports.submit("forged-token", LEARNER_ANSWERS)).isInstanceOf(InvalidReportLinkException.class);
        assertThat(status(learnerMobility)).isEqualTo("COMPLETED");
    }

    @Test
    void staffGetTheShorterForm() {
        ReportLink link = reports.createLink(staffMobility, coordinator);
        assertThat(reports.invitation(link.token())).hasValueSatisfying(i -> assertThat(i.kind()).isEqualTo(ReportKind.STAFF));
        reports.submit(link.token(), new ReportAnswers(true, true, true, 5, "ignored", null, "Classe inversée", true, "en"));
        ReportView view = reports.report(staffMobility, coordinator).orElseThrow();
        assertThat(view.kind()).isEqualTo(ReportKind.STAFF);
        assertThat(view.answers().practices()).isEqualTo("Classe inversée");
        assertThat(view.answers().wouldRecommend()).isTrue();
        assertThat(view.answers().satisfaction()).isNull();
        assertThat(view.answers().learned()).isNull();
    }

    @Test
    void accompanyingPersonsAndUnfinishedMobilitiesGetNoLink() {
        long trip = data.trip(project, schoolA, host);
        jdbc.update("update mobility set trip_id = ?, activity_type = 'ACCOMPANYING' where id = ?", trip, staffMobility);
        entityManager.clear();
        assertThatThrownBy(() -> reports.createLink(staffMobility, referentA))
                .isInstanceOfSatisfying(MobilityRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.link.noReport"));
        assertThat(reports.mayCreateLink(staffMobility, referentA)).isFalse();
        jdbc.update("update mobility set status = 'IN_PROGRESS' where id = ?", learnerMobility);
        entityManager.clear();
        assertThatThrownBy(() -> reports.createLink(learnerMobility, referentA))
                .isInstanceOfSatisfying(MobilityRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.link.notCompleted"));
    }

    @Test
    void anotherSchoolCannotCreateALinkNorReadTheAnswersAndAccountantsSeeNoFreeText() {
        assertThatThrownBy(() -> reports.createLink(learnerMobility, referentB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.createLink(learnerMobility, accountantA)).isInstanceOf(AccessDeniedException.class);
        reports.submit(reports.createLink(learnerMobility, referentA).token(), LEARNER_ANSWERS);
        assertThatThrownBy(() -> reports.report(learnerMobility, referentB)).isInstanceOf(NotFoundException.class);
        ReportView accountantView = reports.report(learnerMobility, accountantA).orElseThrow();
        assertThat(accountantView.freeTextShown()).isFalse();
        assertThat(accountantView.answers().freeComment()).isNull();
        assertThat(accountantView.answers().learned()).isNull();
        assertThat(accountantView.answers().satisfaction()).isEqualTo(4);
        CurrentUser consortiumAccountant = data.principal(data.user("Compta C", Role.ACCOUNTANT, null));
        assertThat(reports.report(learnerMobility, consortiumAccountant)).isEmpty();
    }

    @Test
    void aTripGivesLinksToItsCompletedLearnersOnly() {
        long trip = data.trip(project, schoolA, host);
        long student2 = data.student(schoolA, "Autre " + TestData.unique(), "Max", LocalDate.of(2000, 2, 2));
        long teacher2 = data.staff(schoolA, "Escorte " + TestData.unique(), "Paul");
        long learner = completed(data.mobility(project, student2, null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 18)));
        long escort = completed(data.mobility(project, null, teacher2, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 18)));
        long unfinished = data.mobility(project, data.student(schoolA, "Trois " + TestData.unique(), "Zoé", LocalDate.of(2000, 3, 3)),
                null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 18));
        jdbc.update("update mobility set trip_id = ? where id in (?, ?)", trip, learner, unfinished);
        jdbc.update("update mobility set trip_id = ?, activity_type = 'ACCOMPANYING' where id = ?", trip, escort);
        entityManager.clear();
        List<ReportLink> links = reports.createLinksForTrip(trip, referentA);
        assertThat(links).extracting(ReportLink::mobilityId).containsExactly(learner);
        assertThatThrownBy(() -> reports.createLinksForTrip(trip, referentB)).isInstanceOf(NotFoundException.class);
    }
}
