package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A minor's mobility and group trips. Worked example: Léa, born 1 June 2002, leaves for Berlin on 5 March 2019 (aged
 * 16: a minor); trips of her school to Berlin run 3–20 March 2019. She cannot join a trip without an accompanying
 * person; she joins one that has one, keeping her mentor and learning outcomes; a trip of another project and school
 * is refused with every reason at once. Her parental consent (the student's by default, else this mobility's, dated
 * before 5 March) and her exit authorisation are checked before confirmation, no longer before approval.
 */
@PortalTest
class MinorsAndTripsTest {

    static final LocalDate START = LocalDate.of(2019, 3, 5);

    @Autowired MobilityService service;
    @Autowired TripMembership membership;
    @Autowired MinorConsents consents;
    @Autowired MobilityPage pages;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @PersistenceContext EntityManager entityManager;

    long school;
    long project;
    long host;
    long tripWithEscort;
    long tripWithoutEscort;
    long foreignTrip;
    long mobility;
    CurrentUser coordinator;
    CurrentUser referent;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        school = data.school("Minor school " + run);
        long other = data.school("Other school " + run);
        project = data.project("Minor project " + run, school);
        long otherProject = data.project("Other project " + run, other);
        host = data.host("Minor host " + run, school);
        tripWithEscort = data.trip(project, school, host);
        tripWithoutEscort = data.trip(project, school, host);
        foreignTrip = data.trip(otherProject, other, data.host("Other host " + run, other));
        long escort = data.mobility(project, null, data.staff(school, "Escort " + run, "Anne"), school, host,
                START, START.plusDays(14));
        jdbc.update("update mobility set activity_type = 'ACCOMPANYING', trip_id = ? where id = ?", tripWithEscort, escort);
        long lea = data.student(school, "Mineure " + run, "Léa", LocalDate.of(2002, 6, 1));
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referent = data.principal(data.user("Ref", Role.SCHOOL_REFERENT, school));
        mobility = service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(lea),
                new Placement(host, null, Transport.TRAIN), new StayPeriod(START, START.plusDays(14), 0, 0, 0),
                new LearningAgreement("Accueil client", "Réception", "M. Weber"), null, GrantInputs.NONE), referent);
    }

    /** A change written with SQL, seen by the next read (the test's one transaction keeps the entities). */
    private void sql(String statement, Object... args) {
        entityManager.flush();
        jdbc.update(statement, args);
        entityManager.clear();
    }

    private long version() {
        return service.versionOf(mobility, coordinator);
    }

    @Test
    void aMinorJoinsOnlyATripWithAnEscortAndKeepsHerData() {
        assertThat(membership.offers(mobility, referent)).extracting(TripOffer::id)
                .contains(tripWithEscort, tripWithoutEscort).doesNotContain(foreignTrip);
        assertThatThrownBy(() -> membership.join(mobility, version(), tripWithoutEscort, referent))
                .isInstanceOfSatisfying(MobilityProblems.class, p -> assertThat(p.problems())
                        .extracting(MobilityRuleException::messageKey).containsExactly("trip.membership.noEscort"));

        membership.join(mobility, version(), tripWithEscort, referent);
        MobilityDetails joined = service.get(mobility, referent);
        assertThat(joined.tripId()).isNotNull();
        assertThat(joined.learningAgreement().mentor()).isEqualTo("M. Weber");
        assertThat(joined.learningAgreement().learningOutcomes()).isEqualTo("Accueil client");
        assertThat(membership.offers(mobility, referent)).extracting(TripOffer::id).doesNotContain(tripWithEscort);

        assertThatThrownBy(() -> membership.leave(mobility, version() - 1, referent)).isInstanceOf(ConcurrentEditException.class);
        membership.leave(mobility, version(), coordinator);
        assertThat(service.get(mobility, referent).tripId()).isNull();
    }

    @Test
    void everyRefusalIsReportedAtOnce() {
        CurrentUser foreignCoordinator = coordinator;
        assertThatThrownBy(() -> membership.join(mobility, version(), foreignTrip, foreignCoordinator))
                .isInstanceOfSatisfying(MobilityProblems.class, p -> assertThat(p.problems())
                        .extracting(MobilityRuleException::messageKey)
                        .contains("trip.membership.otherProject", "trip.membership.schoolNotInTrip",
                                "trip.membership.hostNotInTrip", "trip.membership.noEscort"));
        sql("update mobility set end_date = date '2019-03-25' where id = ?", mobility);
        assertThatThrownBy(() -> membership.join(mobility, version(), tripWithEscort, referent))
                .isInstanceOfSatisfying(MobilityProblems.class, p -> assertThat(p.problems())
                        .extracting(MobilityRuleException::messageKey).containsExactly("trip.membership.datesOutside"));
    }

    @Test
    void onlyTheCoordinatorAndTheSchoolsReferentChangeTheTrip() {
        long other = data.school("Elsewhere " + TestData.unique());
        CurrentUser otherReferent = data.principal(data.user("Other", Role.SCHOOL_REFERENT, other));
        CurrentUser accountant = data.principal(data.user("Acc", Role.ACCOUNTANT, school));
        assertThatThrownBy(() -> membership.join(mobility, version(), tripWithEscort, otherReferent))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> membership.join(mobility, version(), tripWithEscort, accountant))
                .isInstanceOf(AccessDeniedException.class);
        sql("update mobility set status = 'APPROVED' where id = ?", mobility);
        assertThat(membership.mayChange(mobility, coordinator)).isFalse();
        assertThatThrownBy(() -> membership.join(mobility, version(), tripWithEscort, coordinator))
                .isInstanceOfSatisfying(MobilityProblems.class, p -> assertThat(p.problems())
                        .extracting(MobilityRuleException::messageKey).containsExactly("trip.membership.status"));
    }

    @Test
    void theMobilityPageReadsItsTripAndPapersSectionsForWhoMayChangeThem() {
        CurrentUser accountant = data.principal(data.user("Acc", Role.ACCOUNTANT, school));
        MobilityPage.TripSection forReferent = pages.of(mobility, referent).trip();
        assertThat(forReferent.mayChange()).isTrue();
        assertThat(forReferent.offers()).extracting(TripOffer::id)
                .contains(tripWithEscort, tripWithoutEscort).doesNotContain(foreignTrip);
        assertThat(forReferent.papers().minor()).isTrue();
        assertThat(forReferent.mayRecordPapers()).isTrue();
        MobilityPage.TripSection forAccountant = pages.of(mobility, accountant).trip();
        assertThat(forAccountant.mayChange()).isFalse();
        assertThat(forAccountant.offers()).isEmpty();
        assertThat(forAccountant.papers().minor()).isTrue();
        assertThat(forAccountant.mayRecordPapers()).isFalse();
        sql("update mobility set status = 'APPROVED' where id = ?", mobility);
        assertThat(pages.of(mobility, coordinator).trip().mayChange()).isFalse();
        assertThat(pages.of(mobility, coordinator).trip().offers()).isEmpty();
        assertThat(pages.of(mobility, coordinator).trip().mayRecordPapers()).isTrue();
    }

    @Test
    void consentAndExitAuthorisationAreCheckedBeforeConfirmationNotApproval() {
        membership.join(mobility, version(), tripWithEscort, referent);
        service.transition(mobility, MobilityStatus.SUBMITTED, null, false, referent);
        service.transition(mobility, MobilityStatus.APPROVED, null, false, coordinator); // no consent yet: approved
        assertThatThrownBy(() -> service.transition(mobility, MobilityStatus.CONFIRMED, null, false, coordinator))
                .isInstanceOfSatisfying(MobilityProblems.class, p -> assertThat(p.problems())
                        .extracting(MobilityRuleException::messageKey)
                        .containsExactly("mobility.transition.consentMissing", "mobility.transition.exitAuthorisationMissing"));

        // the student's consent is the default; dated on the departure day it does not precede it
        jdbc.update("update student s set parental_consent_date = date '2019-03-05' from mobility m"
                + " where m.id = ? and s.id = m.student_id", mobility);
        assertThat(consents.get(mobility, referent).parentalConsentDate()).isEqualTo(START);
        assertThatThrownBy(() -> consents.save(mobility, 0, START, START.plusDays(1), referent))
                .isInstanceOfSatisfying(MobilityProblems.class, p -> assertThat(p.problems())
                        .extracting(MobilityRuleException::field).containsExactly("parentalConsentDate", "exitAuthorisationDate"));
        consents.save(mobility, 0, START.minusDays(20), START.minusDays(10), referent);
        MinorConsent papers = consents.get(mobility, coordinator);
        assertThat(papers.mobilityConsentDate()).isEqualTo(START.minusDays(20));
        assertThat(papers.missing()).isFalse();
        assertThat(papers.version()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mobility_minor_consent_aud where mobility_id = ?",
                Long.class, mobility)).isEqualTo(1);
        assertThatThrownBy(() -> consents.save(mobility, 0, null, null, referent)).isInstanceOf(ConcurrentEditException.class);

        service.transition(mobility, MobilityStatus.CONFIRMED, null, false, coordinator);
        assertThat(service.get(mobility, coordinator).status()).isEqualTo(MobilityStatus.CONFIRMED);
    }
}
