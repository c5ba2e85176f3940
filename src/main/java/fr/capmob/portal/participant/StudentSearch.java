package fr.capmob.portal.participant;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The students list query: filters, sort and pagination in SQL (a count, the page's rows, the names of their
 * schools), the same statements whatever the number of students; restricted to the schools the user sees.
 */
@Component
class StudentSearch {

    private final JdbcClient jdbc;
    private final SchoolDirectory schools;

    StudentSearch(JdbcClient jdbc, SchoolDirectory schools) {
        this.jdbc = jdbc;
        this.schools = schools;
    }

    Page<StudentSummary> search(StudentFilter filter, Pageable pageable, CurrentUser user, LocalDate today) {
        SearchSql query = scope(SearchSql.from("from student s"), user, filter.schoolId());
        String pattern = ListQuery.searchPattern(filter.name() == null ? null : PersonNames.normalise(filter.name()));
        query.whereIfPresent(pattern, "(s.normalised_last_name || ' ' || s.normalised_first_name) like :name"
                        + " or (s.normalised_first_name || ' ' || s.normalised_last_name) like :name", "name")
                .whereIfPresent(filter.className() == null ? null : filter.className().trim(),
                        "lower(s.class_name) = lower(:className)", "className")
                .whereIfPresent(filter.level() == null ? null : filter.level().name(), "s.qualification_level = :level", "level")
                .whereIfPresent(ListQuery.searchPattern(filter.specialty()), "lower(s.specialty) like :specialty", "specialty")
                .whereIf(filter.minor() != null, Boolean.TRUE.equals(filter.minor()) ? "s.birth_date > :cutoff" : "s.birth_date <= :cutoff")
                .param("cutoff", Majority.bornAfterIsMinor(today))
                .whereIfPresent(filter.fewerOpportunities(), "s.fewer_opportunities = :fewer", "fewer");
        Page<StudentSummary> page = query.page(jdbc, """
                select s.id, s.school_id, s.last_name, s.first_name, s.birth_date, s.qualification_level,
                       s.specialty, s.class_name, s.birth_date > :cutoff as minor, s.fewer_opportunities,
                       s.needs_support""", orderBy(pageable), pageable, StudentSearch::summary);
        if (page.getTotalElements() == 0) {
            return page;
        }
        Map<Long, String> names = schools.namesOf(page.stream().map(StudentSummary::schoolId).distinct().toList());
        return page.map(row -> new StudentSummary(row.id(), row.schoolId(), names.get(row.schoolId()), row.lastName(),
                row.firstName(), row.birthDate(), row.qualificationLevel(), row.specialty(), row.className(), row.minor(),
                row.fewerOpportunities(), row.needsSupport()));
    }

    /** The classes of the students the user sees (in the chosen school, if any), for the class filter. */
    List<String> classes(CurrentUser user, Long chosenSchoolId) {
        SearchSql query = scope(SearchSql.from("from student s"), user, chosenSchoolId).where("s.class_name is not null");
        return jdbc.sql("select distinct s.class_name " + query.fromWhere() + " order by s.class_name")
                .params(query.params()).query(String.class).list();
    }

    /** Restricts a query on alias {@code s} to the schools the user sees (and to the chosen school, if any). */
    static SearchSql scope(SearchSql query, CurrentUser user, Long chosenSchoolId) {
        if (!user.seesWholeConsortium()) {
            return query.where("s.school_id = :userSchool", "userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
        return query.whereIfPresent(chosenSchoolId, "s.school_id = :chosenSchool", "chosenSchool");
    }

    /** The sort of the page; classes without a name come last either way. */
    static String orderBy(Pageable pageable) {
        // the properties come from StudentService.SORT_KEYS only (ListQuery whitelists them)
        return pageable.getSort().stream()
                .map(o -> (o.getProperty().equals("id") ? "s.id" : o.getProperty()) + (o.isAscending() ? " asc" : " desc")
                        + (o.getProperty().equals("s.class_name") ? (o.isAscending() ? " nulls last" : " nulls first") : ""))
                .collect(Collectors.joining(", "));
    }

    private static StudentSummary summary(ResultSet rs, int n) throws SQLException {
        return new StudentSummary(rs.getLong("id"), rs.getLong("school_id"), null, rs.getString("last_name"),
                rs.getString("first_name"), rs.getObject("birth_date", LocalDate.class),
                QualificationLevel.valueOf(rs.getString("qualification_level")), rs.getString("specialty"),
                rs.getString("class_name"), rs.getBoolean("minor"), rs.getBoolean("fewer_opportunities"),
                rs.getBoolean("needs_support"));
    }
}
