package fr.capmob.portal.mobility;

import fr.capmob.portal.funding.RateKind;
import fr.capmob.portal.funding.RateSheet;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each stored grant in line with its mobility's status: recomputed while DRAFT, SUBMITTED or APPROVED,
 * frozen on the move to CONFIRMED, the costs incurred for a force-majeure cancellation, removed for any other
 * cancellation; left alone once frozen. Also the neighbours whose tier one mobility more or less can change.
 */
@Component
class GrantUpkeep {

    static final Set<MobilityStatus> LIVE = EnumSet.of(MobilityStatus.DRAFT, MobilityStatus.SUBMITTED, MobilityStatus.APPROVED);
    static final Set<MobilityStatus> FROZEN = EnumSet.of(MobilityStatus.CONFIRMED, MobilityStatus.IN_PROGRESS,
            MobilityStatus.COMPLETED, MobilityStatus.REPORTED);

    private record Standing(MobilityStatus status, boolean forceMajeure) {
    }

    private final JdbcClient jdbc;
    private final GrantStore store;

    GrantUpkeep(JdbcClient jdbc, GrantStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    void refresh(long mobilityId, String by) {
        Standing standing = jdbc.sql("select status, force_majeure from mobility where id = :id").param("id", mobilityId)
                .query((rs, n) -> new Standing(MobilityStatus.valueOf(rs.getString(1)), rs.getBoolean(2))).single();
        Optional<MobilityGrant> stored = store.stored(mobilityId);
        if (LIVE.contains(standing.status())) {
            store.store(mobilityId, false, by, null);
        } else if (standing.status() == MobilityStatus.CONFIRMED && (stored.isEmpty() || !stored.get().frozen())) {
            store.store(mobilityId, true, by, null);
        } else if (standing.status() == MobilityStatus.CANCELLED && standing.forceMajeure()) {
            store.store(mobilityId, true, by, stored.map(MobilityGrant::rateTableId).orElse(null));
        } else if (standing.status() == MobilityStatus.CANCELLED) {
            store.delete(mobilityId);
        }
    }

    /**
     * One mobility more or less before others in a project shifts their participant numbers by one: only the
     * participants now at the organisational-support limit and just beyond it can change tier (2014–2020 tables).
     * Their grants are recomputed while they are still live; frozen ones keep theirs.
     */
    void refreshTierNeighbours(long mobilityId, String by) {
        long projectId = jdbc.sql("select project_id from mobility where id = :id").param("id", mobilityId)
                .query(Long.class).single();
        int limit = tierLimit(projectId);
        if (limit == Integer.MAX_VALUE) {
            return;
        }
        List<Long> neighbours = jdbc.sql("""
                        select id, status from mobility where project_id = :p and status <> 'CANCELLED'
                          and activity_type <> 'ACCOMPANYING' order by start_date, id offset :skip limit 2""")
                .param("p", projectId).param("skip", limit - 1)
                .query((rs, n) -> LIVE.contains(MobilityStatus.valueOf(rs.getString("status"))) ? rs.getLong("id") : null)
                .list().stream().filter(Objects::nonNull).filter(id -> id != mobilityId).toList();
        for (long id : neighbours) {
            store.store(id, false, by, null);
        }
    }

    /** The participant number where organisational support changes tier; MAX_VALUE when the table has no tiers. */
    private int tierLimit(long projectId) {
        RateSheet rates;
        try {
            rates = store.sheet(store.tableOf(projectId).id());
        } catch (GrantRules.Unavailable unavailable) {
            return Integer.MAX_VALUE;
        }
        if (!rates.has(RateKind.ORGANISATIONAL_TIER)) {
            return Integer.MAX_VALUE;
        }
        return rates.parameter(RateSheet.ORGANISATIONAL_TIER_LIMIT).map(BigDecimal::intValueExact).orElse(Integer.MAX_VALUE);
    }

    /** Stores the grant of every mobility that has none yet, as its status wants it; returns how many were stored. */
    int storeMissing(String by) {
        record Missing(long id, MobilityStatus status) {
        }
        List<Missing> missing = jdbc.sql("select m.id, m.status from mobility m"
                        + " where not exists (select 1 from mobility_grant g where g.mobility_id = m.id)"
                        + " and (m.status <> 'CANCELLED' or m.force_majeure) order by m.id")
                .query((rs, n) -> new Missing(rs.getLong(1), MobilityStatus.valueOf(rs.getString(2)))).list();
        int stored = 0;
        for (Missing m : missing) {
            if (store.store(m.id(), !LIVE.contains(m.status()), by, null) != null) {
                stored++;
            }
        }
        return stored;
    }
}
