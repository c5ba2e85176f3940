package fr.capmob.portal.mobility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads the named groups of a mobility from a row of the published view {@code mobility_view} (columns under their
 * view names), so that every module maps them the same way and a new column is mapped in one place.
 */
public final class MobilityViewRows {

    private MobilityViewRows() {
    }

    public static MobilityId id(ResultSet rs) throws SQLException {
        return MobilityId.of(rs.getLong("id"));
    }

    public static StayPeriod period(ResultSet rs) throws SQLException {
        return new StayPeriod(rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getInt("travel_days_before"), rs.getInt("travel_days_after"), rs.getInt("interruption_days"));
    }

    public static LearningAgreement learningAgreement(ResultSet rs) throws SQLException {
        return new LearningAgreement(rs.getString("learning_outcomes"), rs.getString("tasks"), rs.getString("mentor"));
    }

    public static MobilityStatus status(ResultSet rs) throws SQLException {
        return MobilityStatus.valueOf(rs.getString("status"));
    }

    public static MobilityStage stage(ResultSet rs) throws SQLException {
        return MobilityStage.valueOf(rs.getString("stage"));
    }

    public static ActivityType activityType(ResultSet rs) throws SQLException {
        return ActivityType.valueOf(rs.getString("activity_type"));
    }

    public static Transport transport(ResultSet rs) throws SQLException {
        String transport = rs.getString("transport");
        return transport == null ? null : Transport.valueOf(transport);
    }
}
