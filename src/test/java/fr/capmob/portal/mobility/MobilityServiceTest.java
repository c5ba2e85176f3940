package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.NotFoundException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class MobilityServiceTest {

    static final LocalDate START = LocalDate.of(2019, 3, 4);

    @Autowired MobilityService service;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long schoolA;
    long schoolB;
    long project;
    long host;
    long adult;
    long minor;
    long teacher;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser accountant;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        schoolA = data.school("Mob A " + run);
        schoolB = data.school("Mob B " + run);
        project = data.project("Mob project " + run, schoolA, schoolB);
        host = data.host("Mob host " + run, schoolA);
        adult = data.student(schoolA, "Adulte " + run, "Inès", LocalDate.of(2000, 1, 1));
        minor = data.student(schoolA, "Mineur " + run, "Tom", LocalDate.of(2002, 6, 1));
        teacher = data.staff(schoolA, "Prof " + run, "Anne");
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        accountant = data.principal(data.user("Compta", Role.ACCOUNTANT, schoolA));
    }

    MobilityCommand learner(long studentId, LocalDate start, LocalDate end) {
        return new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(studentId),
                new Placement(host, null, Transport.TRAIN),
                new StayPeriod(start, end, 1, 1, 0),
                new LearningAgreement("Service en salle", null, "M. Weber"), null, GrantInputs.NONE);
    }

    String messageOf(Runnable action) {
        try {
            action.run();
        } catch (MobilityRuleException e) {
            return e.messageKey();
        }
        return null;
    }

    @Test
    void createdAsDraftWithAReferenceFromTheProjectCounterAndTheHostsCity() {
        long first = service.create(learner(adult, START.plusDays(1), START.plusDays(14)), referentA);
        long second = service.create(learner(minor, START.plusDays(1), START.plusDays(14)), referentA);
        MobilityDetails details = service.get(first, referentA);
        String number = jdbc.queryForObject("select number from project where id = ?", String.class, project);
        String six = number.substring(number.length() - 6);
        assertThat(details.reference()).isEqualTo(six + "-MOB-00001");
        assertThat(service.get(second, referentA).reference()).isEqualTo(six + "-MOB-00002");
        assertThat(details.status()).isEqualTo(MobilityStatus.DRAFT);
        assertThat(details.destination().cityName()).isEqualTo("Berlin");
        assertThat(details.sendingSchoolId()).isEqualTo(schoolA);
        assertThat(details.countedDays()).isEqualTo(14);
        assertThat(details.greenTravel()).isTrue();
        assertThat(service.history(first, referentA)).singleElement()
                .satisfies(t -> assertThat(t.to()).isEqualTo(MobilityStatus.DRAFT));
    }

    @Test
    void thirteenDaysAbroadRefusedFourteenAccepted() {
        assertThat(messageOf(() -> service.create(learner(adult, START.plusDays(1), START.plusDays(13)), referentA)))
                .isEqualTo("mobility.duration.outside");
        // the dates are the activity's: 14 days, the travel days outside them
        service.create(learner(adult, START.plusDays(1), START.plusDays(14)), referentA);
    }

    @Test
    void datesOutsideTheProjectRefused() {
        assertThat(messageOf(() -> service.create(learner(adult, LocalDate.of(2018, 8, 20), LocalDate.of(2018, 9, 10)), referentA)))
                .isEqualTo("mobility.dates.outsideProject");
        assertThat(messageOf(() -> service.create(learner(adult, LocalDate.of(2021, 2, 20), LocalDate.of(2021, 3, 10)), referentA)))
                .isEqualTo("mobility.dates.outsideProject");
    }

    @Test
    void overlapRefusedWithTheOtherMobilityNamedButNotOnceCancelled() {
        long first = service.create(learner(adult, START, START.plusDays(15)), referentA);
        assertThatThrownBy(() -> service.create(learner(adult, START.plusDays(15), START.plusDays(30)), referentA))
                .isInstanceOfSatisfying(MobilityRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("mobility.overlap");
                    assertThat(e.args()[0]).isEqualTo(service.get(first, referentA).reference());
                });
        service.transition(first, MobilityStatus.CANCELLED, "Grève", false, referentA);
        service.create(learner(adult, START.plusDays(15), START.plusDays(30)), referentA);
    }

    @Test
    void learnerActivityNeedsAStudentStaffActivityAStaffMember() {
        var staffAsLearner = new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.staff(teacher),
                new Placement(host, null, null), new StayPeriod(START, START.plusDays(20), 0, 0, 0));
        assertThat(messageOf(() -> service.create(staffAsLearner, referentA))).isEqualTo("mobility.participant.studentRequired");
        var studentAsStaff = new MobilityCommand(project, ActivityType.SM_JOB_SHDW, MobilityParticipant.student(adult),
                new Placement(host, null, null), new StayPeriod(START, START.plusDays(5), 0, 0, 0));
        assertThat(messageOf(() -> service.create(studentAsStaff, referentA))).isEqualTo("mobility.participant.staffRequired");
    }

    @Test
    void referentCannotCreateForAnotherSchoolNorSeeIt() {
        assertThat(messageOf(() -> service.create(learner(adult, START, START.plusDays(15)), referentB)))
                .isEqualTo("mobility.participant.otherSchool");
        long id = service.create(learner(adult, START, START.plusDays(15)), referentA);
        assertThatThrownBy(() -> service.get(id, referentB)).isInstanceOf(NotFoundException.class);
        assertThat(service.get(id, accountant).id()).isEqualTo(MobilityId.of(id));
        assertThatThrownBy(() -> service.create(learner(minor, START, START.plusDays(15)), accountant))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void lifecycleRecordsEveryTransition() {
        long id = service.create(learner(adult, START, START.plusDays(15)), referentA);
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referentA);
        service.transition(id, MobilityStatus.DRAFT, "Ajoutez le tuteur", false, coordinator);
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referentA);
        service.transition(id, MobilityStatus.APPROVED, null, false, coordinator);
        service.transition(id, MobilityStatus.CONFIRMED, null, false, coordinator);
        service.transition(id, MobilityStatus.IN_PROGRESS, null, false, referentA);
        service.transition(id, MobilityStatus.COMPLETED, null, false, referentA);
        service.transition(id, MobilityStatus.REPORTED, null, false, referentA);
        var history = service.history(id, coordinator);
        assertThat(history).extracting(TransitionRecord::to).containsExactly(MobilityStatus.DRAFT,
                MobilityStatus.SUBMITTED, MobilityStatus.DRAFT, MobilityStatus.SUBMITTED, MobilityStatus.APPROVED,
                MobilityStatus.CONFIRMED, MobilityStatus.IN_PROGRESS, MobilityStatus.COMPLETED, MobilityStatus.REPORTED);
        assertThat(history.get(2).comment()).isEqualTo("Ajoutez le tuteur");
        // histories name people (the e-mail only for a deleted account)
        assertThat(history.get(2).changedBy()).isEqualTo(coordinator.displayName());
    }

    @Test
    void illegalTransitionsRefusedWithAMessage() {
        long id = service.create(learner(adult, START, START.plusDays(15)), referentA);
        assertThat(messageOf(() -> service.transition(id, MobilityStatus.APPROVED, null, false, coordinator)))
                .isEqualTo("mobility.transition.impossible");
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referentA);
        assertThat(messageOf(() -> service.transition(id, MobilityStatus.APPROVED, null, false, referentA)))
                .isEqualTo("mobility.transition.notYours");
        assertThat(messageOf(() -> service.transition(id, MobilityStatus.DRAFT, " ", false, coordinator)))
                .isEqualTo("mobility.transition.commentRequired");
        assertThatThrownBy(() -> service.transition(id, MobilityStatus.APPROVED, null, false, referentB))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.transition(id, MobilityStatus.APPROVED, null, false, accountant))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(id, coordinator).status()).isEqualTo(MobilityStatus.SUBMITTED);
    }

    @Test
    void cancellationKeepsReasonAndForceMajeure() {
        long id = service.create(learner(adult, START, START.plusDays(15)), referentA);
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referentA);
        service.transition(id, MobilityStatus.APPROVED, null, false, coordinator);
        assertThat(messageOf(() -> service.transition(id, MobilityStatus.CANCELLED, "Covid", true, referentA)))
                .isEqualTo("mobility.transition.notYours");
        service.transition(id, MobilityStatus.CANCELLED, "Crise sanitaire", true, coordinator);
        MobilityDetails details = service.get(id, coordinator);
        assertThat(details.status()).isEqualTo(MobilityStatus.CANCELLED);
        assertThat(details.standing().cancellationReason()).isEqualTo("Crise sanitaire");
        assertThat(details.standing().forceMajeure()).isTrue();
    }

    @Test
    void minorOnDepartureNeedsATripWithAnEscortBeforeApproval() {
        long id = service.create(learner(minor, START, START.plusDays(15)), referentA);
        assertThat(service.get(id, referentA).participant().minorOnStart()).isTrue();
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referentA);
        // the parental consent and exit authorisation are checked before confirmation (MinorsAndTripsTest), not here
        assertThat(messageOf(() -> service.transition(id, MobilityStatus.APPROVED, null, false, coordinator)))
                .isEqualTo("mobility.transition.minorWithoutEscort");
    }

    @Test
    void anAccompanyingPersonOnlyWithinATrip() {
        var escort = new MobilityCommand(project, ActivityType.ACCOMPANYING, MobilityParticipant.staff(teacher),
                new Placement(host, null, null), new StayPeriod(START, START.plusDays(5), 0, 0, 0));
        assertThat(messageOf(() -> service.create(escort, referentA))).isEqualTo("mobility.accompanying.tripOnly");
    }

    @Test
    void editingInDraftByTheReferentUntilConfirmedByTheCoordinator() {
        long id = service.create(learner(adult, START, START.plusDays(15)), referentA);
        var changed = learner(adult, START, START.plusDays(20));
        service.update(id, service.versionOf(id, referentA), changed, referentA);
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referentA);
        assertThat(service.mayEdit(id, referentA)).isFalse();
        assertThat(messageOf(() -> service.update(id, service.versionOf(id, referentA), changed, referentA)))
                .isEqualTo("mobility.edit.notInThisStatus");
        service.update(id, service.versionOf(id, coordinator), learner(adult, START, START.plusDays(25)), coordinator);
        assertThat(service.get(id, coordinator).period().endDate()).isEqualTo(START.plusDays(25));
        assertThatThrownBy(() -> service.update(id, 0, changed, coordinator))
                .isInstanceOf(fr.capmob.portal.shared.ConcurrentEditException.class);
    }
}
