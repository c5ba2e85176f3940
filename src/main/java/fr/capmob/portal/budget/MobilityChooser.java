package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.participant.PersonNames;
import fr.capmob.portal.shared.ListQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The payment form's search for a mobility to pay: by reference or participant's name, in SQL, at most a few. */
@Component
class MobilityChooser {

    /**
     * Names are compared as stored: lower case, without accents, anything but letters and digits as one space; each
     * branch of the union can use its index (V19_1), an OR across the joined tables could not.
     */
    private static final String BY_NAME = """
            select id from mobility_view where lower(reference) like :q
            union
            select m.id from mobility_view m join student st on st.id = m.student_id
            where st.normalised_last_name || ' ' || st.normalised_first_name like :name
               or st.normalised_first_name || ' ' || st.normalised_last_name like :name
            union
            select m.id from mobility_view m join staff_member sf on sf.id = m.staff_id
            where sf.normalised_last_name || ' ' || sf.normalised_first_name like :name
               or sf.normalised_first_name || ' ' || sf.normalised_last_name like :name""";

    private static final String BY_REFERENCE = "select id from mobility_view where lower(reference) like :q";

    private static final String CHOICES = """
            select m.id, m.reference,
                   coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                   s.name as school_name, p.number as project_number, m.status, m.start_date, m.end_date
            from found f
            join mobility_view m on m.id = f.id
            join school s on s.id = m.sending_school_id
            join project p on p.id = m.project_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            where m.counted and (:anySchool or m.sending_school_id = :userSchool)
            order by lower(m.reference) like :prefix desc,
                     coalesce(st.normalised_last_name || ' ' || st.normalised_first_name,
                              sf.normalised_last_name || ' ' || sf.normalised_first_name),
                     m.reference, m.id
            limit :limit""";

    private final JdbcClient jdbc;

    MobilityChooser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @see PaymentService#findMobilities */
    List<MobilityChoice> find(String text, int limit, CurrentUser user) {
        String pattern = ListQuery.searchPattern(text);
        if (pattern == null || limit <= 0) {
            return List.of();
        }
        String name = PersonNames.normalise(text);
        Map<String, Object> params = new HashMap<>();
        params.put("q", pattern);
        params.put("name", "%" + name + "%");
        params.put("prefix", pattern.substring(1));
        params.put("limit", limit);
        params.put("anySchool", user.seesWholeConsortium());
        params.put("userSchool", user.schoolId() == null ? -1L : user.schoolId());
        return jdbc.sql("with found as (" + (name.isEmpty() ? BY_REFERENCE : BY_NAME) + ")\n" + CHOICES).params(params)
                .query((rs, n) -> new MobilityChoice(rs.getLong("id"), rs.getString("reference"), rs.getString("participant"),
                        rs.getString("school_name"), rs.getString("project_number"), rs.getString("status"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
                .list();
    }
}
