package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.participant.Majority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one trip for its page: its head, schools and hosts, each participant's mobility, and its warnings. */
@Component
class TripDetailsQuery {

    private record Head(long projectId, String number, String title, String name, int cityId, String city,
                        String country, LocalDate start, LocalDate end, int before, int after, Transport transport) {
    }

    private final JdbcClient jdbc;
    private final MinorsPerEscort ratios;
    private final TripAccess access;

    TripDetailsQuery(JdbcClient jdbc, MinorsPerEscort ratios, TripAccess access) {
        this.jdbc = jdbc;
        this.ratios = ratios;
        this.access = access;
    }

    TripDetails get(long id, CurrentUser user) {
        Head head = head(id);
        List<Choice> schools = choices("select s.id, s.name from trip_school ts join school s on s.id = ts.school_id"
                + " where ts.trip_id = :t order by s.name, s.id", id);
        List<Choice> hosts = choices("select h.id, h.legal_name from trip_host th join host_organisation h on h.id = th.host_id"
                + " where th.trip_id = :t order by h.legal_name", id);
        List<TripParticipant> participants = participants(id, user);
        int ratio = ratios.of(head.projectId());
        TripWarnings warnings = TripWarnings.of(participants, ratio);
        return new TripDetails(TripId.of(id), head.name(), head.projectId(), head.number(), head.title(),
                schools.stream().map(Choice::label).toList(), schools.stream().map(Choice::id).toList(),
                hosts.stream().map(Choice::label).toList(), hosts, head.cityId(), head.city(), head.country(),
                head.start(), head.end(), head.before(), head.after(), head.transport(), participants,
                warnings.minors(), warnings.escorts(), ratio, warnings.warnings(), access.manageable(id, user));
    }

    private Head head(long id) {
        return jdbc.sql("""
                        select t.*, p.number, p.title, c.name as city, c.country from trip t
                        join project p on p.id = t.project_id join city c on c.id = t.destination_city_id where t.id = :t""")
                .param("t", id)
                .query((rs, n) -> new Head(rs.getLong("project_id"), rs.getString("number"), rs.getString("title"),
                        rs.getString("name"), rs.getInt("destination_city_id"), rs.getString("city"), rs.getString("country"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getInt("travel_days_before"), rs.getInt("travel_days_after"), MobilityViewRows.transport(rs)))
                .single();
    }

    private List<Choice> choices(String sql, long tripId) {
        return jdbc.sql(sql).param("t", tripId).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * Learners first, then accompanying persons, each by name; each readable (a link to its page) when the user reads
     * its school's records, or as a referent of a tutoring partner ({@link PartnerReads}).
     */
    private List<TripParticipant> participants(long tripId, CurrentUser user) {
        return jdbc.sql("""
                        select m.id, m.reference, m.activity_type, m.status, m.start_date, m.end_date, m.sending_school_id,
                               s.name as school, st.id as student_id, st.birth_date, mv.consent_missing,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as name,
                               """ + PartnerReads.SQL_PARTNER_OF_OWN.formatted("m.project_id", "m.sending_school_id") + """
                         as partner
                        from mobility m join school s on s.id = m.sending_school_id
                        left join student st on st.id = m.student_id left join staff_member sf on sf.id = m.staff_id
                        join mobility_minor_view mv on mv.mobility_id = m.id
                        where m.trip_id = :t
                        order by (m.student_id is null), coalesce(st.normalised_last_name, sf.normalised_last_name), m.id""")
                .param("t", tripId).param("own", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> participant(rs, user))
                .list();
    }

    private static TripParticipant participant(ResultSet rs, CurrentUser user) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        boolean minor = birth != null && Majority.isMinorOn(birth, start);
        return new TripParticipant(MobilityViewRows.id(rs), rs.getString("reference"), rs.getString("name"),
                rs.getString("school"), MobilityViewRows.activityType(rs), rs.getObject("student_id") != null, minor,
                minor && rs.getBoolean("consent_missing"), start,
                rs.getObject("end_date", LocalDate.class), MobilityViewRows.status(rs),
                user.canRead(rs.getLong("sending_school_id")) || (user.isReferent() && rs.getBoolean("partner")));
    }
}
