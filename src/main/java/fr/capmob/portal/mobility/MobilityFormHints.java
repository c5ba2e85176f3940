package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.participant.Majority;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hints of the mobility form, from the values entered so far (any may be missing): the project's period, a
 * participant who is a minor on departure, the trips that fit ({@link TripOffers}). A student of another school than
 * a referent's is not looked at.
 */
@Service
public class MobilityFormHints {

    private record Student(long schoolId, LocalDate birthDate) {
    }

    private final JdbcClient jdbc;
    private final TripOffers offers;

    MobilityFormHints(JdbcClient jdbc, TripOffers offers) {
        this.jdbc = jdbc;
        this.offers = offers;
    }

    @Transactional(readOnly = true)
    public MobilityFormHint hint(MobilityCommand command, CurrentUser user) {
        Long projectId = command.projectId();
        record Period(LocalDate start, LocalDate end) {
        }
        Period period = projectId == null ? new Period(null, null)
                : jdbc.sql("select start_date, end_date from project where id = :p").param("p", projectId)
                        .query((rs, n) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                        .optional().orElse(new Period(null, null));
        boolean learner = command.activityType() == null || command.activityType().isLearner();
        Optional<Student> student = learner ? student(command.participant().studentId(), user) : Optional.empty();
        StayPeriod stay = command.period();
        boolean minor = student.isPresent() && stay.startDate() != null
                && Majority.isMinorOn(student.get().birthDate(), stay.startDate());
        List<TripOffer> fitting = student.isEmpty() ? List.of() : offers.of(new TripOffers.Wanted(projectId,
                student.get().schoolId(), stay.startDate(), stay.endDate(), city(command.placement()), null));
        return new MobilityFormHint(period.start(), period.end(), minor, fitting);
    }

    private Optional<Student> student(Long studentId, CurrentUser user) {
        if (studentId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select school_id, birth_date from student where id = :id").param("id", studentId)
                .query((rs, n) -> new Student(rs.getLong(1), rs.getObject(2, LocalDate.class))).optional()
                .filter(s -> s.birthDate() != null && (user.isCoordinator() || Long.valueOf(s.schoolId()).equals(user.schoolId())));
    }

    private Integer city(Placement placement) {
        if (placement.destinationCityId() != null) {
            return placement.destinationCityId();
        }
        if (placement.hostId() == null) {
            return null;
        }
        return jdbc.sql("select city_id from host_organisation where id = :id").param("id", placement.hostId())
                .query(Integer.class).optional().orElse(null);
    }
}
