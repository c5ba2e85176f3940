package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.funding.NoRateTableException;
import fr.capmob.portal.funding.RateSheet;
import fr.capmob.portal.funding.RateTableService;
import fr.capmob.portal.funding.RateTableSummary;
import fr.capmob.portal.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The grant of each mobility, stored in {@code mobility_grant}: kept up to date on every save and transition
 * while the mobility is DRAFT, SUBMITTED or APPROVED; frozen with its rate-table version on the move to
 * CONFIRMED; after that changed only by a coordinator's recomputation (with a reason, recorded in
 * {@code mobility_grant_change}) or, for a force-majeure cancellation, by the costs incurred entered by hand.
 * When no grant can be computed (no rate table fits the project, no departure city) nothing is stored.
 */
@Service
@Transactional(readOnly = true)
public class MobilityGrants {

    static final Set<MobilityStatus> LIVE = EnumSet.of(MobilityStatus.DRAFT, MobilityStatus.SUBMITTED, MobilityStatus.APPROVED);
    static final Set<MobilityStatus> FROZEN = EnumSet.of(MobilityStatus.CONFIRMED, MobilityStatus.IN_PROGRESS,
            MobilityStatus.COMPLETED, MobilityStatus.REPORTED);

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Rate-table versions never change once stored (a trigger refuses it): their figures can be kept. */
    private final Map<Long, RateSheet> sheets = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final RateTableService rateTables;
    private final MobilityRepository mobilities;
    private final EntityManager entityManager;

    MobilityGrants(JdbcClient jdbc, RateTableService rateTables, MobilityRepository mobilities, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.rateTables = rateTables;
        this.mobilities = mobilities;
        this.entityManager = entityManager;
    }

    // ---- reading

    /** The stored grant of a mobility the user sees. */
    public Optional<MobilityGrant> stored(long mobilityId, CurrentUser user) {
        visible(mobilityId, user);
        return storedRow(mobilityId);
    }

    /** Every explicit recomputation of the mobility's grant, oldest first. */
    public List<GrantChange> changes(long mobilityId, CurrentUser user) {
        visible(mobilityId, user);
        return jdbc.sql("""
                        select changed_at, changed_by, reason, previous_rate_table_id, new_rate_table_id, previous_total, new_total
                        from mobility_grant_change where mobility_id = :id order by changed_at, id""")
                .param("id", mobilityId)
                .query((rs, n) -> new GrantChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("reason"), rs.getObject("previous_rate_table_id", Long.class),
                        rs.getLong("new_rate_table_id"), rs.getBigDecimal("previous_total"), rs.getBigDecimal("new_total")))
                .list();
    }

    /** The grant section of the detail page. */
    public GrantView view(long mobilityId, CurrentUser user) {
        Mobility mobility = visible(mobilityId, user);
        Optional<MobilityGrant> grant = storedRow(mobilityId);
        MobilityStatus status = mobility.getStatus();
        String problem = null;
        BigDecimal currentTotal = null;
        if (grant.isEmpty() && status != MobilityStatus.CANCELLED) {
            try {
                compute(mobilityId, null);
                problem = "grants.problem.notStored";
            } catch (GrantRules.Unavailable unavailable) {
                problem = unavailable.key();
            }
        } else if (grant.isEmpty()) {
            problem = "grants.problem.cancelled";
        } else if (grant.get().frozen() && FROZEN.contains(status)) {
            try {
                BigDecimal now = compute(mobilityId, null).result().total();
                currentTotal = now.compareTo(grant.get().total()) == 0 ? null : now;
            } catch (GrantRules.Unavailable unavailable) {
                currentTotal = null;
            }
        }
        boolean coordinator = user.isCoordinator();
        return new GrantView(grant.orElse(null), problem, changes(mobilityId, user), currentTotal,
                coordinator && FROZEN.contains(status),
                coordinator && status == MobilityStatus.CANCELLED && mobility.isForceMajeure());
    }

    /**
     * The grant a mobility would have with these inputs (the form, before saving), with the project's table.
     *
     * @param mobilityId the mobility being edited, or null for a new one (it ranks after those starting the same day)
     * @throws GrantUnavailableException why it cannot be computed (i18n key)
     */
    public MobilityGrant preview(MobilityCommand command, Long mobilityId, CurrentUser user) {
        if (mobilityId != null) {
            visible(mobilityId, user);
        }
        if (command.projectId() == null || command.activityType() == null || command.startDate() == null
                || command.endDate() == null || command.endDate().isBefore(command.startDate())
                || (command.studentId() == null && command.staffId() == null)) {
            throw new GrantUnavailableException("grants.problem.incomplete");
        }
        try {
            Project project = project(command.projectId());
            GrantRules.Facts facts = factsOf(command, mobilityId);
            RateTableSummary table = table(project);
            GrantRules.Result result = GrantRules.compute(facts, sheet(table.id()));
            return grant(mobilityId, table, false, result, Instant.now(), user.email());
        } catch (GrantRules.Unavailable unavailable) {
            throw new GrantUnavailableException(unavailable.key());
        }
    }

    // ---- writing

    /**
     * Brings the stored grant in line with the mobility's status: recomputed while DRAFT, SUBMITTED or APPROVED,
     * frozen when CONFIRMED (if not already), the costs incurred for a force-majeure cancellation, removed for any
     * other cancellation; left alone once frozen. Nothing is stored when it cannot be computed.
     */
    @Transactional
    void refresh(long mobilityId, String by) {
        MobilityStatus status = MobilityStatus.valueOf(jdbc.sql("select status from mobility where id = :id")
                .param("id", mobilityId).query(String.class).single());
        Optional<MobilityGrant> stored = storedRow(mobilityId);
        if (LIVE.contains(status)) {
            store(mobilityId, false, by, null);
        } else if (status == MobilityStatus.CONFIRMED && (stored.isEmpty() || !stored.get().frozen())) {
            store(mobilityId, true, by, null);
        } else if (status == MobilityStatus.CANCELLED) {
            Boolean forceMajeure = jdbc.sql("select force_majeure from mobility where id = :id").param("id", mobilityId)
                    .query(Boolean.class).single();
            if (forceMajeure) {
                store(mobilityId, true, by, stored.map(MobilityGrant::rateTableId).orElse(null));
            } else {
                jdbc.sql("delete from mobility_grant where mobility_id = :id").param("id", mobilityId).update();
            }
        }
    }

    /**
     * One mobility more or less before others in a project shifts their participant numbers by one: only the
     * participants now at the organisational-support limit and just beyond it can change tier (2014–2020 tables).
     * Their grants are recomputed while they are still live; frozen ones keep theirs.
     */
    @Transactional
    void refreshTierNeighbours(long mobilityId, String by) {
        long projectId = jdbc.sql("select project_id from mobility where id = :id").param("id", mobilityId)
                .query(Long.class).single();
        RateSheet rates;
        try {
            rates = sheet(table(project(projectId)).id());
        } catch (GrantRules.Unavailable unavailable) {
            return;
        }
        if (!rates.has(fr.capmob.portal.funding.RateKind.ORGANISATIONAL_TIER)) {
            return;
        }
        int limit = rates.parameter(RateSheet.ORGANISATIONAL_TIER_LIMIT).map(BigDecimal::intValueExact).orElse(Integer.MAX_VALUE);
        if (limit == Integer.MAX_VALUE) {
            return;
        }
        List<Long> neighbours = jdbc.sql("""
                        select id, status from mobility where project_id = :p and status <> 'CANCELLED'
                          and activity_type <> 'ACCOMPANYING' order by start_date, id offset :skip limit 2""")
                .param("p", projectId).param("skip", limit - 1)
                .query((rs, n) -> LIVE.contains(MobilityStatus.valueOf(rs.getString("status"))) ? rs.getLong("id") : null)
                .list().stream().filter(java.util.Objects::nonNull).filter(id -> id != mobilityId).toList();
        for (long id : neighbours) {
            store(id, false, by, null);
        }
    }

    /**
     * Stores the grant of every mobility that has none yet, as its status wants it: live before CONFIRMED, frozen
     * from CONFIRMED on, the costs incurred for a force-majeure cancellation (none for another cancellation). For
     * data loaded without the service (the demo, mobilities entered before grants existed). Returns how many
     * grants were stored.
     */
    @Transactional
    public int storeMissing(String by) {
        record Missing(long id, MobilityStatus status) {
        }
        List<Missing> missing = jdbc.sql("select m.id, m.status from mobility m"
                        + " where not exists (select 1 from mobility_grant g where g.mobility_id = m.id)"
                        + " and (m.status <> 'CANCELLED' or m.force_majeure) order by m.id")
                .query((rs, n) -> new Missing(rs.getLong(1), MobilityStatus.valueOf(rs.getString(2)))).list();
        int stored = 0;
        for (Missing m : missing) {
            if (store(m.id(), !LIVE.contains(m.status()), by, null) != null) {
                stored++;
            }
        }
        return stored;
    }

    /**
     * A coordinator recomputes a frozen grant with the project's current table and today's inputs, and says why;
     * the change is recorded. The form's version of the mobility must be the stored one.
     */
    @Transactional
    public void recompute(long mobilityId, long version, String reason, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinators only");
        }
        Mobility mobility = visible(mobilityId, user);
        if (!FROZEN.contains(mobility.getStatus())) {
            throw new MobilityRuleException(null, "grants.recompute.notFrozen");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new MobilityRuleException("reason", "grants.recompute.reasonRequired");
        }
        if (why.length() > 2000) {
            throw new MobilityRuleException("reason", "grants.text.tooLong");
        }
        mobility.checkVersion(version);
        Optional<MobilityGrant> before = storedRow(mobilityId);
        MobilityGrant after = store(mobilityId, true, user.email(), null);
        if (after == null) {
            throw new MobilityRuleException(null, "grants.recompute.impossible");
        }
        // the mobility changes version with its grant: a form opened before this recomputation is stale
        int bumped = jdbc.sql("update mobility set version = version + 1, updated_at = now(), updated_by = :by"
                        + " where id = :id and version = :version")
                .param("by", user.email()).param("id", mobilityId).param("version", version).update();
        if (bumped != 1) {
            throw new fr.capmob.portal.shared.ConcurrentEditException(mobility.getUpdatedBy(), mobility.getUpdatedAt(), version);
        }
        entityManager.refresh(mobility);
        jdbc.sql("""
                        insert into mobility_grant_change (mobility_id, changed_at, changed_by, reason, previous_rate_table_id,
                                                           new_rate_table_id, previous_total, new_total)
                        values (:m, :at, :by, :reason, :prevTable, :newTable, :prevTotal, :newTotal)""")
                .param("m", mobilityId).param("at", Timestamp.from(Instant.now())).param("by", user.email())
                .param("reason", why).param("prevTable", before.map(MobilityGrant::rateTableId).orElse(null))
                .param("newTable", after.rateTableId()).param("prevTotal", before.map(MobilityGrant::total).orElse(null))
                .param("newTotal", after.total()).update();
    }

    /** A coordinator enters the costs incurred by a force-majeure cancellation, with a note: they become the grant. */
    @Transactional
    public void forceMajeureCosts(long mobilityId, long version, BigDecimal costs, String note, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinators only");
        }
        Mobility mobility = visible(mobilityId, user);
        if (mobility.getStatus() != MobilityStatus.CANCELLED || !mobility.isForceMajeure()) {
            throw new MobilityRuleException(null, "grants.forceMajeure.notCancelled");
        }
        if (costs == null) {
            throw new MobilityRuleException("forceMajeureCosts", "grants.forceMajeure.costsRequired");
        }
        if (costs.signum() < 0 || costs.scale() > 2 || costs.compareTo(new BigDecimal("9999999999")) > 0) {
            throw new MobilityRuleException("forceMajeureCosts", "grants.amount.invalid");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new MobilityRuleException("forceMajeureNote", "grants.forceMajeure.noteRequired");
        }
        if (text.length() > 2000) {
            throw new MobilityRuleException("forceMajeureNote", "grants.text.tooLong");
        }
        mobility.checkVersion(version);
        mobility.forceMajeureCosts(costs, text);
        mobilities.saveAndFlush(mobility);
        refresh(mobilityId, user.email());
    }

    // ---- computing and storing

    private record Project(long id, ProgrammeGeneration generation, int callYear, String agency) {
    }

    private record Computed(RateTableSummary table, GrantRules.Result result) {
    }

    private Computed compute(long mobilityId, Long tableId) {
        GrantRules.Facts facts = facts(mobilityId);
        long projectId = jdbc.sql("select project_id from mobility where id = :id").param("id", mobilityId)
                .query(Long.class).single();
        RateTableSummary table = tableId != null ? rateTables.summary(tableId) : table(project(projectId));
        return new Computed(table, GrantRules.compute(facts, sheet(table.id())));
    }

    /** Computes and upserts the row; returns it, or null (and removes any row) when it cannot be computed. */
    private MobilityGrant store(long mobilityId, boolean frozen, String by, Long tableId) {
        Computed computed;
        try {
            computed = compute(mobilityId, tableId);
        } catch (GrantRules.Unavailable unavailable) {
            jdbc.sql("delete from mobility_grant where mobility_id = :id").param("id", mobilityId).update();
            return null;
        }
        MobilityGrant grant = grant(mobilityId, computed.table(), frozen, computed.result(), Instant.now(), by);
        jdbc.sql("""
                        insert into mobility_grant (mobility_id, rate_table_id, frozen, departure_city_id, distance_km, band_from_km,
                            band_to_km, green_travel, funded_travel_days, funded_days, travel_support, exceptional_travel,
                            individual_support, organisational_support, inclusion_organisation, inclusion_participant,
                            force_majeure_costs, total, lines, computed_at, computed_by)
                        values (:m, :table, :frozen, :departure, :km, :from, :to, :green, :travelDays, :days, :travel, :exceptional,
                            :individual, :organisational, :inclusionOrg, :inclusionPart, :fm, :total, cast(:lines as jsonb), :at, :by)
                        on conflict (mobility_id) do update set rate_table_id = excluded.rate_table_id, frozen = excluded.frozen,
                            departure_city_id = excluded.departure_city_id, distance_km = excluded.distance_km,
                            band_from_km = excluded.band_from_km, band_to_km = excluded.band_to_km,
                            green_travel = excluded.green_travel, funded_travel_days = excluded.funded_travel_days,
                            funded_days = excluded.funded_days, travel_support = excluded.travel_support,
                            exceptional_travel = excluded.exceptional_travel, individual_support = excluded.individual_support,
                            organisational_support = excluded.organisational_support,
                            inclusion_organisation = excluded.inclusion_organisation,
                            inclusion_participant = excluded.inclusion_participant,
                            force_majeure_costs = excluded.force_majeure_costs, total = excluded.total, lines = excluded.lines,
                            computed_at = excluded.computed_at, computed_by = excluded.computed_by""")
                .param("m", mobilityId).param("table", grant.rateTableId()).param("frozen", frozen)
                .param("departure", grant.departureCityId()).param("km", (int) grant.distanceKm())
                .param("from", grant.bandFromKm()).param("to", grant.bandToKm()).param("green", grant.greenTravel())
                .param("travelDays", grant.fundedTravelDays()).param("days", (int) grant.fundedDays())
                .param("travel", grant.travelSupport()).param("exceptional", grant.exceptionalTravel())
                .param("individual", grant.individualSupport()).param("organisational", grant.organisationalSupport())
                .param("inclusionOrg", grant.inclusionOrganisation()).param("inclusionPart", grant.inclusionParticipant())
                .param("fm", grant.forceMajeureCosts()).param("total", grant.total()).param("lines", toJson(grant.lines()))
                .param("at", Timestamp.from(grant.computedAt())).param("by", by).update();
        return grant;
    }

    private static MobilityGrant grant(Long mobilityId, RateTableSummary table, boolean frozen, GrantRules.Result r,
                                       Instant at, String by) {
        return new MobilityGrant(mobilityId, table.id(), table.callYear(), table.nationalAgency(), table.version(), frozen,
                r.departureCityId(), r.distanceKm(), r.bandFromKm(), r.bandToKm(), r.green(), r.fundedTravelDays(),
                r.fundedDays(), r.travelSupport(), r.exceptionalTravel(), r.sum("INDIVIDUAL_SUPPORT"),
                r.sum("ORGANISATIONAL_SUPPORT"), r.sum("INCLUSION_SUPPORT"), r.sum(GrantEntry.INCLUSION_PARTICIPANT),
                r.sum(GrantEntry.FORCE_MAJEURE), r.total(), r.lines(), at, by);
    }

    private RateTableSummary table(Project project) {
        return rateTables.tableOfProject(project.id(), project.generation(), project.callYear(), project.agency())
                .orElseThrow(() -> new GrantRules.Unavailable("grants.problem.noTable"));
    }

    private RateSheet sheet(long tableId) {
        return sheets.computeIfAbsent(tableId, rateTables::sheet);
    }

    private Project project(long projectId) {
        return jdbc.sql("select id, generation, call_year, national_agency from project where id = :id")
                .param("id", projectId)
                .query((rs, n) -> new Project(rs.getLong(1), ProgrammeGeneration.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4)))
                .optional().orElseThrow(() -> new GrantRules.Unavailable("grants.problem.incomplete"));
    }

    /** The rank of a participant: non-cancelled mobilities of the project, accompanying persons apart, by start date then id. */
    static final String RANK = """
            (select count(*) from mobility o where o.project_id = %s and o.status <> 'CANCELLED'
                and o.activity_type <> 'ACCOMPANYING' and o.id <> %s
                and (o.start_date < %s or (o.start_date = %s and o.id < %s))) + 1""";

    private GrantRules.Facts facts(long mobilityId) {
        return jdbc.sql("""
                        select m.activity_type, m.status, m.start_date, m.end_date, m.travel_days_before,
                               m.travel_days_before + m.travel_days_after as travel_days,
                               m.interruption_days, m.transport, dep.id as departure_id, dep.latitude as dep_lat, dep.longitude as dep_lon,
                               dest.country, dest.latitude as dest_lat, dest.longitude as dest_lon, m.exceptional_travel_cost,
                               m.inclusion_real_costs, m.zero_grant, coalesce(st.fewer_opportunities, false) as fewer,
                               m.force_majeure, m.force_majeure_costs,
                               """ + RANK.formatted("m.project_id", "m.id", "m.start_date", "m.start_date", "m.id") + """
                                as rank
                        from mobility m
                        join school s on s.id = m.sending_school_id
                        left join city dep on dep.id = coalesce(m.departure_city_id, s.city_id)
                        join city dest on dest.id = m.destination_city_id
                        left join student st on st.id = m.student_id
                        where m.id = :id""")
                .param("id", mobilityId).query(MobilityGrants::facts).single();
    }

    /** The facts of a form not saved yet: the participant's school and fewer opportunities, the host's city. */
    private GrantRules.Facts factsOf(MobilityCommand c, Long mobilityId) {
        GrantInputs g = c.grant();
        boolean learner = c.activityType().isLearner();
        Long participant = learner ? c.studentId() : c.staffId();
        if (participant == null) {
            throw new GrantRules.Unavailable("grants.problem.incomplete");
        }
        String table = learner ? "student" : "staff_member";
        String fewer = learner ? "x.fewer_opportunities " : "false ";
        return jdbc.sql("""
                        select cast(:activity as varchar) as activity_type, cast(:status as varchar) as status,
                               cast(:start as date) as start_date, cast(:end as date) as end_date,
                               cast(:travelBefore as integer) as travel_days_before, cast(:travelDays as integer) as travel_days, cast(:interruption as integer) as interruption_days,
                               cast(:transport as varchar) as transport, dep.id as departure_id, dep.latitude as dep_lat, dep.longitude as dep_lon,
                               dest.country, dest.latitude as dest_lat, dest.longitude as dest_lon,
                               cast(:exceptional as numeric) as exceptional_travel_cost, cast(:inclusion as numeric) as inclusion_real_costs,
                               cast(:zero as boolean) as zero_grant, """ + fewer + """
                          as fewer, false as force_majeure, cast(null as numeric) as force_majeure_costs,
                               """ + RANK.formatted("cast(:project as bigint)", "cast(:current as bigint)", "cast(:start as date)", "cast(:start as date)", "cast(:current as bigint)") + """
                                as rank
                        from %s x
                        join school s on s.id = x.school_id
                        left join city dep on dep.id = coalesce(cast(:departure as integer), s.city_id)
                        join city dest on dest.id = coalesce(cast(:destination as integer),
                                                             (select h.city_id from host_organisation h where h.id = :host))
                        where x.id = :participant""".formatted(table))
                .param("activity", c.activityType().name())
                .param("status", MobilityStatus.DRAFT.name())
                .param("start", c.startDate()).param("end", c.endDate())
                .param("travelBefore", c.travelDaysBefore()).param("travelDays", c.travelDaysBefore() + c.travelDaysAfter()).param("interruption", c.interruptionDays())
                .param("transport", c.transport() == null ? null : c.transport().name())
                .param("exceptional", g.exceptionalTravelCost()).param("inclusion", g.inclusionRealCosts())
                .param("zero", g.zeroGrant()).param("project", c.projectId())
                .param("current", mobilityId == null ? Long.MAX_VALUE : mobilityId)
                .param("departure", g.departureCityId()).param("destination", c.destinationCityId())
                .param("host", c.hostId() == null ? -1L : c.hostId()).param("participant", participant)
                .query(MobilityGrants::facts).optional()
                .orElseThrow(() -> new GrantRules.Unavailable("grants.problem.noDestination"));
    }

    private static GrantRules.Facts facts(ResultSet rs, int n) throws SQLException {
        String transport = rs.getString("transport");
        Integer departure = rs.getObject("departure_id", Integer.class);
        return new GrantRules.Facts(ActivityType.valueOf(rs.getString("activity_type")),
                MobilityStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getInt("travel_days_before"), rs.getInt("travel_days"), rs.getInt("interruption_days"),
                transport != null && Transport.valueOf(transport).isGreen(), departure,
                departure == null ? null : rs.getDouble("dep_lat"), departure == null ? null : rs.getDouble("dep_lon"),
                rs.getString("country"), rs.getDouble("dest_lat"), rs.getDouble("dest_lon"),
                rs.getBigDecimal("exceptional_travel_cost"), rs.getBigDecimal("inclusion_real_costs"),
                rs.getBoolean("zero_grant"), rs.getBoolean("fewer"), rs.getBoolean("force_majeure"),
                rs.getBigDecimal("force_majeure_costs"), (int) rs.getLong("rank"));
    }

    private Optional<MobilityGrant> storedRow(long mobilityId) {
        return jdbc.sql("""
                        select g.*, t.call_year, t.national_agency, t.version
                        from mobility_grant g join rate_table t on t.id = g.rate_table_id where g.mobility_id = :id""")
                .param("id", mobilityId)
                .query((rs, n) -> new MobilityGrant(rs.getLong("mobility_id"), rs.getLong("rate_table_id"),
                        rs.getInt("call_year"), rs.getString("national_agency"), rs.getInt("version"),
                        rs.getBoolean("frozen"), rs.getInt("departure_city_id"), rs.getInt("distance_km"),
                        rs.getObject("band_from_km", Integer.class), rs.getObject("band_to_km", Integer.class),
                        rs.getBoolean("green_travel"), rs.getInt("funded_travel_days"), rs.getInt("funded_days"),
                        rs.getBigDecimal("travel_support"), rs.getBigDecimal("exceptional_travel"),
                        rs.getBigDecimal("individual_support"), rs.getBigDecimal("organisational_support"),
                        rs.getBigDecimal("inclusion_organisation"), rs.getBigDecimal("inclusion_participant"),
                        rs.getBigDecimal("force_majeure_costs"), rs.getBigDecimal("total"), fromJson(rs.getString("lines")),
                        rs.getTimestamp("computed_at").toInstant(), rs.getString("computed_by")))
                .optional();
    }

    private Mobility visible(long id, CurrentUser user) {
        Mobility mobility = mobilities.findById(id).orElseThrow(() -> new NotFoundException("mobility", id));
        if (!user.canRead(mobility.getSendingSchoolId())) {
            throw new NotFoundException("mobility", id);
        }
        return mobility;
    }

    // ---- the lines as JSON: [{"item", "rule", "args": [number | text | {"message": key}], "amount", "verify"}]

    static String toJson(List<GrantEntry> lines) {
        ArrayNode array = JSON.createArrayNode();
        for (GrantEntry line : lines) {
            ObjectNode node = array.addObject();
            node.put("item", line.item());
            node.put("rule", line.rule());
            ArrayNode args = node.putArray("args");
            for (Object arg : line.args()) {
                if (arg instanceof GrantEntry.Message message) {
                    args.addObject().put("message", message.code());
                } else if (arg instanceof BigDecimal decimal) {
                    args.add(decimal);
                } else if (arg instanceof Long || arg instanceof Integer) {
                    args.add(((Number) arg).longValue());
                } else if (arg instanceof Number number) {
                    args.add(new BigDecimal(number.toString()));
                } else {
                    args.add(String.valueOf(arg));
                }
            }
            node.put("amount", line.amount());
            node.put("verify", line.verify());
        }
        return JSON.writeValueAsString(array);
    }

    static List<GrantEntry> fromJson(String json) {
        List<GrantEntry> lines = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            List<Object> args = new ArrayList<>();
            for (JsonNode arg : node.get("args")) {
                if (arg.isObject()) {
                    args.add(new GrantEntry.Message(arg.get("message").asString()));
                } else if (arg.isIntegralNumber()) {
                    args.add(arg.longValue());
                } else if (arg.isNumber()) {
                    args.add(arg.decimalValue());
                } else {
                    args.add(arg.asString());
                }
            }
            lines.add(new GrantEntry(node.get("item").asString(), node.get("rule").asString(), args,
                    node.get("amount").decimalValue(), node.get("verify").asBoolean()));
        }
        return lines;
    }
}
