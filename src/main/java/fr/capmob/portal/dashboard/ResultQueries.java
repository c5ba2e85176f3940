package fr.capmob.portal.dashboard;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ExamOutcome;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam results across students (recorded per student in the mobility module), filtered, sorted and paged in SQL:
 * one statement for the count, one for the page. A referent and a school's accountant see their school's students.
 * Whether a student went abroad is read from the mobility module's view {@code mobility_view}.
 */
@Service
@Transactional(readOnly = true)
public class ResultQueries {

    /** Sort keys of the list, mapped to SQL (ListQuery accepts only these). */
    public static final Map<String, String> SORT_KEYS = Map.of(
            "student", "st.normalised_last_name,st.normalised_first_name",
            "school", "s.name",
            "level", "e.qualification_level",
            "session", "e.session_date",
            "outcome", "e.result");

    private static final String FROM = """
             from exam_result e
             join student st on st.id = e.student_id
             join school s on s.id = st.school_id""";
    /**
     * Whether the learner went abroad, for the page's rows only: as a subquery with {@code limit 1}, PostgreSQL reads
     * each row's mobilities through the student index; as an {@code exists}, it planned one scan of every mobility
     * (180 ms at 100× the demo instead of 5).
     */
    private static final String COLUMNS = """
            select e.id, e.student_id, st.last_name || ' ' || st.first_name as student, s.name as school_name,
                   e.qualification_level, e.session_label, e.session_date, e.result,
                   coalesce((select true from mobility_view m where m.student_id = e.student_id and m.went_abroad
                             limit 1), false) as went_abroad""";

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<ResultRow> search(ResultFilter filter, Pageable pageable, CurrentUser user) {
        Long userSchool = user.seesWholeConsortium() ? null : (user.schoolId() == null ? -1L : user.schoolId());
        // without a school condition the count needs no join (700,000 results: a tenth of the time)
        boolean bySchool = userSchool != null || filter.schoolId() != null;
        SearchSql counting = conditions(bySchool ? FROM : " from exam_result e", filter, userSchool);
        return conditions(FROM, filter, userSchool)
                .page(jdbc, counting, COLUMNS, SearchSql.orderBy(pageable, "e.id"), pageable, ResultQueries::row);
    }

    /** The filter's and the user's conditions after the given FROM clause ({@code st} needed for a school). */
    private static SearchSql conditions(String from, ResultFilter filter, Long userSchool) {
        return SearchSql.from(from)
                .whereIfPresent(userSchool, "st.school_id = :userSchool", "userSchool")
                .whereIfPresent(filter.schoolId(), "st.school_id = :school", "school")
                .whereIfPresent(name(filter.level()), "e.qualification_level = :level", "level")
                .whereIfPresent(ListQuery.searchPattern(filter.session()), "lower(e.session_label) like :session", "session")
                .whereIfPresent(name(filter.outcome()), "e.result = :outcome", "outcome");
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static ResultRow row(ResultSet rs, int rowNum) throws SQLException {
        return new ResultRow(rs.getLong("id"), rs.getLong("student_id"), rs.getString("student"),
                rs.getString("school_name"), QualificationLevel.valueOf(rs.getString("qualification_level")),
                rs.getString("session_label"), rs.getObject("session_date", LocalDate.class),
                ExamOutcome.valueOf(rs.getString("result")), rs.getBoolean("went_abroad"));
    }
}
