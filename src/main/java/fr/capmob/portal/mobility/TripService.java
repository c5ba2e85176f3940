package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.participant.Majority;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group trips: a cohort of one school (or of the schools of a tutoring pair) leaving together with its
 * accompanying staff. Each participant has their own mobility; bulk actions move them one by one, each in its
 * own transaction, and say what passed and what did not. The schools of the trip manage it; their tutoring-pair
 * partners in the project may read it.
 */
@Service
public class TripService {

    public static final int DEFAULT_MINORS_PER_ESCORT = 8;
    public static final int MIN_MINORS_PER_ESCORT = 1;
    public static final int MAX_MINORS_PER_ESCORT = 100;

    private final MobilityService mobilities;
    private final JdbcClient jdbc;

    TripService(MobilityService mobilities, JdbcClient jdbc) {
        this.mobilities = mobilities;
        this.jdbc = jdbc;
    }

    // ---- creation

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
        validate(command, command.projectId(), Set.of(), user);
        Set<Long> schools = command.schoolIds();
        Set<Long> hosts = command.hostIds();
        long id = jdbc.sql("""
                        insert into trip (project_id, name, destination_city_id, start_date, end_date, travel_days_before,
                                          travel_days_after, transport, updated_by)
                        values (:p, :name, :city, :start, :end, :before, :after, :transport, :by) returning id""")
                .param("p", command.projectId()).param("name", command.name().trim())
                .param("city", command.destinationCityId()).param("start", command.startDate())
                .param("end", command.endDate()).param("before", command.travelDaysBefore())
                .param("after", command.travelDaysAfter())
                .param("transport", command.transport() == null ? null : command.transport().name())
                .param("by", user.email()).query(Long.class).single();
        for (long school : schools) {
            jdbc.sql("insert into trip_school (trip_id, school_id) values (:t, :s)").param("t", id).param("s", school).update();
        }
        for (long host : hosts) {
            jdbc.sql("insert into trip_host (trip_id, host_id) values (:t, :h)").param("t", id).param("h", host).update();
        }
        return id;
    }

    // ---- edit

    /** The stored trip as the edit form shows it, with the version it was read at. */
    @Transactional(readOnly = true)
    public TripEdit editable(long id, CurrentUser user) {
        requireManageable(id, user);
        return jdbc.sql("select * from trip where id = :t").param("t", id)
                .query((rs, n) -> new TripEdit(new TripCommand(rs.getLong("project_id"), rs.getString("name"),
                        Set.copyOf(schoolsOf(id)), rs.getInt("destination_city_id"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getInt("travel_days_before"), rs.getInt("travel_days_after"),
                        rs.getString("transport") == null ? null : Transport.valueOf(rs.getString("transport")),
                        Set.copyOf(jdbc.sql("select host_id from trip_host where trip_id = :t").param("t", id)
                                .query(Long.class).list())), rs.getLong("version")))
                .single();
    }

    /** Whether the user may edit the trip (the coordinator, a referent of one of its schools). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long id, CurrentUser user) {
        return manageable(id, user);
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
        requireManageable(id, user);
        record Stored(long projectId, long version, String updatedBy, java.time.Instant updatedAt) {
        }
        Stored stored = jdbc.sql("select project_id, version, updated_by, updated_at from trip where id = :t for update")
                .param("t", id)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .single();
        if (stored.version() != version) {
            throw new ConcurrentEditException(stored.updatedBy(), stored.updatedAt(), stored.version());
        }
        validate(command, stored.projectId(), Set.copyOf(schoolsOf(id)), user);
        // the trip must still hold each of its active mobilities as they are
        List<String> schoolsInUse = jdbc.sql("""
                        select distinct s.name from mobility m join school s on s.id = m.sending_school_id
                        where m.trip_id = :t and m.status <> 'CANCELLED' and m.sending_school_id not in (:s) order by s.name""")
                .param("t", id).param("s", command.schoolIds()).query(String.class).list();
        if (!schoolsInUse.isEmpty()) {
            throw new MobilityRuleException("schoolIds", "trip.edit.schoolHasParticipants", String.join(", ", schoolsInUse));
        }
        List<String> hostsInUse = jdbc.sql("""
                        select distinct h.legal_name from mobility m join host_organisation h on h.id = m.host_id
                        where m.trip_id = :t and m.status <> 'CANCELLED' and m.host_id not in (:h) order by h.legal_name""")
                .param("t", id).param("h", command.hostIds()).query(String.class).list();
        if (!hostsInUse.isEmpty()) {
            throw new MobilityRuleException("hostIds", "trip.edit.hostInUse", String.join(", ", hostsInUse));
        }
        long otherCity = jdbc.sql("select count(*) from mobility m where m.trip_id = :t and m.status <> 'CANCELLED'"
                        + " and m.destination_city_id <> :c")
                .param("t", id).param("c", command.destinationCityId()).query(Long.class).single();
        if (otherCity > 0) {
            throw new MobilityRuleException("destinationCityId", "trip.edit.cityOfParticipants", otherCity);
        }
        record Span(long count, LocalDate first, LocalDate last) {
        }
        // how many would fall outside, and the period the trip must cover: from its first participant to its last
        Span span = jdbc.sql("select count(*) filter (where m.start_date < :start or m.end_date > :end),"
                        + " min(start_date), max(end_date) from mobility m"
                        + " where m.trip_id = :t and m.status <> 'CANCELLED'")
                .param("t", id).param("start", command.startDate()).param("end", command.endDate())
                .query((rs, n) -> new Span(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .single();
        if (span.count() > 0) {
            throw new MobilityRuleException(span.first().isBefore(command.startDate()) ? "startDate" : "endDate", "trip.edit.datesExcludeParticipants",
                    span.count(), span.first(), span.last());
        }
        jdbc.sql("""
                        update trip set name = :name, destination_city_id = :city, start_date = :start, end_date = :end,
                            travel_days_before = :before, travel_days_after = :after, transport = :transport,
                            version = version + 1, updated_at = now(), updated_by = :by
                        where id = :t""")
                .param("t", id).param("name", command.name().trim()).param("city", command.destinationCityId())
                .param("start", command.startDate()).param("end", command.endDate())
                .param("before", command.travelDaysBefore()).param("after", command.travelDaysAfter())
                .param("transport", command.transport() == null ? null : command.transport().name())
                .param("by", user.email()).update();
        jdbc.sql("delete from trip_school where trip_id = :t and school_id not in (:s)").param("t", id)
                .param("s", command.schoolIds()).update();
        for (long school : command.schoolIds()) {
            jdbc.sql("insert into trip_school (trip_id, school_id) values (:t, :s) on conflict do nothing")
                    .param("t", id).param("s", school).update();
        }
        jdbc.sql("delete from trip_host where trip_id = :t and host_id not in (:h)").param("t", id)
                .param("h", command.hostIds()).update();
        for (long host : command.hostIds()) {
            jdbc.sql("insert into trip_host (trip_id, host_id) values (:t, :h) on conflict do nothing")
                    .param("t", id).param("h", host).update();
        }
    }

    // ---- the project's minors per accompanying person

    /** The project's ratio setting as its form shows it (8 and version 0 while never saved). */
    @Transactional(readOnly = true)
    public RatioSetting ratioSetting(long projectId) {
        record Project(String number, String title) {
        }
        Project project = jdbc.sql("select number, title from project where id = :p").param("p", projectId)
                .query((rs, n) -> new Project(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFoundException("project", projectId));
        record Stored(int value, long version) {
        }
        Stored stored = jdbc.sql("select minors_per_escort, version from mobility_project_setting where project_id = :p")
                .param("p", projectId).query((rs, n) -> new Stored(rs.getInt(1), rs.getLong(2))).optional()
                .orElse(new Stored(DEFAULT_MINORS_PER_ESCORT, 0));
        return new RatioSetting(projectId, project.number(), project.title(), stored.value(), stored.version());
    }

    /**
     * Sets the project's minors per accompanying person (coordinators; 1 to 100) under the version read.
     *
     * @throws fr.capmob.portal.shared.ConcurrentEditException when someone saved it since {@code version} was read
     */
    @Transactional
    public void saveMinorsPerEscort(long projectId, long version, Integer minorsPerEscort, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinators set the ratio");
        }
        ratioSetting(projectId); // 404 for an unknown project
        if (minorsPerEscort == null || minorsPerEscort < MIN_MINORS_PER_ESCORT || minorsPerEscort > MAX_MINORS_PER_ESCORT) {
            throw new MobilityRuleException("minorsPerEscort", "trip.ratio.range");
        }
        // the row exists from here on (version 0 when new), locked: a concurrent save waits, then sees the new version
        jdbc.sql("insert into mobility_project_setting (project_id) values (:p) on conflict do nothing")
                .param("p", projectId).update();
        record Stored(long version, String updatedBy, java.time.Instant updatedAt) {
        }
        Stored stored = jdbc.sql("select version, updated_by, updated_at from mobility_project_setting where project_id = :p for update")
                .param("p", projectId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).single();
        if (stored.version() != version) {
            throw new ConcurrentEditException(stored.updatedBy(), stored.updatedAt(), stored.version());
        }
        jdbc.sql("""
                        update mobility_project_setting set minors_per_escort = :v, version = version + 1,
                            updated_at = now(), updated_by = :by where project_id = :p""")
                .param("p", projectId).param("v", minorsPerEscort).param("by", user.email()).update();
    }

    /** The rules shared by creation and edit (the project is the trip's: it is not edited). */
    private void validate(TripCommand command, long projectId, Set<Long> alreadyInTrip, CurrentUser user) {
        if (command.name() == null || command.name().isBlank()) {
            throw new MobilityRuleException("name", "trip.name.required");
        }
        record Period(LocalDate start, LocalDate end) {
        }
        Period project = jdbc.sql("select start_date, end_date from project where id = :id").param("id", projectId)
                .query((rs, n) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional().orElseThrow(() -> new MobilityRuleException("projectId", "mobility.project.required"));
        Set<Long> schools = command.schoolIds() == null ? Set.of() : command.schoolIds();
        if (schools.isEmpty()) {
            throw new MobilityRuleException("schoolIds", "trip.schools.required");
        }
        long members = jdbc.sql("select count(*) from project_school where project_id = :p and school_id in (:s)")
                .param("p", projectId).param("s", schools).query(Long.class).single();
        if (members != schools.size()) {
            throw new MobilityRuleException("schoolIds", "mobility.school.notInProject");
        }
        if (!user.isCoordinator()) {
            if (!schools.contains(user.schoolId())) {
                throw new MobilityRuleException("schoolIds", "trip.schools.ownRequired");
            }
            for (long other : schools) {
                if (other != user.schoolId() && !alreadyInTrip.contains(other)
                        && !pairPartners(projectId, user.schoolId(), other)) {
                    throw new MobilityRuleException("schoolIds", "trip.schools.pairOnly");
                }
            }
        }
        if (command.destinationCityId() == null || jdbc.sql("select count(*) from city where id = :id")
                .param("id", command.destinationCityId()).query(Long.class).single() == 0) {
            throw new MobilityRuleException("destinationCityId", "mobility.city.required");
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
        if (command.startDate().isBefore(project.start()) || command.endDate().isAfter(project.end())) {
            throw new MobilityRuleException("startDate", "mobility.dates.outsideProject", project.start(), project.end());
        }
        Set<Long> hosts = command.hostIds() == null ? Set.of() : command.hostIds();
        if (hosts.isEmpty() || jdbc.sql("select count(*) from host_organisation where id in (:h)").param("h", hosts)
                .query(Long.class).single() != hosts.size()) {
            throw new MobilityRuleException("hostIds", "mobility.host.required");
        }
    }

    private boolean pairPartners(long projectId, long schoolA, long schoolB) {
        return jdbc.sql("""
                        select count(*) from tutoring_pair_member a join tutoring_pair_member b on b.pair_id = a.pair_id
                        where a.project_id = :p and a.school_id = :a and b.school_id = :b""")
                .param("p", projectId).param("a", schoolA).param("b", schoolB).query(Long.class).single() > 0;
    }

    // ---- scope

    private List<Long> schoolsOf(long tripId) {
        return jdbc.sql("select school_id from trip_school where trip_id = :t order by school_id").param("t", tripId)
                .query(Long.class).list();
    }

    /** Reads: the whole consortium, the trip's schools, and their tutoring-pair partners in the project. */
    private void requireVisible(long tripId, CurrentUser user) {
        Long projectId = jdbc.sql("select project_id from trip where id = :t").param("t", tripId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("trip", tripId));
        if (user.seesWholeConsortium()) {
            return;
        }
        List<Long> schools = schoolsOf(tripId);
        Long own = user.schoolId();
        if (own == null || !(schools.contains(own) || schools.stream().anyMatch(s -> pairPartners(projectId, own, s)))) {
            throw new NotFoundException("trip", tripId);
        }
    }

    private boolean manageable(long tripId, CurrentUser user) {
        return user.isCoordinator() || (user.isReferent() && user.schoolId() != null && schoolsOf(tripId).contains(user.schoolId()));
    }

    private void requireManageable(long tripId, CurrentUser user) {
        requireVisible(tripId, user);
        if (!manageable(tripId, user)) {
            throw new AccessDeniedException("not a manager of this trip");
        }
    }

    // ---- reading

    @Transactional(readOnly = true)
    public Page<TripSummary> search(Long projectId, Pageable pageable, CurrentUser user) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!user.seesWholeConsortium()) {
            where.append(" " + """
                     and exists (select 1 from trip_school ts where ts.trip_id = t.id and (ts.school_id = :own
                         or exists (select 1 from tutoring_pair_member a join tutoring_pair_member b on b.pair_id = a.pair_id
                                    where a.project_id = t.project_id and a.school_id = :own and b.school_id = ts.school_id)))""");
            params.put("own", user.schoolId() == null ? -1L : user.schoolId());
        }
        if (projectId != null) {
            where.append(" and t.project_id = :project");
            params.put("project", projectId);
        }
        long total = jdbc.sql("select count(*) from trip t" + where).params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<TripSummary> rows = jdbc.sql(SUMMARY + where + "\norder by t.start_date desc, t.id desc limit :limit offset :offset")
                .params(params).query(TripService::summary).list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static final String SUMMARY = """
            select t.id, t.name, p.number, c.name as city, c.country, t.start_date, t.end_date,
                   (select string_agg(s.name, ', ' order by s.name) from trip_school ts join school s on s.id = ts.school_id
                    where ts.trip_id = t.id) as schools,
                   (select count(*) from mobility m where m.trip_id = t.id and m.status <> 'CANCELLED') as participants,
                   (select count(*) from mobility m where m.trip_id = t.id and m.status = 'SUBMITTED') as submitted
            from trip t join project p on p.id = t.project_id join city c on c.id = t.destination_city_id
            """;

    private static TripSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TripSummary(rs.getLong("id"), rs.getString("name"), rs.getString("number"), rs.getString("schools"),
                rs.getString("city"), rs.getString("country"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getLong("participants"), rs.getLong("submitted"));
    }

    /** Trips with submitted mobilities, the oldest first: the trips part of the approval queue. */
    @Transactional(readOnly = true)
    public List<TripSummary> awaitingApproval() {
        return jdbc.sql(SUMMARY + "where exists (select 1 from mobility m where m.trip_id = t.id and m.status = 'SUBMITTED')"
                        + " order by t.start_date, t.id limit 200")
                .query(TripService::summary).list();
    }

    @Transactional(readOnly = true)
    public TripDetails get(long id, CurrentUser user) {
        requireVisible(id, user);
        record Head(long projectId, String number, String title, String name, int cityId, String city, String country,
                    LocalDate start, LocalDate end, int before, int after, String transport) {
        }
        Head head = jdbc.sql("""
                        select t.*, p.number, p.title, c.name as city, c.country from trip t
                        join project p on p.id = t.project_id join city c on c.id = t.destination_city_id where t.id = :t""")
                .param("t", id)
                .query((rs, n) -> new Head(rs.getLong("project_id"), rs.getString("number"), rs.getString("title"),
                        rs.getString("name"), rs.getInt("destination_city_id"), rs.getString("city"), rs.getString("country"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getInt("travel_days_before"), rs.getInt("travel_days_after"), rs.getString("transport")))
                .single();
        List<Choice> tripSchools = jdbc.sql("select s.id, s.name from trip_school ts join school s on s.id = ts.school_id"
                        + " where ts.trip_id = :t order by s.name, s.id")
                .param("t", id).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
        List<Long> schoolIds = tripSchools.stream().map(Choice::id).toList(); // in the order of schoolNames
        List<String> schoolNames = tripSchools.stream().map(Choice::label).toList();
        List<Choice> hosts = jdbc.sql("select h.id, h.legal_name from trip_host th join host_organisation h on h.id = th.host_id"
                        + " where th.trip_id = :t order by h.legal_name")
                .param("t", id).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
        List<TripParticipant> participants = jdbc.sql("""
                        select m.id, m.reference, m.activity_type, m.status, m.start_date, m.end_date, m.sending_school_id,
                               s.name as school, st.id as student_id, st.birth_date, st.parental_consent_date,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as name
                        from mobility m join school s on s.id = m.sending_school_id
                        left join student st on st.id = m.student_id left join staff_member sf on sf.id = m.staff_id
                        where m.trip_id = :t
                        order by (m.student_id is null), coalesce(st.normalised_last_name, sf.normalised_last_name), m.id""")
                .param("t", id)
                .query((rs, n) -> {
                    LocalDate birth = rs.getObject("birth_date", LocalDate.class);
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    boolean minor = birth != null && Majority.isMinorOn(birth, start);
                    return new TripParticipant(rs.getLong("id"), rs.getString("reference"), rs.getString("name"),
                            rs.getString("school"), ActivityType.valueOf(rs.getString("activity_type")),
                            rs.getObject("student_id") != null, minor,
                            minor && rs.getObject("parental_consent_date") == null, start,
                            rs.getObject("end_date", LocalDate.class), MobilityStatus.valueOf(rs.getString("status")),
                            user.canRead(rs.getLong("sending_school_id")));
                })
                .list();
        int ratio = minorsPerEscort(head.projectId());
        List<TripParticipant> active = participants.stream().filter(p -> p.status() != MobilityStatus.CANCELLED).toList();
        long minors = active.stream().filter(TripParticipant::minor).count();
        long escorts = active.stream().filter(p -> p.activityType() == ActivityType.ACCOMPANYING).count();
        long learners = active.stream().filter(TripParticipant::learner).count();
        long withoutConsent = active.stream().filter(TripParticipant::consentMissing).count();
        List<TripWarning> warnings = new ArrayList<>();
        if (minors > 0 && escorts == 0) {
            warnings.add(new TripWarning("trip.warning.noEscort", List.of(minors)));
        } else if (minors > escorts * ratio) {
            warnings.add(new TripWarning("trip.warning.ratio", List.of(minors, escorts, ratio)));
        }
        if (escorts > 0 && learners == 0) {
            warnings.add(new TripWarning("trip.warning.escortsWithoutLearners", List.of(escorts)));
        }
        if (withoutConsent > 0) {
            warnings.add(new TripWarning("trip.warning.consentMissing", List.of(withoutConsent)));
        }
        return new TripDetails(id, head.name(), head.projectId(), head.number(), head.title(), schoolNames, schoolIds,
                hosts.stream().map(Choice::label).toList(), hosts, head.cityId(), head.city(), head.country(),
                head.start(), head.end(), head.before(), head.after(),
                head.transport() == null ? null : Transport.valueOf(head.transport()), participants, minors, escorts,
                ratio, warnings, manageable(id, user));
    }

    /** The project's minors per accompanying person (a project setting, 8 unless set). */
    public int minorsPerEscort(long projectId) {
        return jdbc.sql("select minors_per_escort from mobility_project_setting where project_id = :p").param("p", projectId)
                .query(Integer.class).optional().orElse(DEFAULT_MINORS_PER_ESCORT);
    }

    /** Students of the trip's schools that the user may add (a referent: their own school's), not yet in the trip. */
    @Transactional(readOnly = true)
    public List<TripCandidate> eligibleStudents(long tripId, CurrentUser user) {
        return eligible("student", "student_id", tripId, user);
    }

    @Transactional(readOnly = true)
    public List<TripCandidate> eligibleStaff(long tripId, CurrentUser user) {
        return eligible("staff_member", "staff_id", tripId, user);
    }

    private List<TripCandidate> eligible(String table, String column, long tripId, CurrentUser user) {
        if (!manageable(tripId, user)) {
            return List.of();
        }
        String own = user.isCoordinator() ? "" : " and x.school_id = :own";
        return jdbc.sql("select x.id, x.last_name || ' ' || x.first_name || ' — ' || s.name, "
                        + ("student".equals(table) ? "x.birth_date > (t.start_date - interval '18 years')" : "false")
                        + " from " + table + " x join school s on s.id = x.school_id"
                        + " join trip_school ts on ts.school_id = x.school_id join trip t on t.id = ts.trip_id"
                        + " where ts.trip_id = :t" + own
                        + " and not exists (select 1 from mobility m where m.trip_id = :t and m." + column + " = x.id"
                        + " and m.status <> 'CANCELLED')"
                        + " order by s.name, x.normalised_last_name, x.normalised_first_name, x.id")
                .param("t", tripId).param("own", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> new TripCandidate(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    // ---- participants and bulk actions

    /**
     * Gives each chosen student (learner activity {@code learnerActivity}) and staff member (accompanying person)
     * their own mobility in the trip, with the trip's city, dates, travel days and transport. Each is created on
     * its own: one refused does not stop the others.
     */
    public List<BulkResult> addParticipants(long tripId, List<Long> studentIds, List<Long> staffIds,
                                            ActivityType learnerActivity, Long hostId, CurrentUser user) {
        requireManageable(tripId, user);
        TripDetails trip = get(tripId, user);
        ActivityType activity = learnerActivity != null && learnerActivity.isLearner() ? learnerActivity : ActivityType.LM_SHORT_VET;
        Long host = hostId != null && trip.hosts().stream().anyMatch(h -> h.id() == hostId) ? hostId
                : trip.hosts().get(0).id();
        List<BulkResult> results = new ArrayList<>();
        for (Long studentId : studentIds == null ? List.<Long>of() : studentIds) {
            results.add(add(trip, new MobilityCommand(trip.projectId(), activity, studentId, null, host,
                    trip.destinationCityId(), trip.startDate(), trip.endDate(), trip.travelDaysBefore(),
                    trip.travelDaysAfter(), 0, trip.transport(), null, null, null, null), "student", studentId, user));
        }
        for (Long staffId : staffIds == null ? List.<Long>of() : staffIds) {
            results.add(add(trip, new MobilityCommand(trip.projectId(), ActivityType.ACCOMPANYING, null, staffId, host,
                    trip.destinationCityId(), trip.startDate(), trip.endDate(), trip.travelDaysBefore(),
                    trip.travelDaysAfter(), 0, trip.transport(), null, null, null, null), "staff_member", staffId, user));
        }
        return results;
    }

    private BulkResult add(TripDetails trip, MobilityCommand command, String table, long participantId, CurrentUser user) {
        record Person(String name, long schoolId) {
        }
        Person person = jdbc.sql("select last_name || ' ' || first_name, school_id from " + table + " where id = :id")
                .param("id", participantId).query((rs, n) -> new Person(rs.getString(1), rs.getLong(2))).optional()
                .orElse(new Person("#" + participantId, -1));
        if (!trip.schoolIds().contains(person.schoolId())) {
            return BulkResult.refused("—", person.name(), "trip.participant.otherSchool");
        }
        try {
            long id = mobilities.create(command, trip.id(), user);
            return BulkResult.passed(referenceOf(id), person.name());
        } catch (MobilityRuleException rule) {
            return BulkResult.refused("—", person.name(), rule.messageKey(), rule.args());
        }
    }

    private String referenceOf(long mobilityId) {
        return jdbc.sql("select reference from mobility where id = :id").param("id", mobilityId).query(String.class).single();
    }

    /** Moves every mobility of the trip that can make this move; reports, for each, whether it passed and why not. */
    public List<BulkResult> bulk(long tripId, MobilityStatus to, String comment, boolean forceMajeure, CurrentUser user) {
        requireVisible(tripId, user);
        if (!user.isCoordinator() && !manageable(tripId, user)) {
            throw new AccessDeniedException("not a manager of this trip");
        }
        record Line(long id, String reference, String name, MobilityStatus status, long schoolId) {
        }
        // accompanying persons last: they need their learners approved alongside, minors need their escort
        List<Line> lines = jdbc.sql("""
                        select m.id, m.reference, m.status, m.sending_school_id,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as name
                        from mobility m left join student st on st.id = m.student_id left join staff_member sf on sf.id = m.staff_id
                        where m.trip_id = :t and m.status <> 'CANCELLED' order by (m.student_id is null), m.id""")
                .param("t", tripId)
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getString("reference"), rs.getString("name"),
                        MobilityStatus.valueOf(rs.getString("status")), rs.getLong("sending_school_id")))
                .list();
        List<BulkResult> results = new ArrayList<>();
        for (Line line : lines) {
            if (line.status() == to) {
                continue;
            }
            if (!user.canRead(line.schoolId())) {
                results.add(BulkResult.refused(line.reference(), line.name(), "trip.bulk.otherSchool"));
                continue;
            }
            try {
                mobilities.transition(line.id(), to, comment, forceMajeure, user);
                results.add(BulkResult.passed(line.reference(), line.name()));
            } catch (MobilityRuleException rule) {
                results.add(BulkResult.refused(line.reference(), line.name(), rule.messageKey(), rule.args()));
            } catch (AccessDeniedException denied) {
                results.add(BulkResult.refused(line.reference(), line.name(), "trip.bulk.notYours"));
            }
        }
        return results;
    }
}
