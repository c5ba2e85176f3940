package fr.capmob.portal.mobility;

import fr.capmob.portal.consortium.ProgrammeGeneration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The duration limits of the programme guides, read from table {@code mobility_duration_rule} (data, not code:
 * the figures change with each generation). The duration counted is the activity: the days from its start to its
 * end inclusive (the dates are the activity's, travel days apart), minus the days of interruption.
 */
@Component
public class DurationRules {

    private final Supplier<List<DurationLimit>> loader;
    private volatile List<DurationLimit> limits;

    @Autowired
    DurationRules(JdbcClient jdbc) {
        this(() -> jdbc.sql("select generation, activity_type, min_days, max_days, source from mobility_duration_rule")
                .query((rs, n) -> new DurationLimit(ProgrammeGeneration.valueOf(rs.getString("generation")),
                        ActivityType.valueOf(rs.getString("activity_type")), rs.getInt("min_days"),
                        rs.getInt("max_days"), rs.getString("source")))
                .list());
    }

    DurationRules(Supplier<List<DurationLimit>> loader) {
        this.loader = loader;
    }

    /** Activity days that count towards the limits: start and end included (travel days are outside), interruption excluded. */
    public static int countedDays(LocalDate activityStart, LocalDate activityEnd, int interruptionDays) {
        return (int) ChronoUnit.DAYS.between(activityStart, activityEnd) + 1 - interruptionDays;
    }

    public Optional<DurationLimit> limitOf(ProgrammeGeneration generation, ActivityType activityType) {
        return all().stream().filter(l -> l.generation() == generation && l.activityType() == activityType).findFirst();
    }

    public List<DurationLimit> all() {
        List<DurationLimit> loaded = limits;
        if (loaded == null) {
            loaded = List.copyOf(loader.get());
            limits = loaded;
        }
        return loaded;
    }

    /** Refuses a stay shorter or longer than its activity type allows in the project's generation. */
    public void check(ProgrammeGeneration generation, ActivityType activityType, int countedDays) {
        if (countedDays < 1) {
            throw new MobilityRuleException("endDate", "mobility.duration.none", countedDays);
        }
        limitOf(generation, activityType).ifPresent(limit -> {
            if (!limit.allows(countedDays)) {
                throw new MobilityRuleException("endDate", "mobility.duration.outside", countedDays,
                        limit.minDays(), limit.maxDays());
            }
        });
    }
}
