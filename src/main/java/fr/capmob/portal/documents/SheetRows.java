package fr.capmob.portal.documents;

import fr.capmob.portal.mobility.MobilityViewRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Maps a row of {@link DocumentQueries} to a {@link MobilitySheet}, group by group; the mobility's own groups (its
 * period, its learning agreement) are mapped by the mobility module's {@link MobilityViewRows}.
 */
final class SheetRows {

    private SheetRows() {
    }

    static MobilitySheet sheet(ResultSet rs, int rowNum) throws SQLException {
        return new MobilitySheet(MobilityViewRows.id(rs), rs.getString("reference"), activity(rs),
                new MobilitySheet.Project(rs.getString("project_number"), rs.getString("project_title")),
                MobilityViewRows.period(rs), MobilityViewRows.learningAgreement(rs), school(rs), person(rs), host(rs),
                new MobilitySheet.Place(rs.getString("city_name"), rs.getString("country")), grant(rs));
    }

    static MobilitySheet.Activity activity(ResultSet rs) throws SQLException {
        return new MobilitySheet.Activity(MobilityViewRows.activityType(rs), MobilityViewRows.transport(rs),
                MobilityViewRows.stage(rs), rs.getBoolean("took_place"));
    }

    static MobilitySheet.Letterhead school(ResultSet rs) throws SQLException {
        return new MobilitySheet.Letterhead(rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("school_address"), rs.getString("school_postcode"), rs.getString("school_city"),
                rs.getString("uai"), rs.getString("school_oid"), rs.getString("school_email"),
                rs.getString("school_phone"), rs.getString("head_of_school"));
    }

    static MobilitySheet.Person person(ResultSet rs) throws SQLException {
        return new MobilitySheet.Person(rs.getObject("student_id", Long.class), rs.getObject("staff_id", Long.class),
                rs.getString("first_name"), rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("qualification_level"), rs.getString("specialty"), rs.getString("class_name"),
                rs.getString("staff_role"));
    }

    /** Null when the mobility has no host yet. */
    static MobilitySheet.HostParty host(ResultSet rs) throws SQLException {
        Long hostId = rs.getObject("host_id", Long.class);
        return hostId == null ? null : new MobilitySheet.HostParty(hostId, rs.getString("host_name"),
                rs.getString("host_address"), rs.getString("host_city"), rs.getString("host_country"),
                rs.getString("host_oid"), rs.getString("contact_name"), rs.getString("contact_role"),
                rs.getString("contact_email"), rs.getString("contact_phone"));
    }

    /** Null while no grant has been computed. */
    static GrantFigures grant(ResultSet rs) throws SQLException {
        return !rs.getBoolean("has_grant") ? null : new GrantFigures(
                rs.getBigDecimal("grant_travel_support"), rs.getBigDecimal("grant_exceptional_travel"),
                rs.getBigDecimal("grant_individual_support"), rs.getBigDecimal("grant_organisational_support"),
                rs.getBigDecimal("grant_inclusion_organisation"), rs.getBigDecimal("grant_inclusion_participant"),
                rs.getBigDecimal("grant_force_majeure_costs"), rs.getBigDecimal("grant_total"),
                rs.getBoolean("grant_frozen"), rs.getInt("grant_distance_km"), rs.getBoolean("grant_green_travel"),
                rs.getInt("grant_funded_days"), rs.getInt("grant_funded_travel_days"),
                rs.getBigDecimal("advance_share"));
    }
}
