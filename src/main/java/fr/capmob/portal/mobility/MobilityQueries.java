package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.participant.PersonNames;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of mobilities: the filtered list, the approval queue and the choices of the form. Filtered,
 * sorted and paged in SQL, one statement for the count and one for the page, whatever the number of lines.
 */
@Service
@Transactional(readOnly = true)
public class MobilityQueries {

    /** Sort keys offered by the list, mapped to SQL (no comma inside an expression: ListQuery splits on it). */
    public static final Map<String, String> SORT_KEYS = Map.of(
            "start", "m.start_date",
            "reference", "m.reference",
            "participant", "participant_sort",
            "school", "s.name",
            "status", "m.status",
            "country", "c.country");

    /**
     * The tables the filters and sort keys read. The project's number and the host's name are read per row of the page
     * (subqueries in {@link #COLUMNS}): with seven tables joined, PostgreSQL spent 13–30 ms choosing the join order of
     * every list page, against 3 ms with five.
     */
    private static final String FROM = "\n" + """
             from mobility m
             join school s on s.id = m.sending_school_id
             join city c on c.id = m.destination_city_id
             left join student st on st.id = m.student_id
             left join staff_member sf on sf.id = m.staff_id""";

    private static final String COLUMNS = """
            select m.id, m.reference, (select p.number from project p where p.id = m.project_id) as project_number,
                   m.activity_type,
                   coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                   coalesce(st.normalised_last_name || ' ' || st.normalised_first_name,
                            sf.normalised_last_name || ' ' || sf.normalised_first_name) as participant_sort,
                   st.birth_date is not null and st.birth_date > (m.start_date - interval '18 years') as minor,
                   coalesce(st.fewer_opportunities, false) as fewer, s.name as school_name,
                   (select h.legal_name from host_organisation h where h.id = m.host_id) as host_name,
                   c.name as city_name, c.country, m.start_date, m.end_date, m.status""";

    /** The student is a minor on the start date: 18th birthday after it (the same rule as participant.Majority). */
    private static final String MINOR = "st.birth_date is not null and st.birth_date > (m.start_date - interval '18 years')";

    /**
     * The search box: the mobilities whose reference contains :reference or whose participant's normalised name
     * (participant.PersonNames, either order) contains :name. Each branch is served by a trigram index (V19_1:
     * mobility_reference_trgm_idx, student_name_trgm_idx, staff_name_trgm_idx) then mobility_student_idx or
     * mobility_staff_idx, so a search reads the matching rows, not every mobility.
     */
    private static final String SEARCH = """
            m.id in (select r.id from mobility r where lower(r.reference) like :reference
                     union select ms.id from mobility ms join student x on x.id = ms.student_id
                           where (x.normalised_last_name || ' ' || x.normalised_first_name) like :name
                              or (x.normalised_first_name || ' ' || x.normalised_last_name) like :name
                     union select mf.id from mobility mf join staff_member y on y.id = mf.staff_id
                           where (y.normalised_last_name || ' ' || y.normalised_first_name) like :name
                              or (y.normalised_first_name || ' ' || y.normalised_last_name) like :name)""";

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;

    MobilityQueries(JdbcClient jdbc, Gazetteer gazetteer) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
    }

    public Page<MobilitySummary> search(MobilityFilter filter, Pageable pageable, CurrentUser user) {
        String country = filter.country() == null || filter.country().isBlank() ? null
                : filter.country().trim().toUpperCase();
        return scoped(SearchSql.from(FROM), user)
                .whereIfPresent(filter.schoolId(), "m.sending_school_id = :school", "school")
                .whereIfPresent(filter.projectId(), "m.project_id = :project", "project")
                .whereIfPresent(filter.status() == null ? null : filter.status().name(), "m.status = :status", "status")
                .whereIfPresent(filter.activityType() == null ? null : filter.activityType().name(),
                        "m.activity_type = :type", "type")
                .whereIfPresent(country, "c.country = :country", "country")
                .whereIfPresent(filter.from(), "m.end_date >= :from", "from")
                .whereIfPresent(filter.to(), "m.start_date <= :to", "to")
                .whereIf(Boolean.TRUE.equals(filter.minor()), MINOR)
                .whereIf(Boolean.FALSE.equals(filter.minor()), "not " + MINOR)
                .whereIf(filter.attention() != null,
                        filter.attention() == null ? "true" : MobilityConditions.of(filter.attention()))
                .whereIfPresent(filter.fewerOpportunities(), "coalesce(st.fewer_opportunities, false) = :fewer", "fewer")
                .whereIfPresent(ListQuery.searchPattern(filter.q()), SEARCH, "reference")
                .param("name", nameSearched(filter.q()))
                .page(jdbc, COLUMNS, SearchSql.orderBy(pageable, "m.id"), pageable, MobilityQueries::summary);
    }

    /** The name part of the search box, normalised like the stored names ("Léa" → "%lea%"); never null. */
    private static String nameSearched(String q) {
        String pattern = ListQuery.searchPattern(q == null ? null : PersonNames.normalise(q));
        return pattern == null ? "" : pattern;
    }

    /** The most mobilities a student's page lists (a learner rarely has more than three). */
    public static final int STUDENT_PAGE_LIMIT = 50;

    /** A student's mobilities within the user's scope, the latest first, for the student's page. */
    public List<MobilitySummary> ofStudent(long studentId, CurrentUser user) {
        SearchSql query = scoped(SearchSql.from(FROM), user).where("m.student_id = :student", "student", studentId)
                .param("limit", STUDENT_PAGE_LIMIT);
        return jdbc.sql(COLUMNS + query.fromWhere() + " order by m.start_date desc, m.id desc limit :limit")
                .params(query.params()).query(MobilityQueries::summary).list();
    }

    private static MobilitySummary summary(ResultSet rs, int n) throws SQLException {
        return new MobilitySummary(MobilityViewRows.id(rs), rs.getString("reference"), rs.getString("project_number"),
                ActivityType.valueOf(rs.getString("activity_type")), rs.getString("participant"), rs.getBoolean("minor"),
                rs.getBoolean("fewer"), rs.getString("school_name"), rs.getString("host_name"), rs.getString("city_name"),
                rs.getString("country"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), MobilityStatus.valueOf(rs.getString("status")));
    }

    /** Within the user's scope: their school's mobilities unless they see the whole consortium. */
    static SearchSql scoped(SearchSql sql, CurrentUser user) {
        return sql.whereIf(!user.seesWholeConsortium(), "m.sending_school_id = :userSchool")
                .param("userSchool", user.schoolId() == null ? -1L : user.schoolId());
    }

    // ---- choices of the form and the filters

    /** Projects the user may put a mobility in (a referent: their school's projects). */
    public List<Choice> projects(CurrentUser user) {
        String where = user.seesWholeConsortium() ? "" :
                " where p.id in (select project_id from project_school where school_id = :school)";
        return jdbc.sql("select p.id, p.number || ' — ' || p.title from project p" + where + " order by p.start_date desc, p.id")
                .param("school", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * The country filter's choices: a school's user, the countries its mobilities go to; a consortium-wide user, every
     * country of the gazetteer (read once), rather than reading every mobility of a national consortium on each view.
     */
    public List<String> countries(CurrentUser user) {
        if (user.seesWholeConsortium()) {
            return gazetteer.countries();
        }
        SearchSql mobilities = scoped(SearchSql.from("from mobility m join city c on c.id = m.destination_city_id"), user);
        return jdbc.sql("select distinct c.country" + mobilities.fromWhere() + " order by 1")
                .params(mobilities.params()).query(String.class).list();
    }

    public String cityLabel(Integer cityId) {
        if (cityId == null) {
            return null;
        }
        return jdbc.sql("select name || ' (' || country || ')' from city where id = :id").param("id", cityId)
                .query(String.class).optional().orElse(null);
    }
}
