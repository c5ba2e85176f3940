package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group trips: a cohort of one school (or of the schools of a tutoring pair) leaving together with its
 * accompanying staff. Each participant has their own mobility; bulk actions move them one by one, each in its
 * own transaction, and say what passed and what did not. The schools of the trip manage it; their tutoring-pair
 * partners in the project may read it ({@link TripAccess}).
 */
@Service
public class TripService {

    public static final int DEFAULT_MINORS_PER_ESCORT = MinorsPerEscort.DEFAULT;
    public static final int MIN_MINORS_PER_ESCORT = MinorsPerEscort.MIN;
    public static final int MAX_MINORS_PER_ESCORT = MinorsPerEscort.MAX;

    private final TripAccess access;
    private final TripRules rules;
    private final TripStore store;
    private final TripQueries queries;
    private final TripDetailsQuery details;
    private final MinorsPerEscort ratios;
    private final TripParticipants participants;

    TripService(TripAccess access, TripRules rules, TripStore store, TripQueries queries, TripDetailsQuery details,
                MinorsPerEscort ratios, TripParticipants participants) {
        this.access = access;
        this.rules = rules;
        this.store = store;
        this.queries = queries;
        this.details = details;
        this.ratios = ratios;
        this.participants = participants;
    }

    @Transactional
    public long create(TripCommand command, CurrentUser user) {
        if (!MobilityService.mayCreate(user)) {
            throw new AccessDeniedException("read-only role");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new MobilityRuleException("name", "trip.name.required");
        }
        if (command.projectId() == null) {
            throw new MobilityRuleException("projectId", "mobility.project.required");
        }
        rules.check(command, command.projectId(), Set.of(), user);
        return store.insert(command, user.email());
    }

    /** The stored trip as the edit form shows it, with the version it was read at. */
    @Transactional(readOnly = true)
    public TripEdit editable(long id, CurrentUser user) {
        access.requireManageable(id, user);
        return store.editable(id);
    }

    /** Whether the user may edit the trip (the coordinator, a referent of one of its schools). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long id, CurrentUser user) {
        return access.manageable(id, user);
    }

    /**
     * Saves the trip's name, schools, hosts, destination, dates, travel days and transport (its project is kept),
     * under the version the user read. The trip's mobilities are never changed by it: each participant's mobility
     * keeps its own school, host, city and dates, so the edit is refused when the trip would no longer hold its
     * active (non-cancelled) mobilities: a school or host that one of them uses, a city other than theirs, a
     * period not covering all of them. Travel days and transport are what participants added later receive.
     *
     * @throws fr.capmob.portal.shared.ConcurrentEditException when the trip was saved by someone else since {@code version}
     * @throws MobilityRuleException                         when a rule refuses the edit (nothing saved)
     */
    @Transactional
    public void update(long id, long version, TripCommand command, CurrentUser user) {
        access.requireManageable(id, user);
        long projectId = store.lockAt(id, version);
        rules.check(command, projectId, Set.copyOf(access.schoolsOf(id)), user);
        rules.checkHoldsParticipants(id, command);
        store.update(id, command, user.email());
    }

    /** The project's ratio setting as its form shows it (8 and version 0 while never saved). */
    @Transactional(readOnly = true)
    public RatioSetting ratioSetting(long projectId) {
        return ratios.setting(projectId);
    }

    /**
     * Sets the project's minors per accompanying person (coordinators; 1 to 100) under the version read.
     *
     * @throws fr.capmob.portal.shared.ConcurrentEditException when someone saved it since {@code version} was read
     */
    @Transactional
    public void saveMinorsPerEscort(long projectId, long version, Integer minorsPerEscort, CurrentUser user) {
        ratios.save(projectId, version, minorsPerEscort, user);
    }

    /** The project's minors per accompanying person (a project setting, 8 unless set). */
    public int minorsPerEscort(long projectId) {
        return ratios.of(projectId);
    }

    @Transactional(readOnly = true)
    public Page<TripSummary> search(Long projectId, Pageable pageable, CurrentUser user) {
        return queries.search(projectId, pageable, user);
    }

    /** Trips with submitted mobilities, the oldest first: the trips part of the approval queue. */
    @Transactional(readOnly = true)
    public List<TripSummary> awaitingApproval() {
        return queries.awaitingApproval();
    }

    @Transactional(readOnly = true)
    public TripDetails get(long id, CurrentUser user) {
        access.requireVisible(id, user);
        return details.get(id, user);
    }

    /** Students of the trip's schools that the user may add (a referent: their own school's), not yet in the trip. */
    @Transactional(readOnly = true)
    public List<TripCandidate> eligibleStudents(long tripId, CurrentUser user) {
        return access.manageable(tripId, user) ? queries.eligible(true, tripId, user) : List.of();
    }

    @Transactional(readOnly = true)
    public List<TripCandidate> eligibleStaff(long tripId, CurrentUser user) {
        return access.manageable(tripId, user) ? queries.eligible(false, tripId, user) : List.of();
    }

    /**
     * Gives each chosen student (learner activity {@code learnerActivity}) and staff member (accompanying person)
     * their own mobility in the trip, with the trip's city, dates, travel days and transport. Each is created on
     * its own: one refused does not stop the others.
     */
    public List<BulkResult> addParticipants(long tripId, List<Long> studentIds, List<Long> staffIds,
                                            ActivityType learnerActivity, Long hostId, CurrentUser user) {
        access.requireManageable(tripId, user);
        return participants.add(get(tripId, user), studentIds, staffIds, learnerActivity, hostId, user);
    }

    /** Moves every mobility of the trip that can make this move; reports, for each, whether it passed and why not. */
    public List<BulkResult> bulk(long tripId, MobilityStatus to, String comment, boolean forceMajeure, CurrentUser user) {
        access.requireVisible(tripId, user);
        if (!user.isCoordinator() && !access.manageable(tripId, user)) {
            throw new AccessDeniedException("not a manager of this trip");
        }
        return participants.move(tripId, to, comment, forceMajeure, user);
    }
}
