package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.participant.StudentService;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mobility joins a trip, moves to another or leaves it, keeping everything else it holds (participant, host,
 * dates, mentor, learning outcomes, tasks, grant inputs): the coordinator or the referent of its school, while it is a
 * draft or submitted, under the version they read ({@link TripMembershipRules}: every refusal at once). The change is
 * audited with the mobility (its trip is one of its columns) and its grant follows.
 */
@Service
public class TripMembership {

    private final MobilityAccess access;
    private final TripAccess trips;
    private final TripMembershipRules rules;
    private final TripOffers offers;
    private final MobilityRepository mobilities;
    private final StudentService students;
    private final MobilityGrants grants;
    private final MobilityService service;

    TripMembership(MobilityAccess access, TripAccess trips, TripMembershipRules rules, TripOffers offers,
                   MobilityRepository mobilities, StudentService students, MobilityGrants grants, MobilityService service) {
        this.service = service;
        this.access = access;
        this.trips = trips;
        this.rules = rules;
        this.offers = offers;
        this.mobilities = mobilities;
        this.students = students;
        this.grants = grants;
    }

    /**
     * Puts the mobility into the trip (joins it, or moves it there from its current trip).
     *
     * @throws MobilityProblems                                every rule the move breaks (nothing changed)
     * @throws fr.capmob.portal.shared.ConcurrentEditException when the mobility changed since {@code version}
     */
    @Transactional
    public void join(long mobilityId, long version, long tripId, CurrentUser user) {
        Mobility mobility = managed(mobilityId, user);
        trips.requireVisible(tripId, user);
        mobility.checkVersion(version);
        TripMembershipRules.TripFacts trip = rules.lockTrip(tripId);
        rules.checkJoin(mobility, trip, isMinor(mobility));
        mobility.belongTo(tripId);
        save(mobility, user);
    }

    /** Creates the mobility and puts it into the trip, or neither (the form's "new mobility in this trip"). */
    @Transactional
    public long createInTrip(MobilityCommand command, long tripId, CurrentUser user) {
        long id = service.create(command, user);
        join(id, access.load(id).getVersion(), tripId, user);
        return id;
    }

    /** Takes the mobility out of its trip: it becomes an individual mobility (a minor's is then warned about). */
    @Transactional
    public void leave(long mobilityId, long version, CurrentUser user) {
        Mobility mobility = managed(mobilityId, user);
        mobility.checkVersion(version);
        rules.checkLeave(mobility);
        mobility.belongTo(null);
        save(mobility, user);
    }

    /** Whether this user may change the mobility's trip now (its coordinator or school referent, draft or submitted). */
    @Transactional(readOnly = true)
    public boolean mayChange(long mobilityId, CurrentUser user) {
        return mayChange(access.visible(mobilityId, user), user);
    }

    /** Whether this user may change this mobility's trip now (its coordinator or school referent, draft or submitted). */
    static boolean mayChange(Mobility mobility, CurrentUser user) {
        return MobilityActor.of(user, mobility.getSendingSchoolId()).isPresent()
                && TripMembershipRules.movable(mobility.getStatus());
    }

    /** The trips that fit the stored mobility, its own left out (at most {@link TripOffers#LIMIT}). */
    @Transactional(readOnly = true)
    public List<TripOffer> offers(long mobilityId, CurrentUser user) {
        return offers(access.visible(mobilityId, user));
    }

    /** The trips that fit this mobility (already loaded and checked in scope), its own left out. */
    List<TripOffer> offers(Mobility mobility) {
        return offers.of(new TripOffers.Wanted(mobility.getProjectId(), mobility.getSendingSchoolId(),
                mobility.getStartDate(), mobility.getEndDate(), mobility.getDestinationCityId(), mobility.getTripId()));
    }

    private Mobility managed(long mobilityId, CurrentUser user) {
        Mobility mobility = access.visible(mobilityId, user);
        MobilityActor.of(user, mobility.getSendingSchoolId())
                .orElseThrow(() -> new AccessDeniedException("no part in this mobility"));
        return mobility;
    }

    private boolean isMinor(Mobility mobility) {
        return mobility.getStudentId() != null && students.isMinorOn(mobility.getStudentId(), mobility.getStartDate());
    }

    private void save(Mobility mobility, CurrentUser user) {
        mobilities.saveAndFlush(mobility);
        grants.refresh(mobility.getId(), user.email());
    }
}
