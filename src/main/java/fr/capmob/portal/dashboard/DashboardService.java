package fr.capmob.portal.dashboard;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's figures, as SQL aggregates (no row of a mobility reaches Java): one statement whatever the
 * number of mobilities ({@link DashboardSql}) — the summary, the report outcomes, the exam pass rates and the breakdowns.
 * Mobilities are read through the mobility module's view {@code mobility_view}; a mobility counts once it went
 * abroad (its flag {@code went_abroad}: in progress, completed or reported) and is outgoing (incoming activities,
 * {@code ActivityType#isIncoming}, are left out).
 * Scope: a coordinator and a consortium accountant see the consortium, a referent and a school's accountant their
 * school only (tutoring partners' mobilities are not counted).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    DashboardService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's number and title, for the heading; 404 when there is no such project. */
    public String projectLabel(long projectId) {
        return jdbc.sql("select number || ' — ' || title from project where id = :id").param("id", projectId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("project", projectId));
    }

    /** A school's name, for the heading; 404 when there is no such school or it is outside the user's scope. */
    public String schoolName(long schoolId, CurrentUser user) {
        if (!user.canRead(schoolId)) {
            throw new NotFoundException("school", schoolId);
        }
        return jdbc.sql("select name from school where id = :id").param("id", schoolId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("school", schoolId));
    }

    /** The figures computed now, from the tables (two statements: the session settings, then every figure at once). */
    public DashboardFigures figures(DashboardFilter filter, CurrentUser user) {
        prepareForAggregates();
        return figures(filter, scopeOf(user));
    }

    /**
     * Sets this transaction up for the dashboard's large aggregates ({@link DashboardSql#AGGREGATE_SETTINGS}); the
     * snapshots' look-up does the same in its own statement.
     */
    void prepareForAggregates() {
        jdbc.sql("select " + DashboardSql.AGGREGATE_SETTINGS).query().singleRow();
    }

    /** The school a user's figures are limited to: null for the whole consortium, -1 for a user without school. */
    static Long scopeOf(CurrentUser user) {
        return user.seesWholeConsortium() ? null : (user.schoolId() == null ? -1L : user.schoolId());
    }

    /**
     * The figures in one statement, in a transaction the caller prepared ({@link #prepareForAggregates}, or the
     * snapshots' look-up).
     */
    DashboardFigures figures(DashboardFilter filter, Long scopeSchool) {
        SearchSql mobilities = new Scope(filter, scopeSchool).over(DashboardSql.MOBILITIES);
        String consortiumSchools = filter.projectId() != null
                ? "(select count(*) from project_school where project_id = :project)"
                : "(select count(*) from school)";
        return jdbc.sql(DashboardSql.figures(mobilities.fromWhere(), consortiumSchools))
                .params(mobilities.params())
                .query((rs, n) -> new DashboardFigures(summary(rs), outcomes(rs), exams(rs.getString("exams")),
                        breakdowns(rs.getString("breakdowns"))))
                .single();
    }

    /** What the figures count: the mobilities that went abroad, within the filter and the user's school scope. */
    record Scope(DashboardFilter filter, Long userSchool) {

        /**
         * The given FROM clause (which reads {@code mobility_view m}) with the scope's conditions on {@code m}: outgoing
         * mobilities only (an incoming expert or hosted teacher came to a consortium school, nobody went abroad).
         */
        SearchSql over(String from) {
            return SearchSql.from(from).where("m.went_abroad")
                    .where("m.activity_type not in (:incoming)", "incoming", ActivityType.incomingNames())
                    .whereIfPresent(filter.projectId(), "m.project_id = :project", "project")
                    .whereIfPresent(filter.schoolId(), "m.sending_school_id = :school", "school")
                    .whereIfPresent(userSchool, "m.sending_school_id = :userSchool", "userSchool");
        }
    }

    private static DashboardFigures.Summary summary(ResultSet rs) throws SQLException {
        long learners = rs.getLong("learners");
        BigDecimal median = rs.getBigDecimal("median_days");
        return new DashboardFigures.Summary(rs.getLong("mobilities"), learners, rs.getLong("staff"),
                rs.getLong("countries"), rs.getLong("schools"), rs.getLong("consortium_schools"),
                rs.getObject("min_days", Integer.class), rs.getObject("max_days", Integer.class),
                median == null ? null : median.setScale(1, RoundingMode.HALF_UP),
                new Share(rs.getLong("fewer"), learners), new Share(rs.getLong("minors"), learners));
    }

    private static DashboardFigures.Outcomes outcomes(ResultSet rs) throws SQLException {
        return new DashboardFigures.Outcomes(new Share(rs.getLong("language_yes"), rs.getLong("language_answers")),
                new Share(rs.getLong("confidence_yes"), rs.getLong("confidence_answers")),
                new Share(rs.getLong("again_yes"), rs.getLong("again_answers")),
                new Share(rs.getLong("satisfied"), rs.getLong("satisfaction_answers")));
    }

    /** The exam rates, from the statement's JSON array (null when no student went abroad), by level. */
    private static List<ExamRate> exams(String json) {
        if (json == null) {
            return List.of();
        }
        List<ExamRate> rates = JSON.readValue(json, new TypeReference<List<ExamRate>>() { });
        return rates.stream().sorted(Comparator.comparing(ExamRate::level)).toList();
    }

    /** One row of the statement's breakdowns, as its JSON array gives it. */
    private record BreakdownRow(Dimension dim, String key, String name, long learners, long staff) {
    }

    private static Map<Dimension, List<Breakdown>> breakdowns(String json) {
        Map<Dimension, List<Breakdown>> result = new EnumMap<>(Dimension.class);
        if (json == null) {
            return result;
        }
        for (BreakdownRow row : JSON.readValue(json, new TypeReference<List<BreakdownRow>>() { })) {
            result.computeIfAbsent(row.dim(), d -> new ArrayList<>())
                    .add(new Breakdown(row.key(), row.name(), row.learners(), row.staff()));
        }
        result.replaceAll((dimension, rows) -> sorted(dimension, rows));
        return result;
    }

    /** Years and months in time order, the others by the number of mobilities, the largest first. */
    private static List<Breakdown> sorted(Dimension dimension, List<Breakdown> rows) {
        Comparator<Breakdown> order = switch (dimension) {
            case YEAR, MONTH -> Comparator.comparing(Breakdown::key);
            default -> Comparator.comparingLong(Breakdown::total).reversed().thenComparing(Breakdown::key);
        };
        List<Breakdown> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return List.copyOf(sorted);
    }
}
