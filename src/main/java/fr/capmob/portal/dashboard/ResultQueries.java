package fr.capmob.portal.dashboard;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ExamOutcome;
import fr.capmob.portal.shared.ListQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam results across students (recorded per student in the mobility module), filtered, sorted and paged in SQL:
 * one statement for the count, one for the page. A referent and a school's accountant see their school's students.
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

    private static final String FROM = "\n" + """
             from exam_result e
             join student st on st.id = e.student_id
             join school s on s.id = st.school_id""";

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<ResultRow> search(ResultFilter filter, Pageable pageable, CurrentUser user) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!user.seesWholeConsortium()) {
            where.append(" and st.school_id = :userSchool");
            params.put("userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
        if (filter.schoolId() != null) {
            where.append(" and st.school_id = :school");
            params.put("school", filter.schoolId());
        }
        if (filter.level() != null) {
            where.append(" and e.qualification_level = :level");
            params.put("level", filter.level().name());
        }
        String session = ListQuery.searchPattern(filter.session());
        if (session != null) {
            where.append(" and lower(e.session_label) like :session");
            params.put("session", session);
        }
        if (filter.outcome() != null) {
            where.append(" and e.result = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        // without a school condition the count needs no join (700,000 results: a tenth of the time)
        boolean bySchool = params.containsKey("userSchool") || params.containsKey("school");
        long total = jdbc.sql("select count(*)" + (bySchool ? FROM : " from exam_result e") + where).params(params)
                .query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        params.put("wentAbroad", DashboardService.WENT_ABROAD);
        List<ResultRow> rows = jdbc.sql("""
                        select e.id, e.student_id, st.last_name || ' ' || st.first_name as student, s.name as school_name,
                               e.qualification_level, e.session_label, e.session_date, e.result,
                               exists (select 1 from mobility m where m.student_id = e.student_id
                                       and m.status in (:wentAbroad)) as went_abroad""" + FROM + where
                        + " order by " + orderBy(pageable) + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new ResultRow(rs.getLong("id"), rs.getLong("student_id"), rs.getString("student"),
                        rs.getString("school_name"), QualificationLevel.valueOf(rs.getString("qualification_level")),
                        rs.getString("session_label"), rs.getObject("session_date", LocalDate.class),
                        ExamOutcome.valueOf(rs.getString("result")), rs.getBoolean("went_abroad")))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static String orderBy(Pageable pageable) {
        return pageable.getSort().stream()
                .map(o -> (o.getProperty().equals("id") ? "e.id" : o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }
}
