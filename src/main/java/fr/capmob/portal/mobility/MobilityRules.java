package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules of a mobility's content, checked before every save: its project, its participant (and so its sending
 * school), host and destination, its period (within the project, a duration its activity allows, no overlap with
 * another mobility of the same participant). Each refusal names the form field it concerns.
 */
@Component
class MobilityRules {

    record ProjectFacts(long id, String number, ProgrammeGeneration generation, LocalDate start, LocalDate end) {
    }

    record Overlap(String reference, LocalDate start, LocalDate end) {
    }

    private final JdbcClient jdbc;
    private final DurationRules durations;

    MobilityRules(JdbcClient jdbc, DurationRules durations) {
        this.jdbc = jdbc;
        this.durations = durations;
    }

    ProjectFacts project(Long projectId) {
        if (projectId == null) {
            throw new MobilityRuleException("projectId", "mobility.project.required");
        }
        return jdbc.sql("select id, number, generation, start_date, end_date from project where id = :id")
                .param("id", projectId)
                .query((rs, n) -> new ProjectFacts(rs.getLong("id"), rs.getString("number"),
                        ProgrammeGeneration.valueOf(rs.getString("generation")), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)))
                .optional().orElseThrow(() -> new MobilityRuleException("projectId", "mobility.project.required"));
    }

    /** The project's facts, empty when none is chosen or it does not exist (then reported by {@link #check}). */
    Optional<ProjectFacts> projectIfAny(Long projectId) {
        try {
            return Optional.of(project(projectId));
        } catch (MobilityRuleException none) {
            return Optional.empty();
        }
    }

    /**
     * Checks every rule of a mobility's content and reports all the problems at once ({@link MobilityProblems});
     * returns its sending school (the participant's). {@code project} empty: none chosen.
     */
    long check(MobilityCommand command, Optional<ProjectFacts> project, Long currentId, CurrentUser user) {
        MobilityProblems.Collector problems = new MobilityProblems.Collector();
        if (project.isEmpty()) {
            problems.add("projectId", "mobility.project.required");
        }
        Long schoolId = null;
        if (command.activityType() == null) {
            problems.add("activityType", "mobility.activityType.required");
        } else {
            schoolId = collect(problems, () -> sendingSchool(command, project, user));
        }
        if (command.placement().hostId() == null && (command.activityType() == null || !command.activityType().isIncoming())) {
            problems.add("hostId", "mobility.host.required");
        }
        checkPeriod(command.period(), project, problems);
        if (problems.isEmpty()) {
            durations.check(project.get().generation(), command.activityType(), command.period().countedDays());
            overlapping(command, currentId).ifPresent(other -> {
                throw new MobilityRuleException("startDate", "mobility.overlap", other.reference(), other.start(), other.end());
            });
        }
        problems.throwIfAny();
        return schoolId;
    }

    private static Long collect(MobilityProblems.Collector problems, java.util.function.Supplier<Long> check) {
        try {
            return check.get();
        } catch (MobilityRuleException problem) {
            problems.add(problem);
            return null;
        }
    }

    /** The participant's school, which must be the user's (unless a coordinator) and take part in the project. */
    private long sendingSchool(MobilityCommand command, Optional<ProjectFacts> project, CurrentUser user) {
        long schoolId = participantSchool(command);
        if (!user.isCoordinator() && (user.schoolId() == null || user.schoolId() != schoolId)) {
            throw new MobilityRuleException("participant", "mobility.participant.otherSchool");
        }
        if (project.isEmpty()) {
            return schoolId;
        }
        boolean member = jdbc.sql("select count(*) from project_school where project_id = :p and school_id = :s")
                .param("p", project.get().id()).param("s", schoolId).query(Long.class).single() > 0;
        if (!member) {
            throw new MobilityRuleException("projectId", "mobility.school.notInProject");
        }
        return schoolId;
    }

    private long participantSchool(MobilityCommand command) {
        boolean learner = command.activityType().isLearner();
        MobilityParticipant participant = command.participant();
        if (learner && (participant.studentId() == null || participant.staffId() != null)) {
            throw new MobilityRuleException("participant", "mobility.participant.studentRequired");
        }
        if (!learner && (participant.staffId() == null || participant.studentId() != null)) {
            throw new MobilityRuleException("participant", "mobility.participant.staffRequired");
        }
        String table = learner ? "student" : "staff_member";
        return jdbc.sql("select school_id from " + table + " where id = :id").param("id", participant.id())
                .query(Long.class).optional()
                .orElseThrow(() -> new MobilityRuleException("participant", "mobility.participant.unknown"));
    }

    private static void checkPeriod(StayPeriod period, Optional<ProjectFacts> project, MobilityProblems.Collector problems) {
        if (period.startDate() == null) {
            problems.add("startDate", "mobility.startDate.required");
        }
        if (period.endDate() == null) {
            problems.add("endDate", "mobility.endDate.required");
        }
        if (period.startDate() != null && period.endDate() != null && period.endDate().isBefore(period.startDate())) {
            problems.add("endDate", "mobility.endDate.beforeStart");
        }
        if (period.travelDaysBefore() < 0 || period.travelDaysAfter() < 0 || period.interruptionDays() < 0) {
            problems.add("travelDaysBefore", "mobility.days.negative");
        }
        if (project.isPresent() && (outside(period.startDate(), project.get()) || outside(period.endDate(), project.get()))) {
            problems.add(outside(period.startDate(), project.get()) ? "startDate" : "endDate",
                    "mobility.dates.outsideProject", project.get().start(), project.get().end());
        }
    }

    private static boolean outside(LocalDate date, ProjectFacts project) {
        return date != null && (date.isBefore(project.start()) || date.isAfter(project.end()));
    }

    /** The destination city: the one entered (which must exist), else the host's. */
    int destination(Placement placement) {
        if (placement.destinationCityId() != null) {
            if (!cityExists(placement.destinationCityId())) {
                throw new MobilityRuleException("destinationCityId", "mobility.city.unknown");
            }
            return placement.destinationCityId();
        }
        if (placement.hostId() == null) {
            throw new MobilityRuleException("destinationCityId", "mobility.city.required");
        }
        return jdbc.sql("select city_id from host_organisation where id = :id").param("id", placement.hostId())
                .query(Integer.class).optional()
                .orElseThrow(() -> new MobilityRuleException("hostId", "mobility.host.unknown"));
    }

    boolean cityExists(int cityId) {
        return jdbc.sql("select count(*) from city where id = :id").param("id", cityId).query(Long.class).single() > 0;
    }

    /** The friendly side of the exclusion constraint: names the mobility in the way. */
    private Optional<Overlap> overlapping(MobilityCommand command, Long currentId) {
        MobilityParticipant participant = command.participant();
        String column = participant.isStudent() ? "student_id" : "staff_id";
        return jdbc.sql("select reference, start_date, end_date from mobility where " + column + " = :participant"
                        + " and status <> 'CANCELLED' and id <> :current"
                        + " and daterange(start_date - travel_days_before, end_date + travel_days_after, '[]')"
                        + " && daterange(:start, :end, '[]') order by start_date limit 1")
                .param("participant", participant.id()).param("current", currentId == null ? -1L : currentId)
                // a participant is away from the first travel day to the last: travel days overlap too
                .param("start", command.period().startDate().minusDays(command.period().travelDaysBefore()))
                .param("end", command.period().endDate().plusDays(command.period().travelDaysAfter()))
                .query((rs, n) -> new Overlap(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .optional();
    }
}
