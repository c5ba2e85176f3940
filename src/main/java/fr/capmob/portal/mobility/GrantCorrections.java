package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ConcurrentEditException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a coordinator changes by hand in a grant once it is frozen: a recomputation with the project's current
 * table and today's inputs (with a reason, recorded in {@code mobility_grant_change}), and the costs incurred by a
 * force-majeure cancellation (which become the grant).
 */
@Component
class GrantCorrections {

    private static final int MAX_TEXT = 2000;
    private static final BigDecimal MAX_COSTS = new BigDecimal("9999999999");

    private final JdbcClient jdbc;
    private final MobilityAccess access;
    private final MobilityRepository mobilities;
    private final EntityManager entityManager;
    private final GrantStore store;
    private final GrantUpkeep upkeep;

    GrantCorrections(JdbcClient jdbc, MobilityAccess access, MobilityRepository mobilities, EntityManager entityManager,
                     GrantStore store, GrantUpkeep upkeep) {
        this.jdbc = jdbc;
        this.access = access;
        this.mobilities = mobilities;
        this.entityManager = entityManager;
        this.store = store;
        this.upkeep = upkeep;
    }

    void recompute(long mobilityId, long version, String reason, CurrentUser user) {
        requireCoordinator(user);
        Mobility mobility = access.visible(mobilityId, user);
        if (!GrantUpkeep.FROZEN.contains(mobility.getStatus())) {
            throw new MobilityRuleException(null, "grants.recompute.notFrozen");
        }
        String why = requiredText(reason, "reason", "grants.recompute.reasonRequired");
        mobility.checkVersion(version);
        Optional<MobilityGrant> before = store.stored(mobilityId);
        MobilityGrant after = store.store(mobilityId, true, user.email(), null);
        if (after == null) {
            throw new MobilityRuleException(null, "grants.recompute.impossible");
        }
        // the mobility changes version with its grant: a form opened before this recomputation is stale
        int bumped = jdbc.sql("update mobility set version = version + 1, updated_at = now(), updated_by = :by"
                        + " where id = :id and version = :version")
                .param("by", user.email()).param("id", mobilityId).param("version", version).update();
        if (bumped != 1) {
            throw new ConcurrentEditException(mobility.getUpdatedBy(), mobility.getUpdatedAt(), version);
        }
        entityManager.refresh(mobility);
        recordChange(mobilityId, why, before, after, user);
    }

    private void recordChange(long mobilityId, String why, Optional<MobilityGrant> before, MobilityGrant after,
                              CurrentUser user) {
        jdbc.sql("""
                        insert into mobility_grant_change (mobility_id, changed_at, changed_by, reason, previous_rate_table_id,
                                                           new_rate_table_id, previous_total, new_total)
                        values (:m, :at, :by, :reason, :prevTable, :newTable, :prevTotal, :newTotal)""")
                .param("m", mobilityId).param("at", Timestamp.from(Instant.now())).param("by", user.email())
                .param("reason", why).param("prevTable", before.map(MobilityGrant::rateTableId).orElse(null))
                .param("newTable", after.rateTableId()).param("prevTotal", before.map(MobilityGrant::total).orElse(null))
                .param("newTotal", after.total()).update();
    }

    void forceMajeureCosts(long mobilityId, long version, BigDecimal costs, String note, CurrentUser user) {
        requireCoordinator(user);
        Mobility mobility = access.visible(mobilityId, user);
        if (mobility.getStatus() != MobilityStatus.CANCELLED || !mobility.isForceMajeure()) {
            throw new MobilityRuleException(null, "grants.forceMajeure.notCancelled");
        }
        if (costs == null) {
            throw new MobilityRuleException("forceMajeureCosts", "grants.forceMajeure.costsRequired");
        }
        if (costs.signum() < 0 || costs.scale() > 2 || costs.compareTo(MAX_COSTS) > 0) {
            throw new MobilityRuleException("forceMajeureCosts", "grants.amount.invalid");
        }
        String text = requiredText(note, "forceMajeureNote", "grants.forceMajeure.noteRequired");
        mobility.checkVersion(version);
        mobility.forceMajeureCosts(costs, text);
        mobilities.saveAndFlush(mobility);
        upkeep.refresh(mobilityId, user.email());
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinators only");
        }
    }

    private static String requiredText(String value, String field, String requiredKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new MobilityRuleException(field, requiredKey);
        }
        if (text.length() > MAX_TEXT) {
            throw new MobilityRuleException(field, "grants.text.tooLong");
        }
        return text;
    }
}
