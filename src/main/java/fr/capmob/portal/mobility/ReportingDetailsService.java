package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.shared.ConcurrentEditException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves a mobility's reporting details. Who: the coordinators and the referents of its sending school, in
 * any status (the details are often known only afterwards). The interruption period must lie within the stay and
 * give exactly the mobility's interruption days (the grant counts those). A saved item "not required" sets that
 * item to 0 in the grant, which is recomputed at once unless frozen.
 */
@Service
public class ReportingDetailsService {

    private final MobilityAccess access;
    private final JdbcClient jdbc;
    private final AuditedRows audit;
    private final GrantUpkeep grants;

    ReportingDetailsService(MobilityAccess access, JdbcClient jdbc, AuditedRows audit, GrantUpkeep grants) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.grants = grants;
    }

    @Transactional(readOnly = true)
    public ReportingDetails get(long mobilityId, CurrentUser user) {
        Mobility mobility = access.visible(mobilityId, user);
        return jdbc.sql("""
                        select r.version, r.long_term, r.interruption_start, r.interruption_end, r.travel_not_required,
                               r.individual_not_required, r.organisational_not_required, r.special_needs_not_required,
                               r.exceptional_not_required
                        from mobility_reporting r where r.mobility_id = :id""").param("id", mobilityId)
                .query((rs, n) -> new ReportingDetails(mobilityId, mobility.getReference(), rs.getLong(1) + 1,
                        rs.getBoolean(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
                        period(mobility).interruptionDays(),
                        period(mobility).startDate(), period(mobility).endDate()))
                .optional().orElseGet(() -> new ReportingDetails(mobilityId, mobility.getReference(), 0, false, null, null,
                        false, false, false, false, false, period(mobility).interruptionDays(), period(mobility).startDate(),
                        period(mobility).endDate()));
    }

    /**
     * @param version the version the user saw (0: nothing saved yet)
     * @throws MobilityRuleException an interruption period outside the stay or not matching the interruption days
     */
    @Transactional
    public void save(long mobilityId, long version, ReportingDetails.Command command, CurrentUser user) {
        Mobility mobility = access.visible(mobilityId, user);
        MobilityActor.of(user, mobility.getSendingSchoolId()).orElseThrow(() -> new AccessDeniedException("read-only role"));
        check(command, mobility);
        ReportingDetails current = get(mobilityId, user);
        if (current.version() != version) {
            throw new ConcurrentEditException(null, null, current.version());
        }
        Map<String, Object> params = params(mobilityId, command, user);
        jdbc.sql("""
                insert into mobility_reporting (mobility_id, long_term, interruption_start, interruption_end,
                    travel_not_required, individual_not_required, organisational_not_required, special_needs_not_required,
                    exceptional_not_required, updated_at, updated_by)
                values (:id, :longTerm, :start, :end, :travel, :individual, :organisational, :specialNeeds, :exceptional,
                    :at, :by)
                on conflict (mobility_id) do update set version = mobility_reporting.version + 1,
                    long_term = excluded.long_term, interruption_start = excluded.interruption_start,
                    interruption_end = excluded.interruption_end, travel_not_required = excluded.travel_not_required,
                    individual_not_required = excluded.individual_not_required,
                    organisational_not_required = excluded.organisational_not_required,
                    special_needs_not_required = excluded.special_needs_not_required,
                    exceptional_not_required = excluded.exceptional_not_required,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""").params(params).update();
        if (version == 0) {
            audit.created("mobility_reporting", "mobility_id", mobilityId);
        } else {
            audit.changed("mobility_reporting", "mobility_id", mobilityId);
        }
        grants.refresh(mobilityId, user.email());
    }

    private static Map<String, Object> params(long mobilityId, ReportingDetails.Command command, CurrentUser user) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", mobilityId);
        params.put("longTerm", command.longTerm());
        params.put("start", command.interruptionStart());
        params.put("end", command.interruptionEnd());
        params.put("travel", command.travelNotRequired());
        params.put("individual", command.individualNotRequired());
        params.put("organisational", command.organisationalNotRequired());
        params.put("specialNeeds", command.specialNeedsNotRequired());
        params.put("exceptional", command.exceptionalNotRequired());
        params.put("at", java.sql.Timestamp.from(Instant.now()));
        params.put("by", user.email());
        return params;
    }

    private static StayPeriod period(Mobility mobility) {
        return mobility.toCommand().period();
    }

    static void check(ReportingDetails.Command command, Mobility mobility) {
        check(command, period(mobility));
    }

    /** The interruption period: both dates or none, within the stay, as many days as the mobility's interruption days. */
    static void check(ReportingDetails.Command command, StayPeriod period) {
        LocalDate start = command.interruptionStart();
        LocalDate end = command.interruptionEnd();
        if (start == null && end == null) {
            return;
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new MobilityRuleException("interruptionEnd", "reporting.details.interruption.incomplete");
        }
        if (start.isBefore(period.startDate()) || end.isAfter(period.endDate())) {
            throw new MobilityRuleException("interruptionStart", "reporting.details.interruption.outside");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days != period.interruptionDays()) {
            throw new MobilityRuleException("interruptionEnd", "reporting.details.interruption.days",
                    days, period.interruptionDays());
        }
    }
}
