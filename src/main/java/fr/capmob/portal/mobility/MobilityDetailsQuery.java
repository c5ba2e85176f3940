package fr.capmob.portal.mobility;

import fr.capmob.portal.participant.Majority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one mobility with the names of what it points at (project, school, participant, host, cities). */
@Component
class MobilityDetailsQuery {

    private final JdbcClient jdbc;

    MobilityDetailsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MobilityDetails get(long id) {
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
                .param("id", id).query(MobilityDetailsQuery::details).single();
    }

    private static MobilityDetails details(ResultSet rs, int n) throws SQLException {
        Long tripId = rs.getObject("trip_id", Long.class);
        return new MobilityDetails(MobilityViewRows.id(rs), rs.getLong("version"), rs.getString("reference"),
                new MobilityDetails.Project(rs.getLong("project_id"), rs.getString("project_number"),
                        rs.getString("project_title")),
                MobilityViewRows.activityType(rs), participant(rs), destination(rs), MobilityViewRows.period(rs),
                MobilityViewRows.learningAgreement(rs),
                new MobilityDetails.Standing(MobilityViewRows.status(rs), rs.getString("cancellation_reason"),
                        rs.getBoolean("force_majeure")),
                rs.getString("notes"),
                new MobilityDetails.LastChange(rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")),
                tripId == null ? null : TripId.of(tripId), grant(rs));
    }

    private static MobilityDetails.Participant participant(ResultSet rs) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        return new MobilityDetails.Participant(rs.getObject("student_id", Long.class), rs.getObject("staff_id", Long.class),
                rs.getString("participant"), birth != null && Majority.isMinorOn(birth, start),
                rs.getLong("sending_school_id"), rs.getString("school_name"));
    }

    private static MobilityDetails.Destination destination(ResultSet rs) throws SQLException {
        return new MobilityDetails.Destination(rs.getObject("host_id", Long.class), rs.getString("host_name"),
                rs.getInt("destination_city_id"), rs.getString("city_name"), rs.getString("country"),
                MobilityViewRows.transport(rs));
    }

    private static MobilityDetails.Grant grant(ResultSet rs) throws SQLException {
        return new MobilityDetails.Grant(rs.getObject("departure_city_id", Integer.class), rs.getString("departure_name"),
                rs.getString("departure_country"), rs.getString("location_comment"),
                rs.getBigDecimal("exceptional_travel_cost"), rs.getBigDecimal("inclusion_real_costs"),
                rs.getString("inclusion_justification"), rs.getBoolean("zero_grant"),
                rs.getBigDecimal("force_majeure_costs"), rs.getString("force_majeure_note"), rs.getBoolean("fewer"));
    }
}
