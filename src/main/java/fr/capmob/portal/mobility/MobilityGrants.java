package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant of each mobility, stored in {@code mobility_grant}: kept up to date on every save and transition
 * while the mobility is DRAFT, SUBMITTED or APPROVED; frozen with its rate-table version on the move to
 * CONFIRMED; after that changed only by a coordinator's recomputation (with a reason, recorded in
 * {@code mobility_grant_change}) or, for a force-majeure cancellation, by the costs incurred entered by hand.
 * When no grant can be computed (no rate table fits the project, no departure city) nothing is stored.
 * The computing and storing is {@link GrantStore}'s, the upkeep {@link GrantUpkeep}'s, the corrections by hand
 * {@link GrantCorrections}'.
 */
@Service
@Transactional(readOnly = true)
public class MobilityGrants {

    private final MobilityAccess access;
    private final GrantStore store;
    private final GrantUpkeep upkeep;
    private final GrantCorrections corrections;
    private final GrantChanges history;

    MobilityGrants(MobilityAccess access, GrantStore store, GrantUpkeep upkeep, GrantCorrections corrections,
                   GrantChanges history) {
        this.access = access;
        this.store = store;
        this.upkeep = upkeep;
        this.corrections = corrections;
        this.history = history;
    }

    // ---- reading

    /** The stored grant of a mobility the user sees. */
    public Optional<MobilityGrant> stored(long mobilityId, CurrentUser user) {
        access.visible(mobilityId, user);
        return store.stored(mobilityId);
    }

    /** Every explicit recomputation of the mobility's grant, oldest first. */
    public List<GrantChange> changes(long mobilityId, CurrentUser user) {
        access.visible(mobilityId, user);
        return history.of(mobilityId);
    }

    /** The grant section of the detail page. */
    public GrantView view(long mobilityId, CurrentUser user) {
        Mobility mobility = access.visible(mobilityId, user);
        Optional<MobilityGrant> grant = store.stored(mobilityId);
        MobilityStatus status = mobility.getStatus();
        String problem = null;
        BigDecimal currentTotal = null;
        if (grant.isEmpty()) {
            problem = status == MobilityStatus.CANCELLED ? "grants.problem.cancelled" : whyNotStored(mobilityId);
        } else if (grant.get().frozen() && GrantUpkeep.FROZEN.contains(status)) {
            currentTotal = differingTotal(mobilityId, grant.get().total());
        }
        boolean coordinator = user.isCoordinator();
        return new GrantView(grant.orElse(null), problem, history.of(mobilityId), currentTotal,
                coordinator && GrantUpkeep.FROZEN.contains(status),
                coordinator && status == MobilityStatus.CANCELLED && mobility.isForceMajeure());
    }

    private String whyNotStored(long mobilityId) {
        try {
            store.compute(mobilityId, null);
            return "grants.problem.notStored";
        } catch (GrantRules.Unavailable unavailable) {
            return unavailable.key();
        }
    }

    /** The total today's inputs and table would give, when it differs from the frozen one; else null. */
    private BigDecimal differingTotal(long mobilityId, BigDecimal frozenTotal) {
        try {
            BigDecimal now = store.compute(mobilityId, null).result().total();
            return now.compareTo(frozenTotal) == 0 ? null : now;
        } catch (GrantRules.Unavailable unavailable) {
            return null;
        }
    }

    /**
     * The grant a mobility would have with these inputs (the form, before saving), with the project's table.
     *
     * @param mobilityId the mobility being edited, or null for a new one (it ranks after those starting the same day)
     * @throws GrantUnavailableException why it cannot be computed (i18n key)
     */
    public MobilityGrant preview(MobilityCommand command, Long mobilityId, CurrentUser user) {
        if (mobilityId != null) {
            access.visible(mobilityId, user);
        }
        if (command.projectId() == null || command.activityType() == null || !command.period().isComplete()
                || command.participant().id() == null) {
            throw new GrantUnavailableException("grants.problem.incomplete");
        }
        try {
            return GrantStore.grant(mobilityId, store.preview(command, mobilityId), false, Instant.now(), user.email());
        } catch (GrantRules.Unavailable unavailable) {
            throw new GrantUnavailableException(unavailable.key());
        }
    }

    // ---- writing

    /** Brings the stored grant in line with the mobility's status ({@link GrantUpkeep#refresh}). */
    @Transactional
    void refresh(long mobilityId, String by) {
        upkeep.refresh(mobilityId, by);
    }

    /** Recomputes the live grants whose tier one mobility more or less can change. */
    @Transactional
    void refreshTierNeighbours(long mobilityId, String by) {
        upkeep.refreshTierNeighbours(mobilityId, by);
    }

    /**
     * Stores the grant of every mobility that has none yet, as its status wants it: live before CONFIRMED, frozen
     * from CONFIRMED on, the costs incurred for a force-majeure cancellation (none for another cancellation). For
     * data loaded without the service (the demo, mobilities entered before grants existed). Returns how many
     * grants were stored.
     */
    @Transactional
    public int storeMissing(String by) {
        return upkeep.storeMissing(by);
    }

    /**
     * A coordinator recomputes a frozen grant with the project's current table and today's inputs, and says why;
     * the change is recorded. The form's version of the mobility must be the stored one.
     */
    @Transactional
    public void recompute(long mobilityId, long version, String reason, CurrentUser user) {
        corrections.recompute(mobilityId, version, reason, user);
    }

    /** A coordinator enters the costs incurred by a force-majeure cancellation, with a note: they become the grant. */
    @Transactional
    public void forceMajeureCosts(long mobilityId, long version, BigDecimal costs, String note, CurrentUser user) {
        corrections.forceMajeureCosts(mobilityId, version, costs, note, user);
    }
}
