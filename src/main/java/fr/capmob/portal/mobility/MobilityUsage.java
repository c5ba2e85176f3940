package fr.capmob.portal.mobility;

import fr.capmob.portal.participant.ParticipantUsage;
import fr.capmob.portal.partner.HostUsage;
import fr.capmob.portal.shared.DependentRecordsException.Dependant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Students, staff members and hosts that mobilities or trips refer to cannot be deleted: says how many refer to them. */
@Component
class MobilityUsage implements ParticipantUsage, HostUsage {

    private final JdbcClient jdbc;

    MobilityUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Dependant> dependantsOfStudent(long studentId) {
        List<Dependant> dependants = new ArrayList<>(mobilities("student_id", studentId));
        // exam results would go with the student (on delete cascade) without an audit entry: deleted one by one first
        long exams = jdbc.sql("select count(*) from exam_result where student_id = :id").param("id", studentId)
                .query(Long.class).single();
        if (exams > 0) {
            dependants.add(new Dependant("mobility.dependants.exams", exams));
        }
        return dependants;
    }

    @Override
    public List<Dependant> dependantsOfStaff(long staffId) {
        return mobilities("staff_id", staffId);
    }

    @Override
    public List<Dependant> dependantsOfHost(long hostId) {
        List<Dependant> dependants = new ArrayList<>(mobilities("host_id", hostId));
        long trips = jdbc.sql("select count(*) from trip_host where host_id = :id").param("id", hostId).query(Long.class).single();
        if (trips > 0) {
            dependants.add(new Dependant("mobility.dependants.trips", trips));
        }
        return dependants;
    }

    private List<Dependant> mobilities(String column, long id) {
        long count = jdbc.sql("select count(*) from mobility where " + column + " = :id").param("id", id)
                .query(Long.class).single();
        return count == 0 ? List.of() : List.of(new Dependant("mobility.dependants.mobilities", count));
    }
}
