package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobilities: created and submitted by the referents of the sending school, approved, sent back and
 * confirmed by the coordinators, read by accountants within their scope. A mobility outside the user's scope
 * does not exist for them (404). The rules of the content are {@link MobilityRules} and {@link GrantInputRules},
 * the moves {@link MobilityLifecycle}; each save brings the grant up to date ({@link MobilityGrants}).
 */
@Service
@Transactional(readOnly = true)
public class MobilityService {

    /** What the history shows as the author of a move made through the participant's report link. */
    public static final String PARTICIPANT_LINK = "participant-report-link";

    private final MobilityRepository mobilities;
    private final MobilityAccess access;
    private final MobilityRules rules;
    private final GrantInputRules grantInputs;
    private final MobilityReferences references;
    private final MobilityLifecycle lifecycle;
    private final MobilityDetailsQuery details;
    private final MobilityGrants grants;

    MobilityService(MobilityRepository mobilities, MobilityAccess access, MobilityRules rules,
                    GrantInputRules grantInputs, MobilityReferences references, MobilityLifecycle lifecycle,
                    MobilityDetailsQuery details, MobilityGrants grants) {
        this.mobilities = mobilities;
        this.access = access;
        this.rules = rules;
        this.grantInputs = grantInputs;
        this.references = references;
        this.lifecycle = lifecycle;
        this.details = details;
        this.grants = grants;
    }

    /** Coordinators and referents create mobilities (referents: for their own school). */
    public static boolean mayCreate(CurrentUser user) {
        return user.isCoordinator() || (user.isReferent() && user.schoolId() != null);
    }

    @Transactional
    public long create(MobilityCommand command, CurrentUser user) {
        if (command.activityType() == ActivityType.ACCOMPANYING) {
            throw new MobilityRuleException("activityType", "mobility.accompanying.tripOnly");
        }
        return create(command, null, user);
    }

    /** A participant's own mobility inside a group trip (the trip module checks the trip's rules first). */
    @Transactional
    long create(MobilityCommand command, TripId tripId, CurrentUser user) {
        if (!mayCreate(user)) {
            throw new AccessDeniedException("read-only role");
        }
        Optional<MobilityRules.ProjectFacts> chosen = rules.projectIfAny(command.projectId());
        long schoolId = rules.check(command, chosen, null, user);
        MobilityRules.ProjectFacts project = chosen.orElseThrow();
        int cityId = rules.destination(command.placement());
        MobilityCommand checked = command.withGrant(grantInputs.normalised(command, schoolId));
        Mobility mobility = new Mobility(project.id(), references.next(project.id(), project.number()),
                tripId == null ? null : tripId.value());
        mobility.apply(checked, schoolId, cityId);
        long id = save(mobility).getId();
        lifecycle.record(id, null, MobilityStatus.DRAFT, user.email(), null, false);
        grants.refresh(id, user.email());
        grants.refreshTierNeighbours(id, user.email());
        return id;
    }

    @Transactional
    public void update(long id, long version, MobilityCommand command, CurrentUser user) {
        Mobility mobility = access.editable(id, user);
        mobility.checkVersion(version);
        MobilityCommand fixed = command.inProject(mobility.getProjectId());
        long schoolId = rules.check(fixed, rules.projectIfAny(mobility.getProjectId()), id, user);
        int cityId = rules.destination(fixed.placement());
        mobility.apply(fixed.withGrant(grantInputs.normalised(fixed, schoolId)), schoolId, cityId);
        save(mobility);
        grants.refresh(id, user.email());
        grants.refreshTierNeighbours(id, user.email());
    }

    /**
     * Every problem of the content's rules (none: the list is empty), without saving: the form reports them all at
     * once beside the problems of its own fields. {@code currentId}: the mobility edited (null: a new one).
     */
    public List<MobilityRuleException> problems(MobilityCommand command, Long currentId, CurrentUser user) {
        MobilityCommand checked = currentId == null ? command : command.inProject(access.visible(currentId, user).getProjectId());
        try {
            rules.check(checked, rules.projectIfAny(checked.projectId()), currentId, user);
            return List.of();
        } catch (MobilityProblems problems) {
            return problems.problems();
        } catch (MobilityRuleException problem) {
            return List.of(problem);
        }
    }

    /** The stored values of a mobility the user sees. */
    public MobilityCommand commandOf(long id, CurrentUser user) {
        return access.visible(id, user).toCommand();
    }

    public long versionOf(long id, CurrentUser user) {
        return access.visible(id, user).getVersion();
    }

    /** Whether this user may edit this mobility now (status and role). */
    public boolean mayEdit(long id, CurrentUser user) {
        Mobility mobility = access.visible(id, user);
        return MobilityActor.of(user, mobility.getSendingSchoolId())
                .map(actor -> MobilityTransitions.editable(actor, mobility.getStatus())).orElse(false);
    }

    /**
     * Refuses (403) a user who reads the mobility but plays no part in it: accountants, and the referents of its
     * school's tutoring partners, who read it only.
     */
    public void requireManager(long id, CurrentUser user) {
        Mobility mobility = access.visible(id, user);
        if (MobilityActor.of(user, mobility.getSendingSchoolId()).isEmpty()) {
            throw new AccessDeniedException("read only for this user");
        }
    }

    /** The statuses this user may move the mobility to now (the buttons of its page). */
    public List<MobilityStatus> targets(long id, CurrentUser user) {
        Mobility mobility = access.visible(id, user);
        return MobilityActor.of(user, mobility.getSendingSchoolId())
                .map(actor -> MobilityTransitions.targets(actor, mobility.getStatus())).orElse(List.of());
    }

    /**
     * Moves a mobility to another status, if this user may, from this status, and the mobility fulfils what the
     * new status needs; records who, when and why. Anything else is refused with a {@link MobilityRuleException}.
     */
    @Transactional
    public void transition(long id, MobilityStatus to, String comment, boolean forceMajeure, CurrentUser user) {
        lifecycle.transition(id, to, comment, forceMajeure, user);
    }

    /**
     * The participant submitted their report through their personal link: COMPLETED → REPORTED, recorded as done by
     * the link (the link was checked by the caller, so no user is involved).
     */
    @Transactional
    void reportedByParticipant(long id) {
        lifecycle.reportedByParticipant(id);
    }

    /** The mobility's page; a tutoring partner's referent reads it without its restricted texts. */
    public MobilityDetails get(long id, CurrentUser user) {
        Mobility mobility = access.visible(id, user);
        MobilityDetails found = details.get(id);
        return user.canRead(mobility.getSendingSchoolId()) ? found : found.forTutoringPartner();
    }

    /** The transitions of a mobility the user sees, oldest first. */
    public List<TransitionRecord> history(long id, CurrentUser user) {
        access.visible(id, user);
        return lifecycle.history(id);
    }

    private Mobility save(Mobility mobility) {
        try {
            return mobilities.saveAndFlush(mobility);
        } catch (DataIntegrityViolationException e) {
            if (violates(e, "no_overlap")) {
                // a concurrent save took the dates between our check and our insert
                throw new MobilityRuleException("startDate", "mobility.overlap.concurrent");
            }
            throw e;
        }
    }

    static boolean violates(Throwable exception, String constraintPart) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(constraintPart)) {
                return true;
            }
        }
        return false;
    }
}
