package fr.capmob.portal.mobility;

import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.funding.RateSheet;
import fr.capmob.portal.funding.RateTableService;
import fr.capmob.portal.funding.RateTableSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a mobility's grant with its project's rate table and keeps it in {@code mobility_grant} (one row per
 * mobility, upserted), or removes it when it cannot be computed.
 */
@Component
class GrantStore {

    record Computed(RateTableSummary table, GrantRules.Result result) {
    }

    private record Project(long id, ProgrammeGeneration generation, int callYear, String agency) {
    }

    /** Rate-table versions never change once stored (a trigger refuses it): their figures can be kept. */
    private final Map<Long, RateSheet> sheets = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final RateTableService rateTables;
    private final GrantFacts facts;
    private final AuditedRows audit;
    private final GrantWaivers waivers;

    GrantStore(JdbcClient jdbc, RateTableService rateTables, GrantFacts facts, AuditedRows audit, GrantWaivers waivers) {
        this.audit = audit;
        this.waivers = waivers;
        this.jdbc = jdbc;
        this.rateTables = rateTables;
        this.facts = facts;
    }

    Optional<MobilityGrant> stored(long mobilityId) {
        return jdbc.sql("""
                        select g.*, t.call_year, t.national_agency, t.version
                        from mobility_grant g join rate_table t on t.id = g.rate_table_id where g.mobility_id = :id""")
                .param("id", mobilityId).query(GrantStore::storedGrant).optional();
    }

    /** The grant with the stored facts and the given table (null: the project's table today). */
    Computed compute(long mobilityId, Long tableId) {
        GrantRules.Facts mobility = facts.of(mobilityId);
        long projectId = jdbc.sql("select project_id from mobility where id = :id").param("id", mobilityId)
                .query(Long.class).single();
        RateTableSummary table = tableId != null ? rateTables.summary(tableId) : tableOf(projectId);
        return new Computed(table, GrantWaivers.apply(GrantRules.compute(mobility, sheet(table.id())), waivers.of(mobilityId)));
    }

    /** The grant a form not saved yet would have, with its project's table today. */
    Computed preview(MobilityCommand command, Long mobilityId) {
        Project project = project(command.projectId());
        GrantRules.Facts form = facts.of(command, mobilityId);
        RateTableSummary table = table(project);
        return new Computed(table, GrantWaivers.apply(GrantRules.compute(form, sheet(table.id())), waivers.of(mobilityId)));
    }

    /** Computes and upserts the row; returns it, or null (and removes any row) when it cannot be computed. */
    MobilityGrant store(long mobilityId, boolean frozen, String by, Long tableId) {
        Computed computed;
        try {
            computed = compute(mobilityId, tableId);
        } catch (GrantRules.Unavailable unavailable) {
            delete(mobilityId);
            return null;
        }
        MobilityGrant grant = grant(mobilityId, computed, frozen, Instant.now(), by);
        upsert(grant, by);
        return grant;
    }

    void delete(long mobilityId) {
        audit.deleting("mobility_grant", "mobility_id", mobilityId); // writes nothing when there is no grant row
        jdbc.sql("delete from mobility_grant where mobility_id = :id").param("id", mobilityId).update();
    }

    private void upsert(MobilityGrant grant, String by) {
        boolean inserted = jdbc.sql("""
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
                            computed_at = excluded.computed_at, computed_by = excluded.computed_by
                        returning xmax = 0 as inserted""")
                .param("m", grant.mobilityId()).param("table", grant.rateTableId()).param("frozen", grant.frozen())
                .param("departure", grant.departureCityId()).param("km", (int) grant.distanceKm())
                .param("from", grant.bandFromKm()).param("to", grant.bandToKm()).param("green", grant.greenTravel())
                .param("travelDays", grant.fundedTravelDays()).param("days", (int) grant.fundedDays())
                .param("travel", grant.travelSupport()).param("exceptional", grant.exceptionalTravel())
                .param("individual", grant.individualSupport()).param("organisational", grant.organisationalSupport())
                .param("inclusionOrg", grant.inclusionOrganisation()).param("inclusionPart", grant.inclusionParticipant())
                .param("fm", grant.forceMajeureCosts()).param("total", grant.total())
                .param("lines", GrantLinesJson.toJson(grant.lines()))
                .param("at", Timestamp.from(grant.computedAt())).param("by", by).query(Boolean.class).single();
        if (inserted) {
            audit.created("mobility_grant", "mobility_id", grant.mobilityId());
        } else {
            audit.changed("mobility_grant", "mobility_id", grant.mobilityId());
        }
    }

    static MobilityGrant grant(Long mobilityId, Computed computed, boolean frozen, Instant at, String by) {
        RateTableSummary table = computed.table();
        GrantRules.Result r = computed.result();
        return new MobilityGrant(mobilityId, table.id(), table.callYear(), table.nationalAgency(), table.version(), frozen,
                r.departureCityId(), r.distanceKm(), r.bandFromKm(), r.bandToKm(), r.green(), r.fundedTravelDays(),
                r.fundedDays(), r.travelSupport(), r.exceptionalTravel(), r.sum("INDIVIDUAL_SUPPORT"),
                r.sum("ORGANISATIONAL_SUPPORT"), r.sum("INCLUSION_SUPPORT"), r.sum(GrantEntry.INCLUSION_PARTICIPANT),
                r.sum(GrantEntry.FORCE_MAJEURE), r.total(), r.lines(), at, by);
    }

    private static MobilityGrant storedGrant(ResultSet rs, int n) throws SQLException {
        return new MobilityGrant(rs.getLong("mobility_id"), rs.getLong("rate_table_id"),
                rs.getInt("call_year"), rs.getString("national_agency"), rs.getInt("version"),
                rs.getBoolean("frozen"), rs.getInt("departure_city_id"), rs.getInt("distance_km"),
                rs.getObject("band_from_km", Integer.class), rs.getObject("band_to_km", Integer.class),
                rs.getBoolean("green_travel"), rs.getInt("funded_travel_days"), rs.getInt("funded_days"),
                rs.getBigDecimal("travel_support"), rs.getBigDecimal("exceptional_travel"),
                rs.getBigDecimal("individual_support"), rs.getBigDecimal("organisational_support"),
                rs.getBigDecimal("inclusion_organisation"), rs.getBigDecimal("inclusion_participant"),
                rs.getBigDecimal("force_majeure_costs"), rs.getBigDecimal("total"),
                GrantLinesJson.fromJson(rs.getString("lines")),
                rs.getTimestamp("computed_at").toInstant(), rs.getString("computed_by"));
    }

    /** The rate table the project uses today. */
    RateTableSummary tableOf(long projectId) {
        return table(project(projectId));
    }

    private Project project(long projectId) {
        return jdbc.sql("select id, generation, call_year, national_agency from project where id = :id")
                .param("id", projectId)
                .query((rs, n) -> new Project(rs.getLong(1), ProgrammeGeneration.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4)))
                .optional().orElseThrow(() -> new GrantRules.Unavailable("grants.problem.incomplete"));
    }

    private RateTableSummary table(Project project) {
        return rateTables.tableOfProject(project.id(), project.generation(), project.callYear(), project.agency())
                .orElseThrow(() -> new GrantRules.Unavailable("grants.problem.noTable"));
    }

    RateSheet sheet(long tableId) {
        return sheets.computeIfAbsent(tableId, rateTables::sheet);
    }
}
