package fr.capmob.portal.mobility;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A trip's state, derived from its participants' mobilities (cancelled ones left out unless all are): the status they
 * all share ({@link #uniform()}); "mixed" from the least to the most advanced status when they differ, for instance
 * some approved and some still submitted ({@link #mixed()}); "cancelled" when every mobility was cancelled; "no
 * participant" when it has none ({@link #empty()}). The coordinator reads from {@link #lowest()} what still holds the
 * trip back.
 *
 * @param lowest  the least advanced status, null when the trip has no participant
 * @param highest the most advanced status, null when the trip has no participant
 */
public record TripState(MobilityStatus lowest, MobilityStatus highest) {

    /** The statuses in the order of the lifecycle, CANCELLED left out: the ranks (from 1) of {@link #SQL_RANKS}. */
    private static final MobilityStatus[] ORDER = Arrays.stream(MobilityStatus.values())
            .filter(s -> s != MobilityStatus.CANCELLED).toArray(MobilityStatus[]::new);

    /**
     * The SQL of {@code array[lowest rank, highest rank, mobilities]} of the trip {@code t}'s mobilities, cancelled
     * ones left out of the ranks: one correlated statement per trip row, read with {@link #of(Integer, Integer, long)}.
     */
    static final String SQL_RANKS = """
            (select array[min(array_position(array[%1$s]::text[], m.status::text)),
                          max(array_position(array[%1$s]::text[], m.status::text)), count(*)]
             from mobility m where m.trip_id = t.id)""".formatted(Arrays.stream(ORDER)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")));

    static TripState of(Integer lowestRank, Integer highestRank, long mobilities) {
        if (lowestRank == null) {
            return mobilities == 0 ? new TripState(null, null)
                    : new TripState(MobilityStatus.CANCELLED, MobilityStatus.CANCELLED);
        }
        return new TripState(ORDER[lowestRank - 1], ORDER[highestRank - 1]);
    }

    /** Of a trip's mobilities' statuses as they are in memory (the same rule as the SQL). */
    public static TripState of(java.util.Collection<MobilityStatus> statuses) {
        var active = statuses.stream().filter(s -> s != MobilityStatus.CANCELLED).map(Enum::ordinal).toList();
        return active.isEmpty() ? of(null, null, statuses.size())
                : of(active.stream().min(Integer::compare).get() + 1, active.stream().max(Integer::compare).get() + 1,
                statuses.size());
    }

    public boolean empty() {
        return lowest == null;
    }

    public boolean uniform() {
        return lowest != null && lowest == highest;
    }

    public boolean mixed() {
        return lowest != null && lowest != highest;
    }
}
