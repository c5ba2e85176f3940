package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.geo.PlaceNames;
import fr.capmob.portal.participant.PersonNames;
import fr.capmob.portal.shared.ListQuery;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The type-ahead pickers of the mobility form: at most {@link #MAX_MATCHES} students, staff members or hosts
 * whose name contains the typed text, filtered and scoped in SQL (a referent: their school's people only), and
 * the label of a chosen id so that a form shown again keeps its choices. One statement each.
 */
@Service
@Transactional(readOnly = true)
public class MobilityPickers {

    /** The most matches a picker answers: enough to choose from, small whatever the size of the consortium. */
    public static final int MAX_MATCHES = 20;

    private static final String PERSON = "select x.id, x.last_name || ' ' || x.first_name || ' — ' || s.name from %s x"
            + " join school s on s.id = x.school_id where (:all or x.school_id = :school)";

    private static final String HOST = "select h.id, h.legal_name || ' — ' || c.name from host_organisation h"
            + " join city c on c.id = h.city_id where true";

    /** Schools a trip may leave from (MobilityQueries.tripSchools): a referent's own and its tutoring-pair partners. */
    private static final String TRIP_SCHOOL = """
            select s.id, s.name from school s where (:all or s.id = :school or s.id in (select b.school_id
                from tutoring_pair_member a join tutoring_pair_member b on b.pair_id = a.pair_id where a.school_id = :school))""";

    private final JdbcClient jdbc;

    MobilityPickers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Choice> students(String text, CurrentUser user) {
        return people("student", text, user);
    }

    public List<Choice> staff(String text, CurrentUser user) {
        return people("staff_member", text, user);
    }

    /** Hosts are shared by the consortium: every user who may create a mobility may choose any. */
    public List<Choice> hosts(String text) {
        String pattern = ListQuery.searchPattern(text == null ? null : PlaceNames.searchForm(text));
        if (pattern == null) {
            return List.of();
        }
        return jdbc.sql(HOST + " and h.normalised_name like :q order by h.normalised_name, h.id limit " + MAX_MATCHES)
                .param("q", pattern).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    public List<Choice> tripSchools(String text, CurrentUser user) {
        String pattern = ListQuery.searchPattern(text);
        if (pattern == null) {
            return List.of();
        }
        return jdbc.sql(TRIP_SCHOOL + " and lower(s.name) like :q order by s.name, s.id limit " + MAX_MATCHES)
                .param("all", user.seesWholeConsortium()).param("school", schoolOf(user)).param("q", pattern)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    /** The chosen schools of a trip form shown again: those of the user's scope, and those already on the trip. */
    public List<Choice> tripSchools(Collection<Long> ids, Collection<Long> alreadyOnTrip, CurrentUser user) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select s.id, s.name from school s where s.id in (:ids) and (s.id in (:trip) or s.id in ("
                        + TRIP_SCHOOL.replace("select s.id, s.name from school s", "select s.id from school s") + "))"
                        + " order by s.name, s.id")
                .param("ids", ids).param("trip", alreadyOnTrip.isEmpty() ? List.of(-1L) : alreadyOnTrip)
                .param("all", user.seesWholeConsortium()).param("school", schoolOf(user))
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    public List<Choice> hosts(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HOST + " and h.id in (:ids) order by h.normalised_name, h.id").param("ids", ids)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    public String studentLabel(Long id, CurrentUser user) {
        return personLabel("student", id, user);
    }

    public String staffLabel(Long id, CurrentUser user) {
        return personLabel("staff_member", id, user);
    }

    public String hostLabel(Long id) {
        if (id == null) {
            return null;
        }
        return jdbc.sql(HOST + " and h.id = :id").param("id", id)
                .query((rs, n) -> rs.getString(2)).optional().orElse(null);
    }

    private List<Choice> people(String table, String text, CurrentUser user) {
        String pattern = ListQuery.searchPattern(text == null ? null : PersonNames.normalise(text));
        if (pattern == null) {
            return List.of();
        }
        return jdbc.sql(PERSON.formatted(table) + """
                         and ((x.normalised_last_name || ' ' || x.normalised_first_name) like :q
                              or (x.normalised_first_name || ' ' || x.normalised_last_name) like :q)
                         order by x.normalised_last_name, x.normalised_first_name, x.id limit\s""" + MAX_MATCHES)
                .param("all", user.seesWholeConsortium()).param("school", schoolOf(user)).param("q", pattern)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    private String personLabel(String table, Long id, CurrentUser user) {
        if (id == null) {
            return null;
        }
        return jdbc.sql(PERSON.formatted(table) + " and x.id = :id")
                .param("all", user.seesWholeConsortium()).param("school", schoolOf(user)).param("id", id)
                .query((rs, n) -> rs.getString(2)).optional().orElse(null);
    }

    private static long schoolOf(CurrentUser user) {
        return user.schoolId() == null ? -1L : user.schoolId();
    }
}
