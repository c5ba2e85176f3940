package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobility module bootstrapped with only the modules it depends on (none of those above it: no budget, no
 * documents, no dashboard, exports or demo) against the test database: its published services create, move and
 * read mobilities, trips and grants. The modules it may depend on (its package-info's allowedDependencies) are
 * named: Modulith's own choice (the modules whose beans mobility injects) leaves out what those need without a type
 * pointing at it, account's clock (a java.time.Clock from {@code web}) and consortium's implementation of account's
 * {@code SchoolDirectory}, and extra modules come without their own dependencies.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"account", "consortium", "funding", "geo", "participant", "partner", "shared", "web"})
@Import(TestData.class)
@Transactional
class MobilityModuleTest {

    static final LocalDate START = LocalDate.of(2019, 3, 4);

    private final MobilityService mobilities;
    private final MobilityGrants grants;
    private final TripService trips;
    private final MobilityQueries queries;
    private final TestData data;
    private final ApplicationContext context;

    MobilityModuleTest(MobilityService mobilities, MobilityGrants grants, TripService trips, MobilityQueries queries,
                       TestData data, ApplicationContext context) {
        this.context = context;
        this.mobilities = mobilities;
        this.grants = grants;
        this.trips = trips;
        this.queries = queries;
        this.data = data;
    }

    @Test
    void onlyMobilityAndWhatItDependsOnAreStarted() {
        assertThat(context.containsBean("mobilityService")).isTrue();
        assertThat(context.containsBean("rateTableService")).isTrue();
        assertThat(context.containsBean("budgetService")).isFalse();
        assertThat(context.containsBean("documentService")).isFalse();
        assertThat(context.containsBean("dashboardService")).isFalse();
    }

    @Test
    void aMobilityGoesFromDraftToConfirmedWithItsGrantFrozen() {
        String run = TestData.unique();
        long school = data.school("LP Module " + run);
        long project = data.project("Module " + run, school);
        long host = data.host("Gastgeber Module " + run, school);
        long student = data.student(school, "Module " + run, "Léa", LocalDate.of(2000, 1, 1));
        CurrentUser referent = data.principal(data.user("Ref", Role.SCHOOL_REFERENT, school));
        CurrentUser coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));

        long id = mobilities.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET,
                MobilityParticipant.student(student), new Placement(host, null, Transport.TRAIN),
                new StayPeriod(START.plusDays(1), START.plusDays(16), 1, 1, 0),
                new LearningAgreement("Service en salle", "Accueil des clients", "Frau Weber"), null, GrantInputs.NONE),
                referent);
        MobilityDetails details = mobilities.get(id, referent);
        assertThat(details.id()).isEqualTo(MobilityId.of(id));
        assertThat(details.destination().cityName()).isEqualTo("Berlin");
        assertThat(details.learningAgreement().complete()).isTrue();
        assertThat(details.period().countedDays()).isEqualTo(16);
        assertThat(details.standing().stage()).isEqualTo(MobilityStage.PLANNED);
        assertThat(grants.stored(id, referent)).hasValueSatisfying(grant -> assertThat(grant.frozen()).isFalse());

        mobilities.transition(id, MobilityStatus.SUBMITTED, null, false, referent);
        mobilities.transition(id, MobilityStatus.APPROVED, null, false, coordinator);
        mobilities.transition(id, MobilityStatus.CONFIRMED, null, false, coordinator);

        assertThat(mobilities.get(id, coordinator).standing().stage()).isEqualTo(MobilityStage.COMMITTED);
        assertThat(grants.stored(id, coordinator)).hasValueSatisfying(grant -> assertThat(grant.frozen()).isTrue());
        assertThat(mobilities.history(id, coordinator)).extracting(TransitionRecord::to).containsExactly(
                MobilityStatus.DRAFT, MobilityStatus.SUBMITTED, MobilityStatus.APPROVED, MobilityStatus.CONFIRMED);
        assertThat(queries.search(new MobilityFilter(project, null, null, null, null, null, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 10,
                        org.springframework.data.domain.Sort.by("m.start_date").and(org.springframework.data.domain.Sort.by("id"))),
                referent).getContent()).extracting(MobilitySummary::id).containsExactly(MobilityId.of(id));
    }

    @Test
    void aTripGivesEachParticipantTheirOwnMobility() {
        String run = TestData.unique();
        long school = data.school("LP Voyage module " + run);
        long project = data.project("Voyage module " + run, school);
        long host = data.host("Gastgeber Voyage " + run, school);
        long student = data.student(school, "Voyage " + run, "Noé", LocalDate.of(2000, 1, 1));
        long teacher = data.staff(school, "Prof " + run, "Anne");
        CurrentUser referent = data.principal(data.user("Ref", Role.SCHOOL_REFERENT, school));

        long trip = trips.create(new TripCommand(project, "Berlin " + run, java.util.Set.of(school),
                data.cityId("Berlin", "DE"), START, START.plusDays(17), 1, 1, Transport.BUS, java.util.Set.of(host)), referent);
        List<BulkResult> added = trips.addParticipants(trip, List.of(student), List.of(teacher), null, null, referent);

        assertThat(added).allMatch(BulkResult::passed).hasSize(2);
        TripDetails details = trips.get(trip, referent);
        assertThat(details.id()).isEqualTo(TripId.of(trip));
        assertThat(details.participants()).extracting(TripParticipant::activityType)
                .containsExactly(ActivityType.LM_SHORT_VET, ActivityType.ACCOMPANYING);
        assertThat(trips.bulk(trip, MobilityStatus.SUBMITTED, null, false, referent)).allMatch(BulkResult::passed);
    }
}
