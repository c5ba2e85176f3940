package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobilities: created and submitted by the referents of the sending school, approved, sent back and
 * confirmed by the coordinators, read by accountants within their scope. A mobility outside the user's scope
 * does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class MobilityService {

    private final MobilityRepository mobilities;
    private final DurationRules durations;
    private final StudentService students;
    private final JdbcClient jdbc;
    private final MobilityGrants grants;

    MobilityService(MobilityRepository mobilities, DurationRules durations, StudentService students, JdbcClient jdbc,
                    MobilityGrants grants) {
        this.grants = grants;
        this.mobilities = mobilities;
        this.durations = durations;
        this.students = students;
        this.jdbc = jdbc;
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
    long create(MobilityCommand command, Long tripId, CurrentUser user) {
        if (!mayCreate(user)) {
            throw new AccessDeniedException("read-only role");
        }
        ProjectFacts project = project(command.projectId());
        long schoolId = checkRules(command, project, null, user);
        int cityId = destination(command);
        MobilityCommand checked = withGrant(command, checkGrantInputs(command, schoolId));
        Mobility mobility = new Mobility(command.projectId(), nextReference(project), tripId);
        mobility.apply(checked, schoolId, cityId);
        Mobility saved = save(mobility);
        record(saved.getId(), null, MobilityStatus.DRAFT, user, null, false);
        grants.refresh(saved.getId(), user.email());
        grants.refreshTierNeighbours(saved.getId(), user.email());
        return saved.getId();
    }

    @Transactional
    public void update(long id, long version, MobilityCommand command, CurrentUser user) {
        Mobility mobility = loadEditable(id, user);
        mobility.checkVersion(version);
        MobilityCommand fixed = withProject(command, mobility.getProjectId());
        long schoolId = checkRules(fixed, project(mobility.getProjectId()), id, user);
        int cityId = destination(fixed);
        mobility.apply(withGrant(fixed, checkGrantInputs(fixed, schoolId)), schoolId, cityId);
        save(mobility);
        grants.refresh(id, user.email());
        grants.refreshTierNeighbours(id, user.email());
    }

    /** The stored values of a mobility the user may edit (403 for read-only roles, 404 outside their school). */
    public MobilityCommand commandOf(long id, CurrentUser user) {
        return loadVisible(id, user).toCommand();
    }

    public long versionOf(long id, CurrentUser user) {
        return loadVisible(id, user).getVersion();
    }

    /** Whether this user may edit this mobility now (status and role). */
    public boolean mayEdit(long id, CurrentUser user) {
        Mobility mobility = loadVisible(id, user);
        return MobilityActor.of(user, mobility.getSendingSchoolId())
                .map(actor -> MobilityTransitions.editable(actor, mobility.getStatus())).orElse(false);
    }

    /** The statuses this user may move the mobility to now (the buttons of its page). */
    public List<MobilityStatus> targets(long id, CurrentUser user) {
        Mobility mobility = loadVisible(id, user);
        return MobilityActor.of(user, mobility.getSendingSchoolId())
                .map(actor -> MobilityTransitions.targets(actor, mobility.getStatus())).orElse(List.of());
    }

    /**
     * Moves a mobility to another status, if this user may, from this status, and the mobility fulfils what the
     * new status needs; records who, when and why. Anything else is refused with a {@link MobilityRuleException}.
     */
    @Transactional
    public void transition(long id, MobilityStatus to, String comment, boolean forceMajeure, CurrentUser user) {
        Mobility mobility = loadVisible(id, user);
        MobilityStatus from = mobility.getStatus();
        if (to == null || !MobilityTransitions.exists(from, to)) {
            throw new MobilityRuleException(null, "mobility.transition.impossible", from.name(), to == null ? "" : to.name());
        }
        MobilityActor actor = MobilityActor.of(user, mobility.getSendingSchoolId())
                .orElseThrow(() -> new AccessDeniedException("no part in this mobility"));
        if (!MobilityTransitions.allowed(actor, from, to)) {
            throw new MobilityRuleException(null, "mobility.transition.notYours", from.name(), to.name());
        }
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        if (MobilityTransitions.needsComment(from, to) && reason == null) {
            throw new MobilityRuleException("comment", "mobility.transition.commentRequired");
        }
        if (to == MobilityStatus.APPROVED) {
            checkReadyForApproval(mobility);
        }
        mobility.moveTo(to, reason, to == MobilityStatus.CANCELLED && forceMajeure);
        mobilities.flush();
        record(id, from, to, user, reason, to == MobilityStatus.CANCELLED && forceMajeure);
        grants.refresh(id, user.email());
        if (to == MobilityStatus.CANCELLED) {
            grants.refreshTierNeighbours(id, user.email());
        }
    }

    /** What the history shows as the author of a move made through the participant's report link. */
    public static final String PARTICIPANT_LINK = "participant-report-link";

    /**
     * The participant submitted their report through their personal link: COMPLETED → REPORTED, recorded as done by
     * the link (the link was checked by the caller, so no user is involved).
     */
    @Transactional
    void reportedByParticipant(long id) {
        Mobility mobility = mobilities.findById(id).orElseThrow(() -> new NotFoundException("mobility", id));
        MobilityStatus from = mobility.getStatus();
        if (!MobilityTransitions.exists(from, MobilityStatus.REPORTED)) {
            throw new MobilityRuleException(null, "mobility.transition.impossible", from.name(), MobilityStatus.REPORTED.name());
        }
        mobility.moveTo(MobilityStatus.REPORTED, null, false);
        mobilities.flush();
        record(id, from, MobilityStatus.REPORTED, PARTICIPANT_LINK, null, false);
    }

    private void checkReadyForApproval(Mobility mobility) {
        Long studentId = mobility.getStudentId();
        if (studentId != null && students.isMinorOn(studentId, mobility.getStartDate())) {
            LocalDate consent = jdbc.sql("select parental_consent_date from student where id = :id").param("id", studentId)
                    .query(LocalDate.class).optional().orElse(null);
            if (consent == null) {
                throw new MobilityRuleException(null, "mobility.transition.consentMissing");
            }
            if (mobility.getTripId() == null || countInTrip(mobility.getTripId(), "m.activity_type = 'ACCOMPANYING'") == 0) {
                throw new MobilityRuleException(null, "mobility.transition.minorWithoutEscort");
            }
        }
        if (mobility.getActivityType() == ActivityType.ACCOMPANYING
                && countInTrip(mobility.getTripId(), "m.student_id is not null") == 0) {
            throw new MobilityRuleException(null, "mobility.transition.escortWithoutLearners");
        }
    }

    private long countInTrip(long tripId, String condition) {
        return jdbc.sql("select count(*) from mobility m where m.trip_id = :trip and m.status <> 'CANCELLED' and " + condition)
                .param("trip", tripId).query(Long.class).single();
    }

    public MobilityDetails get(long id, CurrentUser user) {
        loadVisible(id, user);
        return jdbc.sql("""
                        select m.*, p.number as project_number, p.title as project_title, s.name as school_name,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                               st.birth_date, h.legal_name as host_name, c.name as city_name, c.country,
                               dc.name as departure_name, dc.country as departure_country,
                               coalesce(st.fewer_opportunities, false) as fewer
                        from mobility m
                        join project p on p.id = m.project_id
                        join school s on s.id = m.sending_school_id
                        left join student st on st.id = m.student_id
                        left join staff_member sf on sf.id = m.staff_id
                        left join host_organisation h on h.id = m.host_id
                        join city c on c.id = m.destination_city_id
                        left join city dc on dc.id = m.departure_city_id
                        where m.id = :id""")
                .param("id", id).query(MobilityService::details).single();
    }

    private static MobilityDetails details(ResultSet rs, int n) throws SQLException {
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        return new MobilityDetails(rs.getLong("id"), rs.getLong("version"), rs.getString("reference"),
                rs.getLong("project_id"), rs.getString("project_number"), rs.getString("project_title"),
                ActivityType.valueOf(rs.getString("activity_type")), rs.getObject("student_id", Long.class),
                rs.getObject("staff_id", Long.class), rs.getString("participant"),
                birth != null && fr.capmob.portal.participant.Majority.isMinorOn(birth, start),
                rs.getLong("sending_school_id"), rs.getString("school_name"), rs.getObject("host_id", Long.class),
                rs.getString("host_name"), rs.getInt("destination_city_id"), rs.getString("city_name"),
                rs.getString("country"), start, rs.getObject("end_date", LocalDate.class),
                rs.getInt("travel_days_before"), rs.getInt("travel_days_after"), rs.getInt("interruption_days"),
                rs.getString("transport") == null ? null : Transport.valueOf(rs.getString("transport")),
                rs.getString("learning_outcomes"), rs.getString("tasks"), rs.getString("mentor"),
                MobilityStatus.valueOf(rs.getString("status")), rs.getString("cancellation_reason"),
                rs.getBoolean("force_majeure"), rs.getString("notes"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), rs.getObject("trip_id", Long.class),
                new MobilityDetails.Grant(rs.getObject("departure_city_id", Integer.class), rs.getString("departure_name"),
                        rs.getString("departure_country"), rs.getString("location_comment"),
                        rs.getBigDecimal("exceptional_travel_cost"), rs.getBigDecimal("inclusion_real_costs"),
                        rs.getString("inclusion_justification"), rs.getBoolean("zero_grant"),
                        rs.getBigDecimal("force_majeure_costs"), rs.getString("force_majeure_note"), rs.getBoolean("fewer")));
    }

    /** The transitions of a mobility the user sees, oldest first. */
    public List<TransitionRecord> history(long id, CurrentUser user) {
        loadVisible(id, user);
        return jdbc.sql("""
                        select from_status, to_status, changed_by, changed_at, comment, force_majeure
                        from mobility_transition where mobility_id = :id order by changed_at, id""")
                .param("id", id)
                .query((rs, n) -> new TransitionRecord(
                        rs.getString("from_status") == null ? null : MobilityStatus.valueOf(rs.getString("from_status")),
                        MobilityStatus.valueOf(rs.getString("to_status")), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("comment"), rs.getBoolean("force_majeure")))
                .list();
    }

    // ---- rules

    record ProjectFacts(long id, String number, ProgrammeGeneration generation, LocalDate start, LocalDate end) {
    }

    private ProjectFacts project(Long projectId) {
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

    /** Checks every rule of a mobility's content; returns its sending school (the participant's). */
    private long checkRules(MobilityCommand command, ProjectFacts project, Long currentId, CurrentUser user) {
        if (command.activityType() == null) {
            throw new MobilityRuleException("activityType", "mobility.activityType.required");
        }
        long schoolId = participantSchool(command);
        if (!user.isCoordinator() && (user.schoolId() == null || user.schoolId() != schoolId)) {
            throw new MobilityRuleException("participant", "mobility.participant.otherSchool");
        }
        boolean member = jdbc.sql("select count(*) from project_school where project_id = :p and school_id = :s")
                .param("p", project.id()).param("s", schoolId).query(Long.class).single() > 0;
        if (!member) {
            throw new MobilityRuleException("projectId", "mobility.school.notInProject");
        }
        if (command.hostId() == null && command.activityType() != ActivityType.OA_INV_EXP) {
            throw new MobilityRuleException("hostId", "mobility.host.required");
        }
        if (command.startDate() == null) {
            throw new MobilityRuleException("startDate", "mobility.startDate.required");
        }
        if (command.endDate() == null) {
            throw new MobilityRuleException("endDate", "mobility.endDate.required");
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new MobilityRuleException("endDate", "mobility.endDate.beforeStart");
        }
        if (command.travelDaysBefore() < 0 || command.travelDaysAfter() < 0 || command.interruptionDays() < 0) {
            throw new MobilityRuleException("travelDaysBefore", "mobility.days.negative");
        }
        if (command.startDate().isBefore(project.start()) || command.endDate().isAfter(project.end())) {
            throw new MobilityRuleException("startDate", "mobility.dates.outsideProject", project.start(), project.end());
        }
        durations.check(project.generation(), command.activityType(), DurationRules.countedDays(command.startDate(),
                command.endDate(), command.travelDaysBefore(), command.travelDaysAfter(), command.interruptionDays()));
        overlapping(command, currentId).ifPresent(other -> {
            throw new MobilityRuleException("startDate", "mobility.overlap", other.reference(), other.start(), other.end());
        });
        return schoolId;
    }

    private long participantSchool(MobilityCommand command) {
        boolean learner = command.activityType().isLearner();
        if (learner && (command.studentId() == null || command.staffId() != null)) {
            throw new MobilityRuleException("participant", "mobility.participant.studentRequired");
        }
        if (!learner && (command.staffId() == null || command.studentId() != null)) {
            throw new MobilityRuleException("participant", "mobility.participant.staffRequired");
        }
        String table = learner ? "student" : "staff_member";
        long participantId = learner ? command.studentId() : command.staffId();
        return jdbc.sql("select school_id from " + table + " where id = :id").param("id", participantId)
                .query(Long.class).optional()
                .orElseThrow(() -> new MobilityRuleException("participant", "mobility.participant.unknown"));
    }

    private int destination(MobilityCommand command) {
        if (command.destinationCityId() != null) {
            boolean known = jdbc.sql("select count(*) from city where id = :id").param("id", command.destinationCityId())
                    .query(Long.class).single() > 0;
            if (!known) {
                throw new MobilityRuleException("destinationCityId", "mobility.city.unknown");
            }
            return command.destinationCityId();
        }
        if (command.hostId() == null) {
            throw new MobilityRuleException("destinationCityId", "mobility.city.required");
        }
        return jdbc.sql("select city_id from host_organisation where id = :id").param("id", command.hostId())
                .query(Integer.class).optional()
                .orElseThrow(() -> new MobilityRuleException("hostId", "mobility.host.unknown"));
    }

    record Overlap(String reference, LocalDate start, LocalDate end) {
    }

    /** The friendly side of the exclusion constraint: names the mobility in the way. */
    private Optional<Overlap> overlapping(MobilityCommand command, Long currentId) {
        String column = command.studentId() != null ? "student_id" : "staff_id";
        long participant = command.studentId() != null ? command.studentId() : command.staffId();
        return jdbc.sql("select reference, start_date, end_date from mobility where " + column + " = :participant"
                        + " and status <> 'CANCELLED' and id <> :current"
                        + " and daterange(start_date, end_date, '[]') && daterange(:start, :end, '[]') order by start_date limit 1")
                .param("participant", participant).param("current", currentId == null ? -1L : currentId)
                .param("start", command.startDate()).param("end", command.endDate())
                .query((rs, n) -> new Overlap(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .optional();
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

    /** {@code 047193-MOB-00001}: the project number's last 6 digits and the project's next counter value. */
    private String nextReference(ProjectFacts project) {
        jdbc.sql("insert into mobility_counter (project_id) values (:p) on conflict (project_id) do nothing")
                .param("p", project.id()).update();
        int last = jdbc.sql("select last_number from mobility_counter where project_id = :p for update")
                .param("p", project.id()).query(Integer.class).single();
        int next = last + 1;
        jdbc.sql("update mobility_counter set last_number = :n where project_id = :p")
                .param("n", next).param("p", project.id()).update();
        return MobilityReference.of(project.number(), next);
    }

    private void record(long mobilityId, MobilityStatus from, MobilityStatus to, CurrentUser user, String comment,
                        boolean forceMajeure) {
        record(mobilityId, from, to, user.email(), comment, forceMajeure);
    }

    private void record(long mobilityId, MobilityStatus from, MobilityStatus to, String changedBy, String comment,
                        boolean forceMajeure) {
        jdbc.sql("""
                        insert into mobility_transition (mobility_id, from_status, to_status, changed_by, changed_at, comment, force_majeure)
                        values (:m, :from, :to, :by, :at, :comment, :fm)""")
                .param("m", mobilityId).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("by", changedBy).param("at", java.sql.Timestamp.from(Instant.now()))
                .param("comment", comment).param("fm", forceMajeure).update();
    }

    /**
     * Checks what the grant needs and returns it normalised: a departure city equal to the school's is no
     * different departure (no comment needed, none kept); another one needs a location comment; inclusion costs
     * for the participant only for a participant with fewer opportunities, with a justification; a zero-grant
     * participant is neither one with fewer opportunities nor asks for exceptional travel costs (Beneficiary
     * Module: the two flags exclude each other, and zero grant means no travel support).
     */
    private GrantInputs checkGrantInputs(MobilityCommand command, long schoolId) {
        GrantInputs g = command.grant();
        Integer departure = g.departureCityId();
        String comment = g.locationComment() == null || g.locationComment().isBlank() ? null : g.locationComment().strip();
        if (departure != null) {
            boolean known = jdbc.sql("select count(*) from city where id = :id").param("id", departure)
                    .query(Long.class).single() > 0;
            if (!known) {
                throw new MobilityRuleException("departureCityId", "mobility.city.unknown");
            }
            Integer schoolCity = jdbc.sql("select city_id from school where id = :id").param("id", schoolId)
                    .query(Integer.class).optional().orElse(null);
            if (departure.equals(schoolCity)) {
                departure = null;
                comment = null;
            } else if (comment == null) {
                throw new MobilityRuleException("locationComment", "grants.locationComment.required");
            }
        } else {
            comment = null;
        }
        for (BigDecimal amount : new BigDecimal[] {g.exceptionalTravelCost(), g.inclusionRealCosts()}) {
            if (amount != null && (amount.signum() < 0 || amount.scale() > 2)) {
                throw new MobilityRuleException(amount == g.exceptionalTravelCost() ? "exceptionalTravelCost"
                        : "inclusionRealCosts", "grants.amount.invalid");
            }
        }
        boolean fewer = command.studentId() != null && jdbc.sql("select fewer_opportunities from student where id = :id")
                .param("id", command.studentId()).query(Boolean.class).optional().orElse(false);
        BigDecimal inclusion = g.inclusionRealCosts();
        String justification = g.inclusionJustification() == null || g.inclusionJustification().isBlank() ? null
                : g.inclusionJustification().strip();
        if (inclusion != null && inclusion.signum() > 0) {
            if (!fewer) {
                throw new MobilityRuleException("inclusionRealCosts", "grants.inclusion.notFewerOpportunities");
            }
            if (justification == null) {
                throw new MobilityRuleException("inclusionJustification", "grants.inclusion.justificationRequired");
            }
        } else {
            inclusion = null;
            justification = null;
        }
        if (g.zeroGrant() && fewer) {
            throw new MobilityRuleException("zeroGrant", "grants.zeroGrant.fewerOpportunities");
        }
        if (g.zeroGrant() && g.exceptionalTravelCost() != null) {
            throw new MobilityRuleException("exceptionalTravelCost", "grants.zeroGrant.noExceptionalTravel");
        }
        return new GrantInputs(departure, comment, g.exceptionalTravelCost(), inclusion, justification, g.zeroGrant());
    }

    private static MobilityCommand withGrant(MobilityCommand c, GrantInputs grant) {
        return new MobilityCommand(c.projectId(), c.activityType(), c.studentId(), c.staffId(), c.hostId(),
                c.destinationCityId(), c.startDate(), c.endDate(), c.travelDaysBefore(), c.travelDaysAfter(),
                c.interruptionDays(), c.transport(), c.learningOutcomes(), c.tasks(), c.mentor(), c.notes(), grant);
    }

    private static MobilityCommand withProject(MobilityCommand c, long projectId) {
        return new MobilityCommand(projectId, c.activityType(), c.studentId(), c.staffId(), c.hostId(),
                c.destinationCityId(), c.startDate(), c.endDate(), c.travelDaysBefore(), c.travelDaysAfter(),
                c.interruptionDays(), c.transport(), c.learningOutcomes(), c.tasks(), c.mentor(), c.notes(), c.grant());
    }

    private Mobility loadVisible(long id, CurrentUser user) {
        Mobility mobility = mobilities.findById(id).orElseThrow(() -> new NotFoundException("mobility", id));
        if (!user.canRead(mobility.getSendingSchoolId())) {
            throw new NotFoundException("mobility", id);
        }
        return mobility;
    }

    private Mobility loadEditable(long id, CurrentUser user) {
        Mobility mobility = loadVisible(id, user);
        MobilityActor actor = MobilityActor.of(user, mobility.getSendingSchoolId())
                .orElseThrow(() -> new AccessDeniedException("read-only role"));
        if (!MobilityTransitions.editable(actor, mobility.getStatus())) {
            throw new MobilityRuleException(null, "mobility.edit.notInThisStatus", mobility.getStatus().name());
        }
        return mobility;
    }
}
